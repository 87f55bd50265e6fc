import { hash } from 'node:crypto';
import { boundedMemo } from '../../platform/memo/index.js';
import type { AccountSnapshot } from './snapshot.js';
import type { Language, OutreachChannel, TemplateCatalogFile, Tone } from './journeys/journey.schema.js';
import { formatCents } from '../../platform/money/index.js';
import { formatLocalDate } from '../../platform/time/index.js';
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

/** How a letter tells someone to type the link by hand (the printed URL plus the code). */
const LETTER_CODE_LINE = {
  en: (url: string, code: string) => `To see your bill online, go to ${url} and type this code: ${code}`,
  es: (url: string, code: string) => `Para ver su factura en línea, entre a ${url} y escriba este código: ${code}`,
} as const;
/** For letters whose text does not print the link itself. */
const LETTER_LINK_LINE = { en: (link: string) => `Your secure page: ${link}`, es: (link: string) => `Su página segura: ${link}` } as const;

/** What the agent says when asked whether the call is genuine (staff-facing, so English). */
const CALL_VERIFY_LINE = (url: string, code: string) => `If they ask whether this call is genuine: they can go to ${url} and enter code ${code}.`;

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

/** The public URL without its trailing slash (the same one for every message of a deployment). */
let lastPublicUrl = '';
let lastBase = '';
function baseUrl(publicUrl: string): string {
  if (publicUrl !== lastPublicUrl) {
    lastBase = publicUrl.replace(/\/$/, '');
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

/** A template text split once into literal parts and variable names (odd indexes). */
const templateParts = boundedMemo(10_000, (text: string) => text.split(/\{\{\s*(\w+)\s*\}\}/g));

function fill(text: string, vars: Record<string, string>): string {
  const parts = templateParts(text);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += (vars[parts[i]!] ?? '') + parts[i + 1]!;
  return out;
}

/**
 * Renders a template for one person and channel. Only what the channel needs goes in: SMS and
 * email subjects carry no amounts or clinical detail (HIPAA minimum necessary), and every
 * electronic message ends with how to opt out and how to verify it is genuine.
 */
export function renderMessage(input: RenderInput): RenderedMessage {
  const cat = input.catalogs[input.language];
  const tpl = cat.templates[input.template]?.[input.channel];
  if (!tpl) throw new Error(`template ${input.template} has no ${input.channel} text in ${input.language}`);
  const s = input.snapshot;
  const next = nextInstallment(s);
  const verifyCode = verifyCodeFor(input.communicationId);
  const base = baseUrl(input.publicUrl);
  const vars: Record<string, string> = {
    firstName: s.person.givenName,
    org: s.tenant.name,
    orgPhone: s.tenant.phone,
    amount: money(s.account.patientDueCents, cat.locale),
    dueDate: s.account.dueOn ? longDate(s.account.dueOn, cat.locale) : '',
    link: input.linkCode ? `${base}/p/${input.linkCode}` : `${base}/p`,
    verifyCode,
    verifyUrl: `${base}/verify`,
    surveyLink: input.linkCode ? `${base}/s/${input.linkCode}` : `${base}/p`,
    installmentAmount: next ? money(next.amountCents - next.paidCents, cat.locale) : '',
    installmentDueDate: next ? longDate(next.dueOn, cat.locale) : '',
    accountRef: s.account.externalRef,
    agentName: s.tenant.agentName,
  };
  const tone = cat.tones[input.tone];
  vars.greeting = fill(tone.greeting, vars);
  vars.toneLine = fill(tone.line, vars);
  vars.closing = fill(tone.closing, vars);
  const verify = fill(cat.verify, vars);
  let body = fill(tpl.body, vars);
  // A third-party collector says so in every text and email (Reg F § 1006.18(e)).
  const disclosure = collectorOf(s).role === 'debt_collector' ? cat.collectorDisclosure : null;
  if (input.channel === 'sms') body = `${disclosure ? `${disclosure} ` : ''}${body} ${verify} ${cat.optOut.sms}`;
  else if (input.channel === 'email') body = `${body}\n\n${disclosure ? `${disclosure}\n` : ''}${verify}\n${cat.optOut.email}`;
  else if (input.channel === 'letter') {
    if (input.linkCode) {
      const own = body.includes(vars.link!) ? '' : `${LETTER_LINK_LINE[input.language](vars.link!)}\n`;
      body = `${body}\n\n${own}${LETTER_CODE_LINE[input.language](`${base}/p`, groupedCode(input.linkCode))}\n${verify}`;
    } else body = `${body}\n\n${verify}`;
  } else if (input.channel === 'call') body = `${body}\n\n${CALL_VERIFY_LINE(vars.verifyUrl!, verifyCode)}`;
  return { subject: tpl.subject ? fill(tpl.subject, vars) : null, body, voicemail: tpl.voicemail ? fill(tpl.voicemail, vars) : null, verifyCode };
}
