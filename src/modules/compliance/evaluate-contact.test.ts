import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { agency, call, contact, hospital } from './test-helpers.js';

const DETROIT = { state: 'MI', timeZones: ['America/Detroit'] };
const CHICAGO = { state: 'IL', timeZones: ['America/Chicago'] };

/** One call a day at 10:00 EDT, Monday 2026-09-14 to Sunday 2026-09-20. */
const aWeekOfCalls = ['14', '15', '16', '17', '18', '19', '20'].map((d) => call(`2026-09-${d}T14:00:00Z`));

describe('Regulation F 7-in-7 (12 CFR 1006.14(b)(2)(i)(A))', () => {
  it('blocks the 8th call in 7 consecutive local dates and reopens at 8:00 on the first date that keeps every window within 7', () => {
    // First the agency calls Dana once a day for a week; an 8th call on Sunday evening is too many.
    const d = contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', history: aWeekOfCalls });
    expect(d.allowed).toBe(false);
    expect(d.reasons).toEqual(['reg_f_7_in_7']);
    // Monday 2026-09-21: the window 09-15..09-21 holds 6 earlier calls, so a 7th fits, from 8:00 EDT.
    expect(d.earliestAllowedAt).toBe('2026-09-21T12:00:00Z');
    expect(contact({ consumer: DETROIT, at: '2026-09-21T12:00:00Z', history: aWeekOfCalls }).allowed).toBe(true);
  });

  it('allows the 7th call (the cap is more than seven)', () => {
    const six = aWeekOfCalls.slice(0, 6);
    expect(contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', history: six }).allowed).toBe(true);
  });

  it('checks every window containing the date, not only the one ending on it', () => {
    // Calls on 09-16..09-22 (7, the last two are already scheduled): a call on 09-15 would be the 8th in 09-16..09-22? No:
    // 09-15 is outside that window, but 09-15..09-21 holds 6 of them plus this one = 7: allowed; add one more on 09-21 and it is 8.
    const later = ['16', '17', '18', '19', '20', '21', '22'].map((d) => call(`2026-09-${d}T14:00:00Z`));
    expect(contact({ consumer: DETROIT, at: '2026-09-15T14:00:00Z', history: later }).allowed).toBe(true);
    const crowded = [...later, call('2026-09-21T16:00:00Z')];
    const d = contact({ consumer: DETROIT, at: '2026-09-15T14:00:00Z', history: crowded });
    expect(d.reasons).toContain('reg_f_7_in_7');
  });

  it('does not count calls that never connected', () => {
    const history = [...aWeekOfCalls.slice(0, 6), call('2026-09-20T14:00:00Z', 'not_connected')];
    expect(contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', history }).allowed).toBe(true);
  });

  it('counts voicemails and conversations as calls, and voicemail channel attempts too', () => {
    const history = [
      ...aWeekOfCalls.slice(0, 5),
      call('2026-09-19T14:00:00Z', 'voicemail'),
      { channel: 'voicemail', direction: 'outbound', at: '2026-09-20T14:00:00Z', debtIds: ['D1'] },
    ];
    const d = contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', history });
    expect(d.reasons).toContain('reg_f_7_in_7');
  });

  it('counts a call about several debts for each of them, and not for other debts', () => {
    const both = aWeekOfCalls.map((c) => ({ ...c, debtIds: ['D1', 'D2'] }));
    expect(contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', debtIds: ['D2'], history: both }).reasons).toContain('reg_f_7_in_7');
    const onlyD2 = aWeekOfCalls.map((c) => ({ ...c, debtIds: ['D2'] }));
    expect(contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', debtIds: ['D1'], history: onlyD2 }).allowed).toBe(true);
  });

  it('does not count inbound calls or texts', () => {
    const inbound = aWeekOfCalls.map((c) => ({ ...c, direction: 'inbound', outcome: 'no_answer' }));
    const texts = aWeekOfCalls.map((c) => ({ channel: 'sms', direction: 'outbound', at: c.at, debtIds: ['D1'] }));
    expect(contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', history: [...inbound, ...texts] }).allowed).toBe(true);
  });

  it('excludes calls within a call_window consent given directly to the collector, not one given to the creditor', () => {
    const consent = (givenTo: string) => [
      { channel: 'call', givenTo, type: 'call_window', givenAt: '2026-09-20T13:00:00Z', until: '2026-09-20T23:59:00Z' },
    ];
    const base = { consumer: DETROIT, at: '2026-09-20T22:00:00Z', history: aWeekOfCalls };
    expect(contact({ ...base, consents: consent('collector') }).allowed).toBe(true);
    expect(contact({ ...base, consents: consent('creditor') }).reasons).toContain('reg_f_7_in_7');
  });

  it('limits a consent without an end to seven consecutive days from the day it was given', () => {
    // Given on 09-05 (day 1): it covers calls through 09-11 only, so the week of calls from 09-14 counts.
    const early = [{ channel: 'call', givenTo: 'collector', type: 'call_window', givenAt: '2026-09-05T13:00:00Z' }];
    expect(contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', history: aWeekOfCalls, consents: early }).reasons).toContain('reg_f_7_in_7');
    // Given on 09-14: it covers 09-14..09-20, the whole week and the proposed call.
    const fresh = [{ channel: 'call', givenTo: 'collector', type: 'call_window', givenAt: '2026-09-14T13:00:00Z' }];
    expect(contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', history: aWeekOfCalls, consents: fresh }).allowed).toBe(true);
  });

  it('does not lift the time-of-day rule inside a consent window', () => {
    const consents = [{ channel: 'call', givenTo: 'collector', type: 'call_window', givenAt: '2026-09-20T00:00:00Z', until: '2026-09-21T12:00:00Z' }];
    const d = contact({ consumer: DETROIT, at: '2026-09-21T02:00:00Z', consents });
    expect(d.reasons).toEqual(['reg_f_inconvenient_time']);
  });

  it('does not apply before Regulation F took effect on 2021-11-30', () => {
    const history = ['15', '16', '17', '18', '19', '20', '21'].map((d) => call(`2021-11-${d}T15:00:00Z`));
    expect(contact({ consumer: DETROIT, at: '2021-11-22T15:00:00Z', history }).allowed).toBe(true);
    const after = ['24', '25', '26', '27', '28', '29', '30'].map((d) => call(`2021-11-${d}T14:00:00Z`));
    expect(contact({ consumer: DETROIT, at: '2021-11-30T20:00:00Z', history: after }).reasons).toContain('reg_f_7_in_7');
  });
});

describe('Regulation F: no call within 7 days after a conversation (1006.14(b)(2)(i)(B))', () => {
  const talk = { channel: 'call', direction: 'outbound', at: '2026-10-05T15:00:00Z', debtIds: ['D1'], outcome: 'conversation' };

  it('counts the conversation date as day 1: day 7 is blocked, day 8 opens at 8:00', () => {
    const day7 = contact({ consumer: CHICAGO, at: '2026-10-11T15:00:00Z', history: [talk] });
    expect(day7.reasons).toEqual(['reg_f_conversation_7day']);
    expect(day7.earliestAllowedAt).toBe('2026-10-12T13:00:00Z');
    expect(contact({ consumer: CHICAGO, at: '2026-10-12T13:00:00Z', history: [talk] }).allowed).toBe(true);
  });

  it('blocks a second call on the same day, after the conversation', () => {
    expect(contact({ consumer: CHICAGO, at: '2026-10-05T18:00:00Z', history: [talk] }).reasons).toEqual(['reg_f_conversation_7day']);
  });

  it('applies to conversations the consumer started, and only to calls', () => {
    const inbound = { ...talk, direction: 'inbound' };
    expect(contact({ consumer: CHICAGO, at: '2026-10-06T15:00:00Z', history: [inbound] }).reasons).toContain('reg_f_conversation_7day');
    expect(contact({ consumer: CHICAGO, at: '2026-10-06T15:00:00Z', channel: 'email', history: [inbound] }).allowed).toBe(true);
  });

  it('covers the debts discussed, not other debts', () => {
    const aboutD2 = { ...talk, debtIds: ['D2'] };
    expect(contact({ consumer: CHICAGO, at: '2026-10-06T15:00:00Z', history: [aboutD2] }).allowed).toBe(true);
    const discussedD1 = { ...aboutD2, discussedDebtIds: ['D1'] };
    expect(contact({ consumer: CHICAGO, at: '2026-10-06T15:00:00Z', history: [discussedD1] }).reasons).toContain('reg_f_conversation_7day');
  });

  it('gives an original creditor the same guardrail as policy', () => {
    const d = contact({ collector: hospital, consumer: CHICAGO, at: '2026-10-06T15:00:00Z', history: [talk] });
    expect(d.reasons).toEqual(['policy_conversation_7day']);
    const off = contact({ collector: hospital, consumer: CHICAGO, at: '2026-10-06T15:00:00Z', history: [talk], policy: { creditorGuardrails: false } });
    expect(off.allowed).toBe(true);
  });
});

describe('inconvenient times: 8:00 to 21:00 local in every zone (1006.6(b)(1)(i))', () => {
  const at = (iso: string, channel = 'call') => contact({ consumer: DETROIT, at: iso, channel });

  it('allows 20:59 and 21:00:00, blocks 21:00:30 and 21:01 until 8:00 the next day', () => {
    expect(at('2026-09-15T00:59:00Z').allowed).toBe(true);
    expect(at('2026-09-15T01:00:00Z').allowed).toBe(true);
    expect(at('2026-09-15T01:00:30Z').allowed).toBe(false);
    const late = at('2026-09-15T01:01:00Z');
    expect(late.reasons).toEqual(['reg_f_inconvenient_time']);
    expect(late.earliestAllowedAt).toBe('2026-09-15T12:00:00Z');
  });

  it('blocks 7:59 until 8:00 the same day and allows 8:00:00', () => {
    const early = at('2026-09-15T11:59:00Z');
    expect(early.earliestAllowedAt).toBe('2026-09-15T12:00:00Z');
    expect(at('2026-09-15T12:00:00Z').allowed).toBe(true);
  });

  it('times texts and emails when sent; letters have no time-of-day window', () => {
    expect(at('2026-09-15T03:00:00Z', 'sms').reasons).toEqual(['reg_f_inconvenient_time']);
    expect(at('2026-09-15T03:00:00Z', 'email').reasons).toEqual(['reg_f_inconvenient_time']);
    expect(at('2026-09-15T03:00:00Z', 'letter').allowed).toBe(true);
  });

  it('follows the DST change: 8:00 is 12:00Z on the spring-forward Sunday and 13:00Z the day before', () => {
    const ny = { state: 'NY', timeZones: ['America/New_York'] };
    const sunday = contact({ consumer: ny, at: '2026-03-08T11:30:00Z' });
    expect(sunday.earliestAllowedAt).toBe('2026-03-08T12:00:00Z');
    const saturday = contact({ consumer: ny, at: '2026-03-07T12:30:00Z' });
    expect(saturday.earliestAllowedAt).toBe('2026-03-07T13:00:00Z');
    // Fall back on 2026-11-01: 8:00 EST is 13:00Z; 21:00 EST is 02:00Z the next day.
    expect(contact({ consumer: ny, at: '2026-11-01T12:30:00Z' }).earliestAllowedAt).toBe('2026-11-01T13:00:00Z');
    expect(contact({ consumer: ny, at: '2026-11-02T02:00:00Z' }).allowed).toBe(true);
    expect(contact({ consumer: ny, at: '2026-11-02T02:01:00Z' }).allowed).toBe(false);
  });

  it('keeps Arizona on MST all year, unlike Denver', () => {
    const phoenix = { state: 'AZ', timeZones: ['America/Phoenix'] };
    expect(contact({ consumer: phoenix, at: '2026-07-15T14:59:00Z' }).earliestAllowedAt).toBe('2026-07-15T15:00:00Z');
    expect(contact({ consumer: phoenix, at: '2026-01-15T14:59:00Z' }).earliestAllowedAt).toBe('2026-01-15T15:00:00Z');
    expect(contact({ consumer: { timeZones: ['America/Denver'] }, at: '2026-07-15T14:59:00Z' }).allowed).toBe(true);
  });

  it('intersects the windows of every zone the consumer may be in', () => {
    // Arizona without zones: Phoenix and the Navajo Nation (Denver time). In July 21:30 MDT is 20:30 MST.
    const d = contact({ consumer: { state: 'AZ' }, at: '2026-07-16T03:30:00Z' });
    expect(d.reasons).toEqual(['reg_f_inconvenient_time']);
    expect(d.earliestAllowedAt).toBe('2026-07-16T15:00:00Z');
  });

  it('assumes every US zone from Eastern to Hawaii when nothing is known of the location', () => {
    const d = contact({ at: '2026-09-15T17:00:00Z', channel: 'email' });
    expect(d.reasons).toEqual(['reg_f_inconvenient_time']);
    expect(d.earliestAllowedAt).toBe('2026-09-15T18:00:00Z');
  });

  it('reports null when the zones share no convenient hour', () => {
    // In January: Los Angeles 16:00Z-05:00Z, London 08:00Z-21:00Z, Singapore 00:00Z-13:00Z.
    const zones = ['America/Los_Angeles', 'Europe/London', 'Asia/Singapore'];
    const d = contact({ consumer: { timeZones: zones }, at: '2027-01-15T15:00:00Z' });
    expect(d.allowed).toBe(false);
    expect(d.earliestAllowedAt).toBeNull();
  });
});

describe('consumer-stated inconvenient times', () => {
  const night = { state: 'IL', timeZones: ['America/Chicago'], inconvenientTimes: [{ from: '20:00', to: '09:00' }] };

  it('wraps midnight, blocks until the end of the range (exclusive), on every channel including letters', () => {
    const d = contact({ consumer: night, at: '2027-01-12T14:59:00Z' });
    expect(d.reasons).toEqual(['reg_f_known_inconvenient_time']);
    expect(d.earliestAllowedAt).toBe('2027-01-12T15:00:00Z');
    expect(contact({ consumer: night, at: '2027-01-12T15:00:00Z' }).allowed).toBe(true);
    expect(contact({ consumer: night, at: '2027-01-12T09:00:00Z', channel: 'letter' }).reasons).toEqual(['reg_f_known_inconvenient_time']);
    expect(contact({ consumer: CHICAGO, at: '2027-01-12T09:00:00Z', channel: 'letter' }).allowed).toBe(true);
  });

  it('lets a reply to a message the consumer just sent go out once at such a time', () => {
    expect(contact({ consumer: night, at: '2027-01-13T02:30:00Z', channel: 'sms', purpose: 'reply_to_consumer' }).allowed).toBe(true);
  });

  it('uses the policy code for a creditor', () => {
    expect(contact({ collector: hospital, consumer: night, at: '2027-01-12T14:59:00Z' }).reasons).toEqual(['policy_known_inconvenient_time']);
  });
});

describe('holds', () => {
  const base = { consumer: DETROIT, at: '2026-09-15T15:00:00Z' };

  it('stop every collector for attorney, bankruptcy and deceased holds', () => {
    for (const [type, code] of [
      ['attorney', 'attorney_represented'],
      ['bankruptcy', 'bankruptcy'],
      ['deceased', 'deceased'],
    ] as const) {
      for (const collector of [agency, hospital]) {
        const d = contact({ ...base, collector, holds: [{ type, since: '2026-09-01T00:00:00Z', resolvedAt: null }] });
        expect(d.reasons).toEqual([code]);
        expect(d.earliestAllowedAt).toBeNull();
      }
    }
  });

  it('reports cease-communication and disputes as Regulation F for collectors and as policy for creditors', () => {
    const holds = [
      { type: 'cease_communication', since: '2026-09-01T00:00:00Z' },
      { type: 'dispute', since: '2026-09-01T00:00:00Z' },
    ];
    expect(contact({ ...base, holds }).reasons).toEqual(['reg_f_cease_communication', 'reg_f_dispute_pending_verification']);
    expect(contact({ ...base, collector: hospital, holds }).reasons).toEqual(['policy_cease_communication', 'policy_dispute_pending_review']);
  });

  it('lets required notices through cease and dispute holds, but not through an attorney hold', () => {
    const holds = [{ type: 'cease_communication', since: '2026-09-01T00:00:00Z' }, { type: 'dispute', since: '2026-09-01T00:00:00Z' }];
    expect(contact({ ...base, channel: 'letter', purpose: 'required_notice', holds }).allowed).toBe(true);
    const attorney = [{ type: 'attorney', since: '2026-09-01T00:00:00Z' }];
    expect(contact({ ...base, channel: 'letter', purpose: 'required_notice', holds: attorney }).allowed).toBe(false);
  });

  it('covers only the debts a hold names, and ends when resolved', () => {
    const holds = [{ type: 'bankruptcy', since: '2026-09-01T00:00:00Z', debtIds: ['D2'] }];
    expect(contact({ ...base, holds }).allowed).toBe(true);
    const resolved = [{ type: 'bankruptcy', since: '2026-09-01T00:00:00Z', resolvedAt: '2026-09-10T00:00:00Z' }];
    expect(contact({ ...base, holds: resolved }).allowed).toBe(true);
  });

  it('gives the resolution time as earliestAllowedAt when it is known and convenient', () => {
    const holds = [{ type: 'bankruptcy', since: '2026-09-01T00:00:00Z', resolvedAt: '2026-09-20T16:00:00Z' }];
    expect(contact({ ...base, holds }).earliestAllowedAt).toBe('2026-09-20T16:00:00Z');
  });
});

describe('TCPA consent for autodialed and prerecorded calls and texts', () => {
  const base = { collector: hospital, consumer: DETROIT, at: '2026-09-15T15:00:00Z', autodialed: true, phoneType: 'mobile' };

  it('needs prior express consent for an autodialed call to a mobile', () => {
    const d = contact(base);
    expect(d.reasons).toEqual(['tcpa_no_prior_express_consent']);
    expect(d.earliestAllowedAt).toBeNull();
  });

  it('accepts consent on texts for calls, and consent given to the creditor for its collector', () => {
    const consents = [{ channel: 'sms', givenTo: 'creditor', type: 'prior_express', givenAt: '2026-06-01T00:00:00Z' }];
    expect(contact({ ...base, consents }).allowed).toBe(true);
    expect(contact({ ...base, collector: agency, consents }).allowed).toBe(true);
  });

  it('treats a prerecorded voice like an autodialer and an unknown phone type like a mobile', () => {
    expect(contact({ ...base, autodialed: false, prerecorded: true }).reasons).toContain('tcpa_no_prior_express_consent');
    expect(contact({ ...base, phoneType: undefined }).reasons).toContain('tcpa_no_prior_express_consent');
    expect(contact({ ...base, phoneType: 'landline' }).allowed).toBe(true);
    expect(contact({ ...base, autodialed: false }).allowed).toBe(true);
  });

  it('ignores expired consent, and waits for consent dated later', () => {
    const expired = [{ channel: 'call', givenTo: 'creditor', type: 'prior_express', givenAt: '2026-01-01T00:00:00Z', until: '2026-09-01T00:00:00Z' }];
    expect(contact({ ...base, consents: expired }).reasons).toContain('tcpa_no_prior_express_consent');
    const later = [{ channel: 'call', givenTo: 'creditor', type: 'prior_express', givenAt: '2026-09-16T15:00:00Z' }];
    expect(contact({ ...base, consents: later }).earliestAllowedAt).toBe('2026-09-16T15:00:00Z');
  });

  it('lets a reply to a text the consumer just sent go out without consent', () => {
    expect(contact({ ...base, channel: 'sms', purpose: 'reply_to_consumer' }).allowed).toBe(true);
  });
});

describe('revocations and opt-outs', () => {
  const consents = [{ channel: 'sms', givenTo: 'creditor', type: 'prior_express', givenAt: '2026-06-01T00:00:00Z' }];
  const stop = [{ channel: 'sms', receivedAt: '2026-09-15T14:00:00Z', means: 'sms_reply', text: 'STOP' }];
  const base = { consumer: DETROIT, at: '2026-09-15T15:00:00Z', channel: 'sms', autodialed: true, phoneType: 'mobile', consents };

  it('honors STOP at once, on texts and on calls (the TCPA treats texts as calls)', () => {
    expect(contact({ ...base, revocations: stop }).reasons).toEqual(['tcpa_consent_revoked', 'reg_f_medium_opt_out']);
    const viaCall = contact({ ...base, channel: 'call', revocations: stop });
    expect(viaCall.reasons).toEqual(['tcpa_consent_revoked']);
    expect(viaCall.earliestAllowedAt).toBeNull();
  });

  it('honors a creditor revocation even for a manual text', () => {
    expect(contact({ ...base, collector: hospital, autodialed: false, revocations: stop }).reasons).toEqual(['tcpa_consent_revoked']);
  });

  it('allows exactly one confirmation after the opt-out', () => {
    expect(contact({ ...base, purpose: 'opt_out_confirmation', at: '2026-09-15T14:01:00Z', revocations: stop }).allowed).toBe(true);
    const confirmed = [{ channel: 'sms', direction: 'outbound', at: '2026-09-15T14:01:00Z', debtIds: ['D1'] }];
    const second = contact({ ...base, purpose: 'opt_out_confirmation', revocations: stop, history: confirmed });
    expect(second.reasons).toContain('tcpa_consent_revoked');
  });

  it('is undone by consent given after the revocation', () => {
    const again = [...consents, { channel: 'sms', givenTo: 'collector', type: 'prior_express', givenAt: '2026-09-15T14:30:00Z' }];
    expect(contact({ ...base, revocations: stop, consents: again }).allowed).toBe(true);
  });

  it('covers email opt-outs: Regulation F for collectors, policy for creditors (unless turned off)', () => {
    const email = [{ channel: 'email', receivedAt: '2026-09-14T14:00:00Z', means: 'email', text: 'unsubscribe' }];
    const q = { consumer: DETROIT, at: '2026-09-15T15:00:00Z', channel: 'email', revocations: email };
    expect(contact(q).reasons).toEqual(['reg_f_medium_opt_out']);
    expect(contact({ ...q, collector: hospital }).reasons).toEqual(['policy_medium_opt_out']);
    expect(contact({ ...q, collector: hospital, policy: { creditorGuardrails: false } }).allowed).toBe(true);
  });

  it('1006.14(h)(2)(i): answers once, on that medium, a message the consumer sent through it after opting out', () => {
    const email = [{ channel: 'email', receivedAt: '2026-09-14T14:00:00Z', means: 'email', text: 'unsubscribe' }];
    const wrote = [{ channel: 'email', direction: 'inbound', at: '2026-09-15T13:00:00Z', debtIds: ['D1'] }];
    const q = { consumer: DETROIT, at: '2026-09-15T15:00:00Z', channel: 'email', revocations: email, purpose: 'reply_to_consumer' };
    // No message from the consumer since the opt-out: a "reply" is not a reply.
    expect(contact(q).reasons).toEqual(['reg_f_medium_opt_out']);
    expect(contact({ ...q, history: wrote }).allowed).toBe(true);
    // Once answered, the medium is closed again; collection messages never reopen it.
    const answered = [...wrote, { channel: 'email', direction: 'outbound', at: '2026-09-15T14:00:00Z', debtIds: ['D1'] }];
    expect(contact({ ...q, history: answered }).reasons).toEqual(['reg_f_medium_opt_out']);
    expect(contact({ ...q, history: wrote, purpose: 'collection' }).reasons).toEqual(['reg_f_medium_opt_out']);
    // A message the consumer sent before opting out does not count.
    expect(contact({ ...q, history: [{ ...wrote[0]!, at: '2026-09-14T13:00:00Z' }] }).reasons).toEqual(['reg_f_medium_opt_out']);
  });

  it('1006.14(h)(2)(ii): a notice the law requires may use the medium, but a TCPA revocation still stops texts', () => {
    const email = [{ channel: 'email', receivedAt: '2026-09-14T14:00:00Z', means: 'email', text: 'unsubscribe' }];
    expect(contact({ consumer: DETROIT, at: '2026-09-15T15:00:00Z', channel: 'email', revocations: email, purpose: 'required_notice' }).allowed).toBe(true);
    const sms = [{ channel: 'sms', receivedAt: '2026-09-14T14:00:00Z', means: 'sms_reply', text: 'STOP' }];
    const texted = contact({ consumer: DETROIT, at: '2026-09-15T15:00:00Z', channel: 'sms', revocations: sms, purpose: 'required_notice', autodialed: true, phoneType: 'mobile', consents: [{ channel: 'sms', givenTo: 'collector', type: 'prior_express', givenAt: '2026-01-01T00:00:00Z' }] });
    expect(texted.reasons).toEqual(['tcpa_consent_revoked']);
  });

  it('does not stop letters', () => {
    const all = [{ channel: 'all', receivedAt: '2026-09-14T14:00:00Z', means: 'oral' }];
    expect(contact({ consumer: DETROIT, at: '2026-09-15T15:00:00Z', channel: 'letter', revocations: all }).allowed).toBe(true);
    expect(contact({ consumer: DETROIT, at: '2026-09-15T15:00:00Z', channel: 'email', revocations: all }).allowed).toBe(false);
  });

  it('ignores a revocation received after the contact', () => {
    const later = [{ channel: 'sms', receivedAt: '2026-09-16T14:00:00Z', means: 'sms_reply', text: 'STOP' }];
    expect(contact({ ...base, revocations: later }).allowed).toBe(true);
  });
});

describe("Massachusetts: 2 telephone communications in 7 days, creditors too (940 CMR 7.04(1)(f))", () => {
  const MA = { state: 'MA', timeZones: ['America/New_York'] };
  const two = [call('2026-10-19T14:30:00Z', 'voicemail', ['MB-1']), call('2026-10-21T20:10:00Z', 'voicemail', ['MB-1'])];
  const q = { collector: hospital, consumer: MA, at: '2026-10-23T17:00:00Z', debtIds: ['MB-1'] };

  it('blocks a third call and reopens once the first leaves the 7-day window', () => {
    const d = contact({ ...q, history: two });
    expect(d.reasons).toEqual(['ma_940cmr_7_04_2_in_7']);
    expect(d.earliestAllowedAt).toBe('2026-10-26T12:00:00Z');
  });

  it('counts texts, and binds debt collectors too', () => {
    const texts = two.map((c) => ({ channel: 'sms', direction: 'outbound', at: c.at, debtIds: ['MB-1'] }));
    expect(contact({ ...q, history: texts }).reasons).toEqual(['ma_940cmr_7_04_2_in_7']);
    expect(contact({ ...q, collector: agency, history: two }).reasons).toEqual(['ma_940cmr_7_04_2_in_7']);
  });

  it('does not count calls that could not connect, nor replies the debtor asked for', () => {
    const failed = [two[0], call('2026-10-21T20:10:00Z', 'not_connected', ['MB-1'])];
    expect(contact({ ...q, history: failed }).allowed).toBe(true);
    expect(contact({ ...q, history: two, purpose: 'reply_to_consumer' }).allowed).toBe(true);
  });

  it('applies only to consumers in Massachusetts', () => {
    expect(contact({ ...q, consumer: { state: 'NY', timeZones: ['America/New_York'] }, history: two }).allowed).toBe(true);
  });
});

describe('earliestAllowedAt satisfies every time rule at once', () => {
  it('finds the first instant past both the 7-in-7 window and 8:00 in every zone', () => {
    const consumer = { state: 'MI', timeZones: ['America/Detroit', 'Pacific/Honolulu'] };
    const d = contact({ consumer, at: '2026-09-20T22:00:00Z', history: aWeekOfCalls });
    expect(d.reasons).toEqual(['reg_f_7_in_7']);
    // Monday 8:00 EDT (12:00Z) is 2:00 in Honolulu: the first joint instant is 8:00 HST.
    expect(d.earliestAllowedAt).toBe('2026-09-21T18:00:00Z');
    expect(contact({ consumer, at: '2026-09-21T18:00:00Z', history: aWeekOfCalls }).allowed).toBe(true);
    expect(contact({ consumer, at: '2026-09-21T17:59:59Z', history: aWeekOfCalls }).allowed).toBe(false);
  });

  it('combines a conversation wait with a stated inconvenient time', () => {
    const talk = { channel: 'call', direction: 'inbound', at: '2026-10-05T15:00:00Z', debtIds: ['D1'], outcome: 'conversation' };
    const consumer = { ...CHICAGO, inconvenientTimes: [{ from: '08:00', to: '12:00' }] };
    const d = contact({ consumer, at: '2026-10-06T15:00:00Z', history: [talk] });
    expect(d.reasons).toEqual(['reg_f_known_inconvenient_time', 'reg_f_conversation_7day']);
    expect(d.earliestAllowedAt).toBe('2026-10-12T17:00:00Z');
  });
});

describe('local dates of history items: DST change days, Arizona, half-hour zones, any order', () => {
  // New York falls back on Sunday 2026-11-01 at 06:00Z (02:00 EDT becomes 01:00 EST). Evening
  // calls at 20:30 local fall on the next UTC date, at 00:30Z before the change and 01:30Z after.
  const evenings = [
    '2026-10-28T00:30:00Z', // Tue 10-27 20:30 EDT
    '2026-10-29T00:30:00Z', // Wed 10-28
    '2026-10-30T00:30:00Z', // Thu 10-29
    '2026-10-31T00:30:00Z', // Fri 10-30
    '2026-11-01T00:30:00Z', // Sat 10-31
    '2026-11-02T01:30:00Z', // Sun 11-01 20:30 EST
    '2026-11-03T01:30:00Z', // Mon 11-02
  ].map((at) => call(at));
  const NEW_YORK = { state: 'NY', timeZones: ['America/New_York'] };

  it('counts each call on its local date across the fall-back change, in whatever order the history comes', () => {
    // First the agency calls every evening for a week spanning the change; an 8th call on Monday 11-02 is too many.
    const d = contact({ consumer: NEW_YORK, at: '2026-11-02T15:00:00Z', history: evenings });
    expect(d.reasons).toEqual(['reg_f_7_in_7']);
    // Tuesday 11-03 leaves 10-27 out of the window: 8:00 EST is 13:00Z.
    expect(d.earliestAllowedAt).toBe('2026-11-03T13:00:00Z');
    const shuffled = [evenings[5], evenings[0], evenings[6], evenings[2], evenings[4], evenings[1], evenings[3]];
    expect(contact({ consumer: NEW_YORK, at: '2026-11-02T15:00:00Z', history: shuffled })).toEqual(d);
  });

  it('dates the same instants by the standard-time clock in Arizona, unlike Denver across its change', () => {
    // Seven calls at 06:30Z on 10-27..11-02. Denver falls back at 08:00Z on 11-01.
    const nights = ['2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02'].map((d) => call(`${d}T06:30:00Z`));
    // Phoenix (UTC-7 all year): each is 23:30 the previous date, so the calls fall on 10-26..11-01.
    // Denver: 00:30 MDT on 10-27..11-01, then 23:30 MST on 11-01: two calls on 11-01.
    const phoenix = contact({ consumer: { state: 'AZ', timeZones: ['America/Phoenix'] }, at: '2026-11-02T16:00:00Z', history: nights });
    const denver = contact({ consumer: { state: 'CO', timeZones: ['America/Denver'] }, at: '2026-11-02T16:00:00Z', history: nights });
    // Phoenix: calls on 10-26..11-01 (7 dates) and the contact on 11-02: the window 10-27..11-02 holds 6 + 1.
    expect(phoenix.allowed).toBe(true);
    // Denver: 00:30 MDT on 10-27, 10-28, 10-29, 10-30, 10-31; 23:30 MST on 10-31 and 11-01: 7 calls in 10-27..11-02 plus this one.
    expect(denver.reasons).toEqual(['reg_f_7_in_7']);
  });

  it('uses half-hour offsets (Newfoundland) for local dates', () => {
    // 01:45Z is 23:15 NDT (UTC-2:30) the previous date: seven calls on 09-14..09-20 local.
    const late = ['15', '16', '17', '18', '19', '20', '21'].map((d) => call(`2026-09-${d}T01:45:00Z`));
    const d = contact({ consumer: { timeZones: ['America/St_Johns'] }, at: '2026-09-20T14:00:00Z', history: late });
    expect(d.reasons).toEqual(['reg_f_7_in_7']);
    // Monday 09-21 08:00 NDT = 10:30Z.
    expect(d.earliestAllowedAt).toBe('2026-09-21T10:30:00Z');
  });

  it('matches the debts of each call however many debts the question names', () => {
    // Thirty-three debts: the engine keeps a bit per debt for the first 31 and searches past that.
    const many = Array.from({ length: 33 }, (_, i) => `D${i + 1}`);
    for (const debt of ['D1', 'D31', 'D32', 'D33']) {
      const history = aWeekOfCalls.map((c) => ({ ...c, debtIds: ['X', debt] }));
      const d = contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', debtIds: many, history });
      expect(d.reasons, debt).toEqual(['reg_f_7_in_7']);
      expect(d.earliestAllowedAt, debt).toBe('2026-09-21T12:00:00Z');
    }
    const unrelated = aWeekOfCalls.map((c) => ({ ...c, debtIds: ['X'] }));
    expect(contact({ consumer: DETROIT, at: '2026-09-20T22:00:00Z', debtIds: many, history: unrelated }).allowed).toBe(true);
  });

  it('rejects history items whose channel or outcome only looks like a known one', () => {
    const base = { id: 'v', kind: 'contact', collector: agency, channel: 'call', at: '2026-09-20T15:00:00Z', debtIds: ['D1'] };
    const item = { channel: 'call', direction: 'outbound', at: '2026-09-19T15:00:00Z' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...item, channel: 'mail' }, 'history[0].channel'],
      [{ ...item, channel: 'Call' }, 'history[0].channel'],
      [{ ...item, channel: '' }, 'history[0].channel'],
      [{ ...item, channel: 'voicemails' }, 'history[0].channel'],
      [{ ...item, outcome: 'no-answer' }, 'history[0].outcome'],
      [{ ...item, outcome: 'voicemails' }, 'history[0].outcome'],
      [{ ...item, outcome: 'connected' }, 'history[0].outcome'],
      [{ ...item, outcome: 7 }, 'history[0].outcome'],
    ];
    for (const [h, path] of cases) {
      const d = evaluate({ ...base, history: [h] }) as { error?: { path: string } };
      expect(d.error?.path, JSON.stringify(h)).toBe(path);
    }
  });
});

describe("the consumer's workplace (1006.6(b)(3), 1006.22(f)(3))", () => {
  const base = { consumer: DETROIT, at: '2026-09-15T15:00:00Z' };
  const prohibits = { ...DETROIT, employerProhibitsContact: true };

  it('1006.6(b)(3): no contact at work on any channel once the employer is known to prohibit it', () => {
    for (const channel of ['call', 'email', 'letter', 'voicemail'] as const) {
      const d = contact({ ...base, consumer: prohibits, channel, atWork: true, consents: [{ channel: 'email', givenTo: 'collector', type: 'prior_express', givenAt: '2026-09-01T00:00:00Z' }] });
      expect(d.reasons, channel).toContain('reg_f_employer_prohibits_contact');
      expect(d.earliestAllowedAt).toBeNull();
    }
    // Not at work, or no prohibition known: nothing to block.
    expect(contact({ ...base, consumer: prohibits }).allowed).toBe(true);
    expect(contact({ ...base, atWork: true }).allowed).toBe(true);
    // Even a required notice does not go to the workplace.
    expect(contact({ ...base, consumer: prohibits, channel: 'letter', atWork: true, purpose: 'required_notice' }).reasons).toEqual([
      'reg_f_employer_prohibits_contact',
    ]);
  });

  it('1006.22(f)(3): no email to an address the employer provided, unless the consumer consented directly or wrote from it', () => {
    const d = contact({ ...base, channel: 'email', atWork: true });
    expect(d).toMatchObject({ allowed: false, reasons: ['reg_f_employer_email'], earliestAllowedAt: null });
    expect(contact({ ...base, channel: 'email' }).allowed).toBe(true);
    // Consent to use the address given directly to the collector lifts it; consent given to the creditor does not.
    const consent = (givenTo: string) => [{ channel: 'email', givenTo, type: 'prior_express', givenAt: '2026-09-01T00:00:00Z' }];
    expect(contact({ ...base, channel: 'email', atWork: true, consents: consent('collector') }).allowed).toBe(true);
    expect(contact({ ...base, channel: 'email', atWork: true, consents: consent('creditor') }).reasons).toEqual(['reg_f_employer_email']);
    expect(contact({ ...base, channel: 'email', atWork: true, purpose: 'reply_to_consumer' }).allowed).toBe(true);
    // Before Regulation F took effect the email rule did not exist.
    expect(contact({ ...base, channel: 'email', atWork: true, at: '2021-06-01T15:00:00Z' }).allowed).toBe(true);
  });

  it('binds debt collectors only: an original creditor gets no Regulation F code', () => {
    const d = contact({ ...base, collector: hospital, consumer: prohibits, channel: 'email', atWork: true });
    expect(d.allowed).toBe(true);
  });

  it('the fast path and zod agree on the new fields', () => {
    const q = { id: 'w', kind: 'contact', collector: agency, channel: 'email', at: base.at, consumer: prohibits, atWork: true };
    expect(evaluate(q)).toMatchObject({ allowed: false });
    expect(evaluate({ ...q, atWork: 'yes' })).toMatchObject({ error: { path: 'atWork' } });
    expect(evaluate({ ...q, consumer: { ...prohibits, employerProhibitsContact: 1 } })).toMatchObject({ error: { path: 'consumer.employerProhibitsContact' } });
  });
});
