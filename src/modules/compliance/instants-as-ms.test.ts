import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideContactOrNull } from './evaluate-contact.js';
import { fastParseContact } from './fast-parse-contact.js';
import { DEFAULT_RULE_SET, evaluate, INSTANTS_AS_MS } from './index.js';

/**
 * A contact question with its instants as epoch milliseconds (INSTANTS_AS_MS) is decided exactly
 * as the same question with ISO text: compared over generated questions with histories, consents,
 * revocations and holds, and over broken ones (the numeric form's errors are the text form's).
 */

const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'Pacific/Honolulu'];
const START = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

type Obj = Record<string, unknown>;

/** An instant as text: mostly toISOString, sometimes whole seconds or an offset (the same instant). */
function iso(ms: number, style: number): string {
  const z = new Date(ms).toISOString();
  if (style === 1 && ms % 1000 === 0) return z.slice(0, 19) + 'Z';
  if (style === 2) {
    const local = new Date(ms + 5.5 * 3_600_000).toISOString();
    return `${local.slice(0, 23)}+05:30`;
  }
  return z;
}

const instant = (at: number) => fc.integer({ min: -40 * 24 * 60, max: 5 * 24 * 60 }).chain((m) => fc.constantFrom(at + m * 60_000, at + m * 60_000 + (m % 997)));

const questionArb = fc
  .record({
    at: fc.integer({ min: 0, max: 364 * DAY }).map((x) => START + x),
    zones: fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 2 }),
    state: fc.constantFrom(undefined, 'MA', 'WA', 'NY', 'TX'),
    collector: fc.constantFrom({ role: 'debt_collector', entity: 'agency' }, { role: 'original_creditor', entity: 'hospital' }, { role: 'original_creditor', entity: 'nonprofit_hospital' }),
    channel: fc.constantFrom('call', 'voicemail', 'sms', 'email', 'letter'),
    purpose: fc.constantFrom(undefined, 'collection', 'required_notice', 'reply_to_consumer', 'opt_out_confirmation'),
    autodialed: fc.boolean(),
    phoneType: fc.constantFrom(undefined, 'mobile', 'landline'),
    style: fc.integer({ min: 0, max: 2 }),
    n: fc.integer({ min: 0, max: 25 }),
  })
  .chain((b) =>
    fc
      .record({
        history: fc.array(
          fc.record({
            channel: fc.constantFrom('call', 'call', 'voicemail', 'sms', 'email', 'letter'),
            direction: fc.constantFrom('outbound', 'outbound', 'inbound'),
            at: instant(b.at),
            debtIds: fc.constantFrom(['D1'], ['D2'], []),
            outcome: fc.constantFrom(undefined, 'no_answer', 'voicemail', 'conversation', 'not_connected'),
          }),
          { minLength: b.n, maxLength: b.n },
        ),
        consents: fc.array(
          fc.record({ channel: fc.constantFrom('call', 'sms', 'email'), givenTo: fc.constantFrom('creditor', 'collector'), type: fc.constantFrom('prior_express', 'call_window'), givenAt: instant(b.at), until: fc.option(instant(b.at + 3 * DAY), { nil: undefined }) }),
          { maxLength: 2 },
        ),
        revocations: fc.array(fc.record({ channel: fc.constantFrom('sms', 'call', 'email', 'all'), receivedAt: instant(b.at), means: fc.constantFrom('reply_stop', 'agent') }), { maxLength: 2 }),
        holds: fc.array(
          fc.record({ type: fc.constantFrom('dispute', 'cease_communication', 'attorney', 'bankruptcy', 'deceased'), since: instant(b.at), resolvedAt: fc.option(instant(b.at + 2 * DAY), { nil: null }) }),
          { maxLength: 2 },
        ),
      })
      .map((l) => ({ b, ...l })),
  )
  .map(({ b, history, consents, revocations, holds }) => {
    // The numeric question; its text twin is derived with `text` below.
    const q: Obj = {
      id: 'q',
      kind: 'contact',
      collector: b.collector,
      consumer: b.state ? { state: b.state, timeZones: b.zones } : { timeZones: b.zones },
      channel: b.channel,
      at: b.at,
      debtIds: ['D1'],
      history: history.map((h) => {
        const item: Obj = { channel: h.channel, direction: h.direction, at: h.at, debtIds: h.debtIds };
        if (h.outcome !== undefined && h.channel === 'call') item.outcome = h.outcome;
        return item;
      }),
      consents: consents.map((c) => (c.until === undefined ? { channel: c.channel, givenTo: c.givenTo, type: c.type, givenAt: c.givenAt } : { ...c })),
      revocations,
      holds,
    };
    if (b.purpose) q.purpose = b.purpose;
    if (b.channel === 'call' || b.channel === 'sms') q.autodialed = b.autodialed;
    if (b.phoneType) q.phoneType = b.phoneType;
    return { q, style: b.style };
  });

/** The text twin: every number in an instant field that an ISO instant can name as that text, no mark. */
function text(q: Obj, style: number): Obj {
  const t = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 253_402_300_800_000 ? iso(v, style) : v);
  const each = (list: unknown, fields: string[]) =>
    Array.isArray(list) ? list.map((x: Obj) => (typeof x === 'object' && x !== null ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, fields.includes(k) ? t(v) : v])) : x)) : list;
  return {
    ...q,
    at: t(q.at),
    history: each(q.history, ['at']),
    consents: each(q.consents, ['givenAt', 'until']),
    revocations: each(q.revocations, ['receivedAt']),
    holds: each(q.holds, ['since', 'resolvedAt']),
  };
}

function marked(q: Obj): Obj {
  return Object.assign({ [INSTANTS_AS_MS]: true }, q);
}

describe('contact questions with instants as epoch milliseconds', () => {
  it('are decided exactly as the same questions with ISO text', () => {
    let blocked = 0;
    fc.assert(
      fc.property(questionArb, ({ q, style }) => {
        const m = marked(q);
        const d = evaluate(m);
        expect(d).toEqual(evaluate(text(q, style)));
        // Answered by the numeric path itself, not through the text fallback.
        const fast = fastParseContact(m);
        expect(fast).not.toBeNull();
        expect(decideContactOrNull(fast!, DEFAULT_RULE_SET)).toEqual(d);
        if ((d as { allowed?: boolean }).allowed === false) blocked++;
      }),
      { numRuns: 3000, seed: 20 },
    );
    // The comparison covers blocks (and their earliest allowed instants), not only allowances.
    expect(blocked).toBeGreaterThan(300);
  });

  it('answer a broken or mixed question as its text form (the same error, or the same decision)', () => {
    const breaks: Array<(q: Obj) => void> = [
      (q) => (q.at = 1.5),
      (q) => (q.at = Number.NaN),
      (q) => (q.at = '2026-03-01T12:00:00Z'),
      (q) => (q.at = 253_402_300_800_000),
      (q) => ((q.history as Obj[]).push({ channel: 'call', direction: 'outbound', at: '2026-03-01T12:00:00Z' })),
      (q) => ((q.history as Obj[]).push({ channel: 'call', direction: 'outbound', at: Number.POSITIVE_INFINITY })),
      (q) => ((q.history as Obj[]).push({ channel: 'fax', direction: 'outbound', at: START })),
      (q) => ((q.consents as Obj[]).push({ channel: 'sms', givenTo: 'creditor', type: 'prior_express', givenAt: -1.25 })),
      (q) => ((q.holds as Obj[]).push({ type: 'dispute', since: 'yesterday', resolvedAt: null })),
      (q) => ((q.revocations as Obj[]).push({ channel: 'sms', receivedAt: null })),
      (q) => (q.channel = 'pigeon'),
    ];
    fc.assert(
      fc.property(questionArb, fc.integer({ min: 0, max: breaks.length - 1 }), ({ q }, k) => {
        const broken = structuredClone(q);
        breaks[k]!(broken);
        const d = evaluate(marked(broken));
        // Breaks 2 and 4 leave a valid instant as text: decided through the text form.
        if (k !== 2 && k !== 4) expect(d).toHaveProperty('error');
        expect(d).toEqual(evaluate(text(broken, 0)));
      }),
      { numRuns: 500, seed: 21 },
    );
  });

  it('are not taken from JSON: a number where the contract wants text is an error', () => {
    const d = evaluate({ id: 'j', kind: 'contact', collector: { role: 'original_creditor', entity: 'hospital' }, channel: 'letter', at: START });
    expect(d).toMatchObject({ id: 'j', error: { path: 'at' } });
  });
});
