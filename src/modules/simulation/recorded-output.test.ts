import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGIES, simulateStrategies } from './index.js';

/**
 * The simulator's output for one small run, recorded: a change that only makes the simulator or
 * the code it calls (outreach, compliance, plans, assistance) faster must leave every figure as
 * it was, to the last digit. A deliberate change of the model, a strategy, a journey, a template
 * or a rule does change it: check the new figures, then record the new digest.
 */
const RECORDED = '33f3b8643d6be0845629959db85c91a4ebc527a886fc7ec650c7fedfc31876e4';

describe("the simulator's recorded output", () => {
  it('is unchanged for 240 accounts over 120 days under the three shipped strategies (seed 11)', async () => {
    const out = await simulateStrategies({ accounts: 240, days: 120, strategies: DEFAULT_STRATEGIES, seed: 11, threads: 1 });
    const sent = out.strategies.map((s) => s.kpis.contacts.email + s.kpis.contacts.sms + s.kpis.contacts.letter + s.kpis.contacts.call);
    expect(sent.every((n) => n > 240)).toBe(true);
    expect(createHash('sha256').update(JSON.stringify(out)).digest('hex')).toBe(RECORDED);
  }, 120_000);
});
