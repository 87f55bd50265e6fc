import { describe, expect, it } from 'vitest';
import { evaluate } from '../compliance/index.js';
import { contentMemoKey, decisionMemoKey } from './run-strategy.js';

const question = (over: Record<string, unknown> = {}) =>
  ({
    id: 'm1:content',
    kind: 'message_content',
    collector: { role: 'original_creditor', entity: 'nonprofit_hospital' },
    channel: 'sms',
    at: '2026-03-02T15:00:00.000Z',
    body: 'Your balance is $120.00. Reply STOP to opt out.',
    ...over,
  }) as never;

describe("the simulator's memo of message-content decisions", () => {
  it('keys a creditor message by its channel and text, not its id or instant, and the engine agrees', () => {
    const a = question();
    const b = question({ id: 'm2:content', at: '2026-05-20T18:00:00.000Z' });
    expect(contentMemoKey(a)).not.toBeNull();
    expect(contentMemoKey(b)).toBe(contentMemoKey(a));
    const { id: _a, ...da } = evaluate(a) as { id: string };
    const { id: _b, ...db } = evaluate(b) as { id: string };
    expect(db).toEqual(da);
  });

  it('tells apart a different channel or text, and a clinical term changes the decision', () => {
    const clinical = question({ body: 'Your balance for chemotherapy is $120.00.' });
    expect(contentMemoKey(question({ channel: 'email' }))).not.toBe(contentMemoKey(question()));
    expect(contentMemoKey(clinical)).not.toBe(contentMemoKey(question()));
    expect((evaluate(clinical) as { allowed: boolean }).allowed).toBe(false);
  });

  it('does not memoize what depends on the instant: debt collectors (Reg F) and validation periods', () => {
    expect(contentMemoKey(question({ collector: { role: 'debt_collector', entity: 'agency' } }))).toBeNull();
    expect(contentMemoKey(question({ collector: { role: 'original_creditor', entity: 'hospital', usesThirdPartyName: true } }))).toBeNull();
    expect(contentMemoKey(question({ validationPeriodEndsOn: '2026-04-01' }))).toBeNull();
    expect(contentMemoKey(question({ kind: 'contact' }))).toBeNull();
  });
});

describe("the simulator's memo of escalation decisions", () => {
  const eca = (over: Record<string, unknown> = {}) =>
    ({
      id: 'a1:final:eca',
      kind: 'eca',
      collector: { role: 'original_creditor', entity: 'nonprofit_hospital' },
      state: 'NY',
      action: 'credit_report',
      on: '2026-05-20',
      firstPostDischargeStatementOn: '2026-01-05',
      noticesSent: [{ type: 'eca_30_day_notice', on: '2026-04-19' }],
      ...over,
    }) as never;

  it('keys an escalation question by every field but its id, and the engine answers alike for the same key', () => {
    expect(decisionMemoKey(eca({ id: 'a2:final:eca' }))).toBe(decisionMemoKey(eca()));
    const { id: _a, ...da } = evaluate(eca()) as { id: string };
    const { id: _b, ...db } = evaluate(eca({ id: 'a2:final:eca' })) as { id: string };
    expect(db).toEqual(da);
  });

  it('tells apart questions that differ in any other field, and those fields change decisions', () => {
    const other = eca({ state: 'OH' });
    expect(decisionMemoKey(other)).not.toBe(decisionMemoKey(eca()));
    expect(decisionMemoKey(eca({ on: '2026-05-21' }))).not.toBe(decisionMemoKey(eca()));
    expect(decisionMemoKey(eca({ fapApplication: { receivedOn: '2026-04-01', complete: false, decision: 'pending', decidedOn: null } }))).not.toBe(decisionMemoKey(eca()));
    // A field outreach does not ask about, or a notice with more to it, is keyed by the whole question.
    expect(decisionMemoKey(eca({ timeBarred: true }))).not.toBe(decisionMemoKey(eca()));
    expect(decisionMemoKey(eca({ noticesSent: [{ type: 'eca_30_day_notice', on: '2026-04-19', by: 'mail' }] }))).not.toBe(decisionMemoKey(eca()));
    expect(decisionMemoKey(eca({ id: 'x', timeBarred: true }))).toBe(decisionMemoKey(eca({ timeBarred: true })));
    expect((evaluate(eca()) as { allowed: boolean }).allowed).not.toBe((evaluate(other) as { allowed: boolean }).allowed);
  });

  it('leaves contact questions to the engine every time (their history and instant matter)', () => {
    expect(decisionMemoKey({ id: 'c1', kind: 'contact' } as never)).toBeNull();
  });

  it('keys a voicemail by its text, and not texts, emails or letters (each carries its own verify code)', () => {
    expect(decisionMemoKey(question({ channel: 'voicemail' }))).toBe(contentMemoKey(question({ channel: 'voicemail' })));
    for (const channel of ['sms', 'email', 'letter']) expect(decisionMemoKey(question({ channel }))).toBeNull();
  });
});
