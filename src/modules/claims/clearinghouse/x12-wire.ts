/**
 * A small ASC X12 writer and reader for the transactions Kindly sends and receives one at a time
 * (270/271 eligibility, 276/277 claim status). Bulk files (835, 837) go through the streaming
 * parsers of the ingestion module instead.
 */

export interface Envelope {
  senderId: string;
  receiverId: string;
  /** GS01: HS eligibility inquiry, HB eligibility response, HR status inquiry, HN status response. */
  functionalId: 'HS' | 'HB' | 'HR' | 'HN';
  /** ST03/GS08 implementation guide, e.g. 005010X279A1. */
  version: string;
  /** ST01. */
  transactionSet: '270' | '271' | '276' | '277';
  /** Interchange/group/transaction control number (1..999999999). */
  control: number;
  at: Date;
  usage?: 'P' | 'T';
}

const pad = (s: string, n: number) => s.slice(0, n).padEnd(n, ' ');

/** X12 text may not contain the separators; they are replaced with a space. */
export function clean(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[*~:^\r\n]/g, ' ').trim();
}

/** `12345` -> `123.45` (X12 R type: no trailing zeros needed, but two decimals are clearer). */
export function centsToX12(cents: number): string {
  const neg = cents < 0;
  const a = Math.abs(cents);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** Exact decimal text -> cents (no floats), or null. */
export function x12ToCents(v: string | undefined): number | null {
  if (v === undefined || v === '') return null;
  const m = /^(-?)(\d*)(?:\.(\d{0,2})0*)?$/.exec(v.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const cents = Number(m[2] || '0') * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

export const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const hm = (d: Date) => d.toISOString().slice(11, 16).replace(':', '');

/**
 * Builds an interchange with one functional group and one transaction: ISA (fixed width), GS, ST,
 * the body segments, SE (with its segment count), GE, IEA. Separators: `*` element, `:` component,
 * `^` repetition, `~` segment terminator.
 */
export function buildInterchange(env: Envelope, body: string[][]): string {
  const c9 = String(env.control).padStart(9, '0');
  const isa = [
    'ISA', '00', pad('', 10), '00', pad('', 10), 'ZZ', pad(env.senderId, 15), 'ZZ', pad(env.receiverId, 15),
    ymd(env.at).slice(2), hm(env.at), '^', '00501', c9, '0', env.usage ?? 'P', ':',
  ].join('*');
  const st = ['ST', env.transactionSet, c9.slice(-4), env.version];
  const segs = [st, ...body];
  const lines = [
    isa,
    ['GS', env.functionalId, clean(env.senderId), clean(env.receiverId), ymd(env.at), hm(env.at), String(env.control), 'X', env.version].join('*'),
    ...segs.map((s) => s.join('*').replace(/\*+$/, '')),
    ['SE', String(segs.length + 1), c9.slice(-4)].join('*'),
    ['GE', '1', String(env.control)].join('*'),
    ['IEA', '1', c9].join('*'),
  ];
  return lines.join('~\n') + '~\n';
}

export interface ParsedSegment {
  tag: string;
  /** e[1] is the first element (as in `EB01`); e[0] is the tag. */
  e: string[];
}

/**
 * Splits an X12 interchange into segments using the separators its ISA declares (element = 4th
 * character, component = ISA16, terminator = the character after it). Throws on text without ISA.
 */
export function readInterchange(text: string): { segments: ParsedSegment[]; component: string } {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (!t.startsWith('ISA') || t.length < 106) throw new Error('not an X12 interchange: it must start with a 106-character ISA segment');
  const el = t[3]!;
  const component = t[104]!;
  const term = t[105]!;
  const segments = t
    .split(term)
    .map((s) => s.replace(/[\r\n]/g, '').trim())
    .filter((s) => s !== '')
    .map((s) => {
      const e = s.split(el);
      return { tag: e[0]!, e };
    });
  return { segments, component };
}
