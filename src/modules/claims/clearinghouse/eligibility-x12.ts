import { buildInterchange, clean, readInterchange, x12ToCents, ymd, type ParsedSegment } from './x12-wire.js';

/** What the front desk asks: is this member covered today, and for what. */
export interface EligibilityInquiry {
  trace: string;
  control: number;
  at: Date;
  provider: { name: string; npi: string };
  payer: { name: string; id: string };
  subscriber: { lastName: string; firstName: string; memberId: string; birthDate: string | null };
  /** X12 service type code: 30 health benefit plan coverage, 98 office visit, 86 emergency. */
  serviceType: string;
  serviceDate: string;
  senderId?: string;
  receiverId?: string;
}

/** The 271 read into what a person needs at the desk; amounts in cents. */
export interface EligibilityResult {
  trace: string | null;
  active: boolean;
  planName: string | null;
  /** In-network copays by service type code (98 office, 86 emergency, 30 general...). */
  copayCents: Record<string, number>;
  /** Coinsurance the patient pays, in whole percent (20 = 20%). */
  coinsurancePercent: number | null;
  deductible: { totalCents: number | null; remainingCents: number | null; metCents: number | null };
  outOfPocket: { totalCents: number | null; remainingCents: number | null; metCents: number | null };
  /** AAA rejections: the payer could not answer (e.g. 72 invalid member id). */
  errors: Array<{ code: string; message: string }>;
}

export const VERSION_270 = '005010X279A1';

/** Builds a 005010X279A1 eligibility inquiry (270) for one subscriber. */
export function build270(q: EligibilityInquiry): string {
  const body: string[][] = [
    ['BHT', '0022', '13', clean(q.trace), ymd(q.at), q.at.toISOString().slice(11, 16).replace(':', '')],
    ['HL', '1', '', '20', '1'],
    ['NM1', 'PR', '2', clean(q.payer.name), '', '', '', '', 'PI', clean(q.payer.id)],
    ['HL', '2', '1', '21', '1'],
    ['NM1', '1P', '2', clean(q.provider.name), '', '', '', '', 'XX', clean(q.provider.npi)],
    ['HL', '3', '2', '22', '0'],
    ['TRN', '1', clean(q.trace), '9KINDLYEHR'],
    ['NM1', 'IL', '1', clean(q.subscriber.lastName), clean(q.subscriber.firstName), '', '', '', 'MI', clean(q.subscriber.memberId)],
    ...(q.subscriber.birthDate ? [['DMG', 'D8', q.subscriber.birthDate.replace(/-/g, '')]] : []),
    ['DTP', '291', 'D8', q.serviceDate.replace(/-/g, '')],
    ['EQ', clean(q.serviceType)],
  ];
  return buildInterchange(
    { senderId: q.senderId ?? 'KINDLY', receiverId: q.receiverId ?? clean(q.payer.id), functionalId: 'HS', version: VERSION_270, transactionSet: '270', control: q.control, at: q.at },
    body,
  );
}

/** The inquiry read back from a 270 (what a responder needs to answer it). */
export function read270(text: string): { trace: string | null; payer: { name: string; id: string }; memberId: string; lastName: string; firstName: string; birthDate: string | null; serviceType: string; control: number } {
  const { segments } = readInterchange(text);
  const st = segments.find((s) => s.tag === 'ST');
  if (!st || st.e[1] !== '270') throw new Error('ST01: not a 270 eligibility inquiry');
  const payer = segments.find((s) => s.tag === 'NM1' && s.e[1] === 'PR');
  const sub = segments.find((s) => s.tag === 'NM1' && s.e[1] === 'IL');
  if (!sub?.e[9]) throw new Error('NM109: the subscriber has no member id');
  const dmg = segments.find((s) => s.tag === 'DMG');
  const b = dmg?.e[2];
  return {
    trace: segments.find((s) => s.tag === 'TRN')?.e[2] ?? null,
    payer: { name: payer?.e[3] ?? '', id: payer?.e[9] ?? '' },
    memberId: sub.e[9],
    lastName: sub.e[3] ?? '',
    firstName: sub.e[4] ?? '',
    birthDate: b && b.length === 8 ? `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}` : null,
    serviceType: segments.find((s) => s.tag === 'EQ')?.e[1] ?? '30',
    control: Number(segments[0]!.e[13] ?? '0'),
  };
}

const AAA_MESSAGES: Record<string, string> = {
  '15': 'the payer needs more information about the provider',
  '42': 'the payer cannot answer right now; try again later',
  '43': 'the provider is not registered with this payer',
  '58': 'the date of birth does not match the payer\'s records',
  '72': 'the member ID was not found',
  '73': 'the name does not match the payer\'s records',
  '75': 'the subscriber was not found',
};

/**
 * Reads a 005010X279A1 eligibility response (271). EB01 1-5 = active coverage, 6-8 = inactive;
 * A = coinsurance (EB08, a fraction), B = copay (EB07 by service type EB03), C = deductible,
 * G = out-of-pocket (EB06 23 = calendar-year total, 29 = remaining). Only in-network (EB12 Y or
 * blank) individual (EB02 IND or blank) benefits are read.
 */
export function parse271(text: string): EligibilityResult {
  const { segments } = readInterchange(text);
  const st = segments.find((s) => s.tag === 'ST');
  if (!st || st.e[1] !== '271') throw new Error('ST01: not a 271 eligibility response');
  const out: EligibilityResult = {
    trace: null,
    active: false,
    planName: null,
    copayCents: {},
    coinsurancePercent: null,
    deductible: { totalCents: null, remainingCents: null, metCents: null },
    outOfPocket: { totalCents: null, remainingCents: null, metCents: null },
    errors: [],
  };
  let sawActive = false;
  for (const s of segments) {
    if (s.tag === 'TRN' && out.trace === null) out.trace = s.e[2] ?? null;
    else if (s.tag === 'AAA' && s.e[1] === 'N') {
      const code = s.e[3] ?? '';
      out.errors.push({ code, message: AAA_MESSAGES[code] ?? 'the payer could not answer this inquiry' });
    } else if (s.tag === 'EB') readBenefit(s, out, () => (sawActive = true));
  }
  out.active = sawActive && out.errors.length === 0;
  for (const b of [out.deductible, out.outOfPocket]) {
    if (b.totalCents !== null && b.remainingCents !== null) b.metCents = Math.max(0, b.totalCents - b.remainingCents);
  }
  return out;
}

function readBenefit(s: ParsedSegment, out: EligibilityResult, active: () => void): void {
  const [, code, level, serviceTypes, , plan, period, amount, percent, , , , network] = s.e;
  if (level && level !== 'IND') return;
  if (network === 'N') return;
  const types = (serviceTypes ?? '30').split('^');
  switch (code) {
    case '1': case '2': case '3': case '4': case '5':
      active();
      if (plan && out.planName === null) out.planName = plan;
      return;
    case '6': case '7': case '8':
      return;
    case 'A': {
      if (percent) out.coinsurancePercent = Math.round(Number(percent) * 100);
      return;
    }
    case 'B': {
      const c = x12ToCents(amount);
      if (c !== null) for (const t of types) out.copayCents[t] = c;
      return;
    }
    case 'C':
    case 'G': {
      const c = x12ToCents(amount);
      if (c === null) return;
      const target = code === 'C' ? out.deductible : out.outOfPocket;
      if (period === '29') target.remainingCents = c;
      else if (period === '23' || period === '24' || period === '25' || period === undefined || period === '') target.totalCents = c;
      return;
    }
  }
}
