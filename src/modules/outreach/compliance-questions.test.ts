import { describe, expect, it } from 'vitest';
import { evaluate } from '../compliance/index.js';
import { contactQuestion } from './compliance-questions.js';
import { snapshot } from './testing/snapshot-builder.js';

describe('contact questions name a work contact point', () => {
  const at = new Date('2026-05-20T16:00:00Z');
  const agency = { kind: 'agency', collectorRole: 'debt_collector' } as const;

  it('marks an email to a work address as at work, and a debt collector may not use it (1006.22(f)(3))', () => {
    const s = snapshot({ tenant: agency, contactPoints: [{ system: 'email', value: 'pat@employer.example', use: 'work', rank: 1, verified: true }], consents: [] });
    const q = contactQuestion(s, { id: 'q1', channel: 'email', at });
    expect(q.atWork).toBe(true);
    expect(evaluate(q)).toMatchObject({ allowed: false, reasons: ['reg_f_employer_email'] });
  });

  it('leaves a home address, and letters, unmarked', () => {
    const s = snapshot({
      tenant: agency,
      contactPoints: [
        { system: 'email', value: 'pat@home.example', use: 'home', rank: 1, verified: true },
        { system: 'phone', value: '+15550001111', use: 'work', rank: 1, verified: true },
      ],
    });
    expect(contactQuestion(s, { id: 'q2', channel: 'email', at }).atWork).toBeUndefined();
    expect(contactQuestion(s, { id: 'q3', channel: 'letter', at }).atWork).toBeUndefined();
    expect(contactQuestion(s, { id: 'q4', channel: 'call', at }).atWork).toBe(true);
  });
});

describe('contact questions with instants as numbers', () => {
  it('carry the same instants and get the same decisions as the text questions', () => {
    const base = Date.UTC(2026, 4, 1, 13);
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const channels = ['call', 'sms', 'email', 'letter', 'voicemail'] as const;
    let blocked = 0;
    for (let k = 0; k < 400; k++) {
      const at = new Date(base + next(30 * 24) * 3_600_000 + next(3_600_000));
      const history = Array.from({ length: next(20) }, () => ({
        channel: channels[next(5)]!,
        direction: next(4) === 0 ? ('inbound' as const) : ('outbound' as const),
        at: new Date(at.getTime() - next(14 * 24 * 60) * 60_000 - next(1000)),
        status: ['sent', 'delivered', 'blocked', 'queued'][next(4)]!,
        outcome: next(2) === 0 ? null : ['no_answer', 'voicemail', 'conversation'][next(3)]!,
        accountId: next(3) === 0 ? null : 'acc-1',
      }));
      const s = snapshot({
        tenant: next(2) === 0 ? { kind: 'agency', collectorRole: 'debt_collector' } : {},
        history,
        revocations: next(5) === 0 ? [{ channel: 'sms', receivedAt: new Date(at.getTime() - 86_400_000), means: 'reply_stop', text: 'STOP' }] : [],
        holds: next(6) === 0 ? [{ type: 'dispute', accountId: null, since: new Date(at.getTime() - 3 * 86_400_000), resolvedAt: next(2) === 0 ? null : at }] : [],
        person: { deceased: next(20) === 0 },
      });
      const p = { id: `q${k}`, channel: channels[next(5)]!, at };
      const asText = contactQuestion(s, p);
      const asMs = contactQuestion(s, { ...p, instantsAsMs: true });
      expect(asMs.at).toBe(at.getTime());
      expect((asMs.history as Array<{ at: number }>).map((h) => new Date(h.at).toISOString())).toEqual((asText.history as Array<{ at: string }>).map((h) => h.at));
      const d = evaluate(asMs);
      expect(d).toEqual(evaluate(asText));
      if ((d as { allowed?: boolean }).allowed === false) blocked++;
    }
    expect(blocked).toBeGreaterThan(40);
  });
});
