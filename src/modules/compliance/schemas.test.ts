import { describe, expect, it } from 'vitest';
import { evaluate, evaluateMany, REASON_CODES, RULES } from './index.js';
import { orderReasons } from './reason-codes.js';

describe('malformed questions', () => {
  it('get { id, error: { path, message } } with the path of the problem', () => {
    const base = { id: 'q1', kind: 'contact', collector: { role: 'debt_collector', entity: 'agency' }, channel: 'call', at: '2026-09-15T15:00:00Z' };
    expect(evaluate({ ...base, at: 'tomorrow' })).toMatchObject({ id: 'q1', error: { path: 'at' } });
    expect(evaluate({ ...base, history: [{ channel: 'call', direction: 'outbound', at: '2026-02-30T10:00:00Z' }] })).toMatchObject({
      error: { path: 'history[0].at' },
    });
    expect(evaluate({ ...base, consumer: { timeZones: ['America/Nowhere'] } })).toMatchObject({ error: { path: 'consumer.timeZones[0]' } });
    expect(evaluate({ ...base, collector: { role: 'landlord', entity: 'agency' } })).toMatchObject({ error: { path: 'collector.role' } });
    expect(evaluate({ kind: 'eca' })).toMatchObject({ id: null, error: { path: 'id' } });
    expect(evaluate('not an object')).toMatchObject({ id: null });
    expect(evaluate({ id: 'k', kind: 'weather' })).toMatchObject({ id: 'k', error: { path: 'kind' } });
  });

  it('ignore unknown fields and normalize state codes', () => {
    const d = evaluate({
      id: 'q2',
      kind: 'contact',
      collector: { role: 'original_creditor', entity: 'hospital', mood: 'calm' },
      consumer: { state: 'ma', timeZones: ['America/New_York'] },
      channel: 'call',
      at: '2026-10-23T17:00:00Z',
      debtIds: ['D1'],
      history: ['19', '21'].map((d) => ({ channel: 'call', direction: 'outbound', at: `2026-10-${d}T15:00:00Z`, debtIds: ['D1'], outcome: 'voicemail' })),
      color: 'blue',
    });
    expect(d).toMatchObject({ id: 'q2', reasons: ['ma_940cmr_7_04_2_in_7'] });
  });

  it('are answered in place among good ones by evaluateMany', () => {
    const ds = evaluateMany([{ id: 'a', kind: 'payment_cap', monthlyFamilyIncomeCents: 1 }, { id: 'b' }, { id: 'c', kind: 'payment_cap', monthlyFamilyIncomeCents: -1 }]);
    expect(ds.map((d) => ('error' in d ? 'error' : 'ok'))).toEqual(['ok', 'error', 'error']);
    expect(ds.map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('reason codes', () => {
  it('are the contract\'s closed list (plus Kindly\'s additions), all ranked for "most specific first"', () => {
    expect(REASON_CODES.slice(0, 30)).toContain('reg_f_7_in_7');
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
    const ranked = orderReasons([...REASON_CODES].reverse());
    expect(new Set(ranked)).toEqual(new Set(REASON_CODES));
    expect(ranked[0]).toBe('deceased');
  });

  it('each come from some catalogued rule', () => {
    const reported = new Set(RULES.map((r) => r.reason));
    for (const code of REASON_CODES) expect(reported.has(code), code).toBe(true);
  });
});
