import { hash } from 'node:crypto';
import { boundedMemo } from '../../platform/memo/index.js';
import type { AccountSnapshot } from './snapshot.js';
import type { Language, OutreachChannel, TemplateCatalogFile, Tone } from './journeys/journey.schema.js';
import { formatCents } from '../../platform/money/index.js';
import { formatLocalDate } from '../../platform/time/index.js';
import { KNOWN_PART_MIN_LENGTH } from '../compliance/index.js';
import { collectorOf } from './compliance-questions.js';

// No 0/O, 1/I/L: the code is read aloud and typed from a phone screen.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The "verify this message" code: 6 characters derived from the communication id. */
export function verifyCodeFor(communicationId: string): string {
  // The digest as binary (latin1) text: one character per byte, without allocating a Buffer (every
  // rendered message computes one).
  const digest = hash('sha256', `kindly-verify:${communicationId}`, 'binary');
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[digest.charCodeAt(i) % CODE_ALPHABET.length];
  return code;
}

export interface RenderedMessage {
  subject: string | null;
  body: string;
  /** Calls: the limited-content voicemail an agent may leave. */
  voicemail: string | null;
  /** The message's "verify this message" code (verifyCodeFor its communication id), as the body shows it. */
  verifyCode: string;
}

export interface RenderInput {
  catalogs: Record<Language, TemplateCatalogFile>;
  template: string;
  channel: OutreachChannel;
  language: Language;
  tone: Tone;
  snapshot: AccountSnapshot;
  communicationId: string;
  publicUrl: string;
  /**
   * The short code of the person's own link (`/p/<code>`), minted for this message and recorded
   * with it. Without one (a preview, a call) the link is the portal's front door.
   */
  linkCode?: string | null;
}

/**
 * How a locale writes a dollar amount: the text before the number and the group and decimal
 * separators, read once from Intl and then checked against formatCents on amounts of every
 * length; null when the locale writes amounts in any other shape (formatCents is used then).
 */
interface AmountShape {
  prefix: string;
  group: string;
  decimal: string;
}
const amountShapes = new Map<string, AmountShape | null>();
const SHAPE_PROBES = [0, 1, 9, 10, 99, 100, 101, 999, 1_000, 12_345, 99_999, 100_000, 123_456, 999_999, 1_000_000, 12_345_678, 123_456_789, 1_234_567_890, 98_765_432_101];

function amountShape(locale: string): AmountShape | null {
  let shape = amountShapes.get(locale);
  if (shape !== undefined) return shape;
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).formatToParts(1234567.89);
  let i = 0;
  let prefix = '';
  while (parts[i] && (parts[i]!.type === 'currency' || parts[i]!.type === 'literal')) prefix += parts[i++]!.value;
  const rest = parts.slice(i).map((p) => `${p.type}:${p.value}`);
  const group = parts[i + 1]?.value ?? '';
  const decimal = parts[i + 5]?.value ?? '';
  shape = rest.join('|') === `integer:1|group:${group}|integer:234|group:${group}|integer:567|decimal:${decimal}|fraction:89` ? { prefix, group, decimal } : null;
  if (shape && !SHAPE_PROBES.every((c) => writeAmount(c, shape!) === formatCents(c, locale))) shape = null;
  amountShapes.set(locale, shape);
  return shape;
}

function writeAmount(cents: number, shape: AmountShape): string {
  const dollars = Math.floor(cents / 100);
  const rest = cents - dollars * 100;
  const digits = String(dollars);
  const head = digits.length % 3 || 3;
  let text = shape.prefix + digits.slice(0, head);
  for (let k = head; k < digits.length; k += 3) text += shape.group + digits.slice(k, k + 3);
  return text + shape.decimal + (rest < 10 ? '0' : '') + rest;
}

/**
 * An amount as formatCents writes it: written by hand in the shape the locale's Intl format has
 * (a whole number of cents, from zero to under 10^15), else by formatCents. Amounts are rendered
 * into message after message, most of them different (an Intl call costs microseconds).
 */
export function formatAmount(cents: number, locale: string): string {
  const shape = Number.isSafeInteger(cents) && cents >= 0 && cents < 1e15 ? amountShape(locale) : null;
  return shape ? writeAmount(cents, shape) : formatCents(cents, locale);
}

/** Amounts as text per locale: an account's balance is rendered into message after message. */
const moneyByLocale = new Map<string, (cents: number) => string>();

function money(cents: number, locale: string): string {
  let text = moneyByLocale.get(locale);
  if (!text) moneyByLocale.set(locale, (text = boundedMemo(50_000, (c: number) => formatAmount(c, locale))));
  return text(cents);
}

/** Long dates as text per locale (a due date is rendered into message after message). */
const longDateByLocale = new Map<string, (date: string) => string>();

function longDate(date: string, locale: string): string {
  let text = longDateByLocale.get(locale);
  if (!text) longDateByLocale.set(locale, (text = boundedMemo(10_000, (d: string) => formatLocalDate(d, locale))));
  return text(date);
}

/**
 * The public URL without its trailing slash, and the portal's and the verify page's URLs under it
 * (the same ones for every message of a deployment), for the last public URL seen.
 */
let lastPublicUrl = '';
let lastBase = '';
let lastPortalUrl = '';
let lastVerifyUrl = '';
function baseUrl(publicUrl: string): string {
  if (publicUrl !== lastPublicUrl) {
    lastBase = publicUrl.replace(/\/$/, '');
    lastPortalUrl = `${lastBase}/p`;
    lastVerifyUrl = `${lastBase}/verify`;
    lastPublicUrl = publicUrl;
  }
  return lastBase;
}

/** The link code as a letter prints it (groups of four), for the last code seen. */
let lastLinkCode = '';
let lastGroupedCode = '';
function groupedCode(code: string): string {
  if (code !== lastLinkCode) {
    lastGroupedCode = code.match(/.{1,4}/g)!.join('-');
    lastLinkCode = code;
  }
  return lastGroupedCode;
}

type Installment = NonNullable<AccountSnapshot['plan']>['installments'][number];

/** The earliest installment not paid in full (the first of equals, as a stable sort would give). */
function nextInstallment(s: AccountSnapshot): Installment | undefined {
  let next: Installment | undefined;
  for (const i of s.plan?.installments ?? []) {
    if (i.paidCents < i.amountCents && (next === undefined || i.dueOn.localeCompare(next.dueOn) < 0)) next = i;
  }
  return next;
}

/** The values a template may name, in the order of a render's value slots. */
const VALUE_NAMES = ['firstName', 'org', 'orgPhone', 'amount', 'dueDate', 'link', 'verifyCode', 'verifyUrl', 'surveyLink', 'installmentAmount', 'installmentDueDate', 'accountRef', 'agentName'] as const;
const ORG = 1;
const LINK = 5;
const VERIFY_CODE = 6;
const VERIFY_URL = 7;
/** Slots of the closing lines only (a template naming them gets nothing, as before). */
const PORTAL_URL = 13;
const GROUPED_CODE = 14;
const TEMPLATE_SLOTS = new Map<string, number>(VALUE_NAMES.map((n, i) => [n, i]));
const LINE_SLOTS = new Map<string, number>([...TEMPLATE_SLOTS, ['portalUrl', PORTAL_URL], ['groupedCode', GROUPED_CODE]]);

/**
 * A text compiled once: literal text (adjacent pieces joined) and value slots, with the tone's
 * greeting, line and closing written in where a text names them. Rendering only appends.
 */
type Program = ReadonlyArray<string | number>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * `text` with its placeholders: a value slot, a text named in `nested` (written in), else what
 * the former per-render lookup in a plain object of values gave for that name (nothing, for any
 * name a validated catalog may hold).
 */
function compile(text: string, slots: ReadonlyMap<string, number>, nested: ReadonlyMap<string, Program>): Program {
  const parts = text.split(PLACEHOLDER);
  const out: Array<string | number> = [];
  const literal = (x: string) => {
    if (x === '') return;
    const last = out.length - 1;
    if (last >= 0 && typeof out[last] === 'string') out[last] = (out[last] as string) + x;
    else out.push(x);
  };
  literal(parts[0]!);
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const slot = slots.get(name);
    const inner = nested.get(name);
    if (slot !== undefined) out.push(slot);
    else if (inner) {
      for (const x of inner) {
        if (typeof x === 'string') literal(x);
        else out.push(x);
      }
    }
    else literal(String(({} as Record<string, unknown>)[name] ?? ''));
    literal(parts[i + 1]!);
  }
  return out;
}

const join = (...programs: Program[]): Program => {
  const out: Array<string | number> = [];
  for (const p of programs) {
    for (const x of p) {
      const last = out.length - 1;
      if (typeof x === 'string' && last >= 0 && typeof out[last] === 'string') out[last] = (out[last] as string) + x;
      else if (x !== '') out.push(x);
    }
  }
  return out;
};

/** How a letter tells someone to type the link by hand (the printed URL plus the code). */
const LETTER_CODE_TEXT = {
  en: 'To see your bill online, go to {{portalUrl}} and type this code: {{groupedCode}}',
  es: 'Para ver su factura en línea, entre a {{portalUrl}} y escriba este código: {{groupedCode}}',
} as const;
/** For letters whose text does not print the link itself. */
const LETTER_LINK_TEXT = { en: 'Your secure page: {{link}}', es: 'Su página segura: {{link}}' } as const;
/** What the agent says when asked whether the call is genuine (staff-facing, so English). */
const CALL_VERIFY_TEXT = 'If they ask whether this call is genuine: they can go to {{verifyUrl}} and enter code {{verifyCode}}.';

/** One template, channel, tone and collector compiled, with the texts it came from. */
interface Compiled {
  sources: ReadonlyArray<string | undefined>;
  subject: Program | null;
  voicemail: Program | null;
  /** The whole body (letters with a link code: the template's body alone). */
  body: Program;
  /** Letters: what follows the body with a link code, without and with the line of the link, and without a code. */
  tail: Program | null;
  tailWithLink: Program | null;
  tailNoCode: Program | null;
}

function sourcesOf(cat: TemplateCatalogFile, tone: TemplateCatalogFile['tones']['warm'], tpl: TemplateText, disclosure: boolean): Array<string | undefined> {
  return [tone.greeting, tone.line, tone.closing, cat.verify, tpl.body, tpl.subject, tpl.voicemail, cat.optOut.sms, cat.optOut.email, disclosure ? cat.collectorDisclosure : undefined];
}

type TemplateText = { body: string; subject?: string; voicemail?: string };

function compileMessage(cat: TemplateCatalogFile, tone: TemplateCatalogFile['tones']['warm'], tpl: TemplateText, channel: OutreachChannel, language: Language, disclosure: boolean): Compiled {
  // The order the values were once filled in: each text sees the ones before it.
  const nested = new Map<string, Program>();
  nested.set('greeting', compile(tone.greeting, TEMPLATE_SLOTS, nested));
  nested.set('toneLine', compile(tone.line, TEMPLATE_SLOTS, nested));
  nested.set('closing', compile(tone.closing, TEMPLATE_SLOTS, nested));
  const verify = compile(cat.verify, TEMPLATE_SLOTS, nested);
  const body = compile(tpl.body, TEMPLATE_SLOTS, nested);
  const text = (x: string): Program => [x];
  const c: Compiled = {
    sources: sourcesOf(cat, tone, tpl, disclosure),
    subject: tpl.subject ? compile(tpl.subject, TEMPLATE_SLOTS, nested) : null,
    voicemail: tpl.voicemail ? compile(tpl.voicemail, TEMPLATE_SLOTS, nested) : null,
    body,
    tail: null,
    tailWithLink: null,
    tailNoCode: null,
  };
  const none = new Map<string, Program>();
  if (channel === 'sms') c.body = join(disclosure ? text(`${cat.collectorDisclosure} `) : [], body, text(' '), verify, text(` ${cat.optOut.sms}`));
  else if (channel === 'email') c.body = join(body, text('\n\n'), disclosure ? text(`${cat.collectorDisclosure}\n`) : [], verify, text(`\n${cat.optOut.email}`));
  else if (channel === 'letter') {
    const codeLine = compile(LETTER_CODE_TEXT[language], LINE_SLOTS, none);
    c.tail = join(text('\n\n'), codeLine, text('\n'), verify);
    c.tailWithLink = join(text('\n\n'), compile(LETTER_LINK_TEXT[language], LINE_SLOTS, none), text('\n'), codeLine, text('\n'), verify);
    c.tailNoCode = join(text('\n\n'), verify);
  } else if (channel === 'call') c.body = join(body, text('\n\n'), compile(CALL_VERIFY_TEXT, LINE_SLOTS, none));
  return c;
}

/** Compiled messages by the template's channel text (a few per text: tones, languages, collectors). */
const compiledByText = new WeakMap<object, Array<Compiled & { key: { cat: object; tone: object; channel: string; language: string; disclosure: boolean } }>>();

function compiledMessage(cat: TemplateCatalogFile, toneName: Tone, tpl: TemplateText, channel: OutreachChannel, language: Language, disclosure: boolean): Compiled {
  const tone = cat.tones[toneName];
  let list = compiledByText.get(tpl);
  if (!list) compiledByText.set(tpl, (list = []));
  for (const c of list) {
    const k = c.key;
    if (k.cat !== cat || k.tone !== tone || k.channel !== channel || k.language !== language || k.disclosure !== disclosure) continue;
    // The catalog's texts are not expected to change, but a changed one is compiled again.
    const was = c.sources;
    if (
      was[0] === tone.greeting && was[1] === tone.line && was[2] === tone.closing && was[3] === cat.verify && was[4] === tpl.body && was[5] === tpl.subject &&
      was[6] === tpl.voicemail && was[7] === cat.optOut.sms && was[8] === cat.optOut.email && was[9] === (disclosure ? cat.collectorDisclosure : undefined)
    ) {
      return c;
    }
  }
  const c = Object.assign(compileMessage(cat, tone, tpl, channel, language, disclosure), { key: { cat, tone, channel, language, disclosure } });
  if (list.length >= 64) list.length = 0;
  list.push(c);
  return c;
}

/** The values of the render under way (rendering is synchronous: one at a time). */
const values: string[] = new Array<string>(GROUPED_CODE + 1).fill('');

/**
 * The text a program writes with the current values, noting in `known` (offset, text) each piece
 * of fixed wording, and the organization's name, long enough for the clinical-term check to read
 * once (compliance's KNOWN_TEXT_PARTS).
 */
function write(p: Program, text: string, known: Array<number | string>): string {
  for (let i = 0; i < p.length; i++) {
    const x = p[i]!;
    const piece = typeof x === 'string' ? x : values[x]!;
    if ((typeof x === 'string' || x === ORG || x === VERIFY_URL) && piece.length >= KNOWN_PART_MIN_LENGTH) known.push(text.length, piece);
    text += piece;
  }
  return text;
}

/** A rendered message with the known parts of its subject, body and voicemail (see `write`). */
export interface RenderedWithParts extends RenderedMessage {
  known: { subject: Array<number | string> | null; body: Array<number | string>; voicemail: Array<number | string> | null };
}

/**
 * Renders a template for one person and channel. Only what the channel needs goes in: SMS and
 * email subjects carry no amounts or clinical detail (HIPAA minimum necessary), and every
 * electronic message ends with how to opt out and how to verify it is genuine.
 */
export function renderMessage(input: RenderInput): RenderedMessage {
  const r = renderMessageWithParts(input);
  return { subject: r.subject, body: r.body, voicemail: r.voicemail, verifyCode: r.verifyCode };
}

/**
 * `renderMessage`, with the known parts of each text for the content question (outreach's
 * decision renders one message per send). Each template, channel and tone is compiled once into
 * literal text and value slots; a render fills the slots and appends.
 */
export function renderMessageWithParts(input: RenderInput): RenderedWithParts {
  const cat = input.catalogs[input.language];
  const tpl = cat.templates[input.template]?.[input.channel];
  if (!tpl) throw new Error(`template ${input.template} has no ${input.channel} text in ${input.language}`);
  const s = input.snapshot;
  const next = nextInstallment(s);
  const verifyCode = verifyCodeFor(input.communicationId);
  const base = baseUrl(input.publicUrl);
  const v = values;
  // Every value, used or not, as the former object of values had them (`?? ''` as its lookup).
  v[0] = s.person.givenName ?? '';
  v[ORG] = s.tenant.name ?? '';
  v[2] = s.tenant.phone ?? '';
  v[3] = money(s.account.patientDueCents, cat.locale) ?? '';
  v[4] = s.account.dueOn ? longDate(s.account.dueOn, cat.locale) : '';
  v[LINK] = input.linkCode ? `${base}/p/${input.linkCode}` : lastPortalUrl;
  v[VERIFY_CODE] = verifyCode;
  v[VERIFY_URL] = lastVerifyUrl;
  v[8] = input.linkCode ? `${base}/s/${input.linkCode}` : lastPortalUrl;
  v[9] = next ? money(next.amountCents - next.paidCents, cat.locale) : '';
  v[10] = next ? longDate(next.dueOn, cat.locale) : '';
  v[11] = s.account.externalRef ?? '';
  v[12] = s.tenant.agentName ?? '';
  v[PORTAL_URL] = lastPortalUrl;
  v[GROUPED_CODE] = input.linkCode ? groupedCode(input.linkCode) : '';
  // A third-party collector says so in every text and email (Reg F § 1006.18(e)).
  const disclosure = collectorOf(s).role === 'debt_collector' && Boolean(cat.collectorDisclosure);
  const c = compiledMessage(cat, input.tone, tpl, input.channel, input.language, disclosure);
  const bodyKnown: Array<number | string> = [];
  let body = write(c.body, '', bodyKnown);
  if (input.channel === 'letter') {
    if (input.linkCode) body = write(body.includes(v[LINK]!) ? c.tail! : c.tailWithLink!, body, bodyKnown);
    else body = write(c.tailNoCode!, body, bodyKnown);
  }
  const subjectKnown: Array<number | string> | null = c.subject ? [] : null;
  const voicemailKnown: Array<number | string> | null = c.voicemail ? [] : null;
  return {
    subject: c.subject ? write(c.subject, '', subjectKnown!) : null,
    body,
    voicemail: c.voicemail ? write(c.voicemail, '', voicemailKnown!) : null,
    verifyCode,
    known: { subject: subjectKnown, body: bodyKnown, voicemail: voicemailKnown },
  };
}
