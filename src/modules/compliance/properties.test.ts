import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideContact } from './evaluate-contact.js';
import { DEFAULT_RULE_SET, evaluate, isErrorDecision, type ContactDecision } from './index.js';
import { decideMessageContent } from './check-message-content.js';
import { decideEca } from './evaluate-eca.js';
import { ContactQuestion, EcaQuestion, MessageContentQuestion } from './schemas.js';

/**
 * Properties of the contact engine over random histories. The checks use Intl directly (not
 * the engine's offset cache) to compute local dates and times, so they are independent of the
 * code under test.
 */

const ZONES = ['America/Detroit', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/St_Johns'];
const START = Date.UTC(2026, 0, 1);

const fmt = new Map<string, Intl.DateTimeFormat>();
function localParts(zone: string, ms: number): { date: string; seconds: number } {
  let f = fmt.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    fmt.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, seconds: Number(p.hour) * 3600 + Number(p.minute) * 60 + Number(p.second) + (ms % 1000) / 1000 };
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

const iso = (ms: number) => new Date(ms).toISOString();

const historyItem = (at: number) =>
  fc.record({
    channel: fc.constantFrom('call', 'call', 'call', 'voicemail', 'sms'),
    direction: fc.constantFrom('outbound', 'outbound', 'outbound', 'inbound'),
    offsetMinutes: fc.integer({ min: -12 * 24 * 60, max: 3 * 24 * 60 }),
    debtIds: fc.constantFrom(['D1'], ['D2'], ['D1', 'D2']),
    outcome: fc.constantFrom('no_answer', 'voicemail', 'not_connected', 'no_answer', 'conversation'),
  }).map((h) => ({ channel: h.channel, direction: h.direction, at: iso(at + h.offsetMinutes * 60_000), debtIds: h.debtIds, outcome: h.outcome }));

const contactArb = fc
  .record({
    minute: fc.integer({ min: 0, max: 364 * 24 * 60 }),
    zones: fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 2 }),
    collector: fc.constantFrom({ role: 'debt_collector', entity: 'agency' }, { role: 'original_creditor', entity: 'hospital' }),
    channel: fc.constantFrom('call', 'voicemail', 'sms', 'email'),
    debtIds: fc.constantFrom(['D1'], ['D2'], ['D1', 'D2']),
    n: fc.integer({ min: 0, max: 30 }),
    seed: fc.integer(),
  })
  .chain((b) => {
    const at = START + b.minute * 60_000;
    return fc.array(historyItem(at), { minLength: b.n, maxLength: b.n }).map((history) => ({
      id: 'p',
      kind: 'contact',
      collector: b.collector,
      consumer: { timeZones: b.zones },
      channel: b.channel,
      at: iso(at),
      debtIds: b.debtIds,
      history,
    }));
  });

type Q = { at: string; channel: string; debtIds: string[]; consumer: { timeZones: string[] }; history: { channel: string; direction: string; at: string; debtIds: string[]; outcome: string }[] };

function decide(q: unknown): ContactDecision {
  const d = evaluate(q);
  if (isErrorDecision(d)) throw new Error(JSON.stringify(d));
  return d as ContactDecision;
}

function withAt(q: Q, atMs: number): Q {
  return { ...q, at: iso(atMs) };
}

describe('contact engine properties', () => {
  it('never allows an 8th call in any 7-date window, in any of the consumer\'s zones, for any debt', () => {
    fc.assert(
      fc.property(contactArb, (q0) => {
        const q = { ...(q0 as unknown as Q), channel: 'call' };
        if (!decide(q).allowed) return;
        const atMs = Date.parse(q.at);
        for (const zone of q.consumer.timeZones) {
          const day = dayNumber(localParts(zone, atMs).date);
          for (const debt of q.debtIds) {
            const days = q.history
              .filter((h) => h.direction === 'outbound' && (h.channel === 'call' || h.channel === 'voicemail') && h.outcome !== 'not_connected' && h.debtIds.includes(debt))
              .map((h) => dayNumber(localParts(zone, Date.parse(h.at)).date));
            for (let start = day - 6; start <= day; start++) {
              const inWindow = days.filter((d) => d >= start && d <= start + 6).length;
              expect(inWindow + 1).toBeLessThanOrEqual(7);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never allows a call, voicemail, text or email outside 8:00-21:00 in any of the consumer\'s zones', () => {
    fc.assert(
      fc.property(contactArb, (q0) => {
        const q = q0 as unknown as Q;
        if (!decide(q).allowed) return;
        for (const zone of q.consumer.timeZones) {
          const { seconds } = localParts(zone, Date.parse(q.at));
          expect(seconds).toBeGreaterThanOrEqual(8 * 3600);
          expect(seconds).toBeLessThanOrEqual(21 * 3600);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('allows the same contact at earliestAllowedAt, and not one millisecond before it', () => {
    fc.assert(
      fc.property(contactArb, (q0) => {
        const q = q0 as unknown as Q;
        const d = decide(q);
        if (d.allowed || d.earliestAllowedAt === null) return;
        const e = Date.parse(d.earliestAllowedAt);
        expect(e).toBeGreaterThan(Date.parse(q.at));
        expect(decide(withAt(q, e)).allowed).toBe(true);
        expect(decide(withAt(q, e - 1)).allowed).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('decides the same whatever the order of the history', () => {
    fc.assert(
      fc.property(contactArb, fc.integer(), (q0, seed) => {
        const q = q0 as unknown as Q;
        const shuffled = [...q.history];
        let r = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          r = (Math.imul(r, 1103515245) + 12345) | 0;
          const j = (r >>> 0) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as Q['history'][number], shuffled[i] as Q['history'][number]];
        }
        expect(decide({ ...q, history: shuffled })).toEqual(decide(q));
      }),
      { numRuns: 300 },
    );
  });

  it('answers through the fast path exactly as through the zod schema, including malformed questions', () => {
    const mutations: ((q: Record<string, unknown>) => void)[] = [
      () => {},
      (q) => (q.consumer = { state: 'mi', timeZones: (q.consumer as Q['consumer']).timeZones }),
      (q) => (q.consumer = { timeZones: ['Mars/Olympus_Mons'] }),
      (q) => (q.at = '2026-02-30T10:00:00Z'),
      (q) => (q.at = '2026-03-01T10:00Z'),
      (q) => (q.id = 42),
      (q) => (q.id = ''),
      (q) => (q.channel = 'fax'),
      (q) => (q.extra = { anything: true }),
      (q) => ((q.history as unknown[]).push({ channel: 'call', direction: 'outbound', at: 'yesterday' })),
      (q) => ((q.history as unknown[]).push({ channel: 'call', direction: 'sideways', at: '2026-03-01T10:00:00Z' })),
      (q) => ((q.history as unknown[]).push({ channel: 'mail', direction: 'outbound', at: '2026-03-01T10:00:00Z' })),
      (q) => ((q.history as unknown[]).push({ channel: 'call', direction: 'outbound', at: '2026-03-01T10:00:00Z', outcome: 'no-answer' })),
      (q) => ((q.history as unknown[]).push({ channel: 'call', direction: 'outbound', at: '2026-03-01T10:00:00Z', purpose: 'collection', discussedDebtIds: ['D2'] })),
      (q) => ((q.history as { at: string }[]).forEach((h) => (h.at = h.at.replace('Z', '+00:00')))),
      (q) => (q.holds = [{ type: 'attorney', since: '2026-01-01T00:00:00+05:30' }]),
      (q) => (q.consents = [{ channel: 'sms', givenTo: 'creditor', type: 'prior_express', givenAt: '2026-01-01T00:00:00Z', until: null }]),
      (q) => (q.autodialed = 'yes'),
      (q) => (q.policy = { creditorGuardrails: false }),
      (q) => (q.holidays = ['2026-12-24', '2026-13-01']),
      (q) => (q.atWork = true),
      (q) => ((q.atWork = true), (q.channel = 'email')),
      (q) => (q.atWork = 'yes'),
      (q) => ((q.atWork = true), (q.consumer = { ...(q.consumer as object), employerProhibitsContact: true })),
      (q) => (q.consumer = { ...(q.consumer as object), employerProhibitsContact: 1 }),
    ];
    fc.assert(
      fc.property(contactArb, fc.integer({ min: 0, max: mutations.length - 1 }), (q0, m) => {
        const q = structuredClone(q0) as Record<string, unknown>;
        (mutations[m] as (q: Record<string, unknown>) => void)(q);
        const viaEvaluate = evaluate(q);
        const parsed = ContactQuestion.safeParse(q);
        if (parsed.success) {
          expect(viaEvaluate).toEqual(decideContact(parsed.data, DEFAULT_RULE_SET));
        } else {
          expect(isErrorDecision(viaEvaluate)).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('answers message_content questions through the fast path exactly as through the zod schema', () => {
    const contentArb = fc.record({
      id: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer()),
      kind: fc.constant('message_content'),
      collector: fc.record(
        {
          role: fc.constantFrom('original_creditor', 'debt_collector'),
          entity: fc.constantFrom('hospital', 'nonprofit_hospital', 'clinic', 'health_plan', 'agency'),
          usesThirdPartyName: fc.boolean(),
          onBehalfOf: fc.constantFrom('hospital', 'nonprofit_hospital'),
        },
        { requiredKeys: ['role', 'entity'] },
      ),
      channel: fc.constantFrom('sms', 'email', 'voicemail', 'letter'),
      subject: fc.constantFrom('Your statement', 'Your MRI bill'),
      body: fc.constantFrom(
        'Lakeview: a statement is ready. Reply STOP to opt out.',
        'Hi, this is Ana, please call me back at 555-201-3344.',
        'Your physical therapy visits are itemized below. Reply STOP to opt out.',
        'Please call us.',
      ),
      recipientVerified: fc.boolean(),
      at: fc.constantFrom('2021-11-29T12:00:00Z', '2026-03-10T17:00:00Z', '2026-03-10T17:00:00.123+05:30'),
    }, { requiredKeys: ['id', 'kind', 'collector', 'channel', 'body'] });
    const mutations: ((q: Record<string, unknown>) => void)[] = [
      () => {},
      (q) => (q.at = '2026-02-30T10:00:00Z'),
      (q) => (q.at = '2026-03-01T10:00Z'),
      (q) => (q.at = '2026-03-01 10:00:00Z'),
      (q) => (q.at = '2026-03-01T10:00:00+0530'),
      (q) => (q.at = '2026-03-01T10:00:00z'),
      (q) => (q.at = 20260301),
      (q) => (q.at = null),
      (q) => (q.id = ''),
      (q) => (q.id = Number.POSITIVE_INFINITY),
      (q) => (q.channel = 'call'),
      (q) => (q.subject = null),
      (q) => (q.body = 42),
      (q) => delete q.body,
      (q) => (q.recipientVerified = 'yes'),
      (q) => (q.collector = { role: 'debt_collector', entity: 'bank' }),
      (q) => (q.collector = { role: 'creditor', entity: 'hospital' }),
      (q) => (q.collector = { role: 'debt_collector', entity: 'agency', usesThirdPartyName: 'no' }),
      (q) => (q.extra = { anything: true }),
      (q) => ((q.validationPeriodEndsOn = '2026-03-31'), (q.body = 'From a debt collector: pay today. Reply STOP to opt out.')),
      (q) => (q.validationPeriodEndsOn = '2021-12-01'),
      (q) => (q.validationPeriodEndsOn = '2026-02-30'),
      (q) => (q.validationPeriodEndsOn = '2026-3-31'),
      (q) => (q.validationPeriodEndsOn = 20260331),
    ];
    fc.assert(
      fc.property(contentArb, fc.integer({ min: 0, max: mutations.length - 1 }), (q0, m) => {
        const q = structuredClone(q0) as Record<string, unknown>;
        (mutations[m] as (q: Record<string, unknown>) => void)(q);
        const viaEvaluate = evaluate(q);
        const parsed = MessageContentQuestion.safeParse(q);
        if (parsed.success) {
          expect(viaEvaluate).toEqual(decideMessageContent(parsed.data, DEFAULT_RULE_SET));
        } else {
          expect(isErrorDecision(viaEvaluate)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('answers eca questions through the fast path exactly as through the zod schema', () => {
    const ecaArb = fc.record({
      id: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer()),
      kind: fc.constant('eca'),
      collector: fc.record(
        {
          role: fc.constantFrom('original_creditor', 'debt_collector'),
          entity: fc.constantFrom('hospital', 'nonprofit_hospital', 'agency'),
          usesThirdPartyName: fc.boolean(),
          onBehalfOf: fc.constantFrom('hospital', 'nonprofit_hospital'),
        },
        { requiredKeys: ['role', 'entity'] },
      ),
      state: fc.constantFrom('NY', 'OH', 'CA', 'CO', 'MN'),
      action: fc.constantFrom('credit_report', 'sell_debt', 'lawsuit', 'defer_care', 'agency_placement', 'lien'),
      on: fc.constantFrom('2026-01-10', '2026-05-20', '2026-09-01'),
      firstPostDischargeStatementOn: fc.constantFrom('2025-12-01', '2026-01-05', '2026-04-01'),
      noticesSent: fc.array(fc.record({ type: fc.constantFrom('eca_30_day_notice', 'defer_care_fap_notice'), on: fc.constantFrom('2026-01-01', '2026-04-19', '2026-08-01') }), { maxLength: 2 }),
      fapApplication: fc.record(
        {
          receivedOn: fc.constantFrom('2026-02-01', '2026-06-01'),
          complete: fc.boolean(),
          decision: fc.constantFrom('pending', 'approved', 'denied'),
          decidedOn: fc.constantFrom(null, '2026-03-01', '2026-07-01'),
        },
        { requiredKeys: ['receivedOn'] },
      ),
      timeBarred: fc.boolean(),
      saleWith501rProtections: fc.boolean(),
      paidOrSettled: fc.boolean(),
    }, { requiredKeys: ['id', 'kind', 'collector', 'action', 'on'] });
    const mutations: ((q: Record<string, unknown>) => void)[] = [
      () => {},
      (q) => (q.state = 'ny'),
      (q) => (q.state = 'NYC'),
      (q) => (q.on = '2026-02-30'),
      (q) => (q.on = '2026-5-20'),
      (q) => (q.on = 20260520),
      (q) => (q.action = 'repossess'),
      (q) => (q.firstPostDischargeStatementOn = '2026-13-01'),
      (q) => (q.noticesSent = [{ type: 'eca_30_day_notice' }]),
      (q) => (q.noticesSent = [{ type: 7, on: '2026-04-19' }]),
      (q) => (q.noticesSent = { type: 'eca_30_day_notice', on: '2026-04-19' }),
      (q) => (q.fapApplication = { receivedOn: '2026-02-01', decision: 'maybe' }),
      (q) => (q.fapApplication = { receivedOn: '2026-02-01', decidedOn: '' }),
      (q) => (q.fapApplication = { complete: true }),
      (q) => (q.timeBarred = 'yes'),
      (q) => (q.identityTheftReported = 1),
      (q) => (q.dischargedInBankruptcy = true),
      (q) => (q.id = ''),
      (q) => (q.collector = { role: 'debt_collector', entity: 'bank' }),
      (q) => (q.extra = { anything: true }),
    ];
    fc.assert(
      fc.property(ecaArb, fc.integer({ min: 0, max: mutations.length - 1 }), (q0, m) => {
        const q = structuredClone(q0) as Record<string, unknown>;
        (mutations[m] as (q: Record<string, unknown>) => void)(q);
        const viaEvaluate = evaluate(q);
        const parsed = EcaQuestion.safeParse(q);
        if (parsed.success) {
          expect(viaEvaluate).toEqual(decideEca(parsed.data, DEFAULT_RULE_SET));
        } else {
          expect(isErrorDecision(viaEvaluate)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws, whatever it is given', () => {
    const kinds = fc.constantFrom('contact', 'eca', 'credit_report', 'fap_screen', 'payment_cap', 'message_content');
    const loose = fc.record({ id: fc.oneof(fc.string(), fc.integer()), kind: kinds }, { requiredKeys: [] }).chain((base) =>
      fc.dictionary(fc.constantFrom('collector', 'consumer', 'channel', 'at', 'on', 'history', 'tradeline', 'policy', 'tableYear', 'region', 'householdSize', 'annualIncomeCents', 'body', 'action'), fc.anything()).map((extra) => ({ ...extra, ...base })),
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), loose, contactArb), (input) => {
        expect(() => evaluate(input)).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });
});

