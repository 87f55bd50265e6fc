import { describe, expect, it } from 'vitest';
import { evaluate } from '../compliance/index.js';
import { contentMemoKey } from './run-strategy.js';

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
