import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNEYS_DIR, TEMPLATES_DIR } from '../outreach/index.js';
import { simulateStrategies, validateSimulationConfig, SIMULATION_DIR, type SimulationOutput } from './index.js';

// Small runs: the model's sanity, not its precision. Four hundred accounts over 120 days.
const small = { accounts: 400, days: 120 };
const json = (file: string) => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) as unknown });

describe('the strategy simulator', () => {
  let first: SimulationOutput;

  it('gives the same output for the same seed, to the last digit', async () => {
    first = await simulateStrategies({ ...small, strategies: ['gentle-early', 'aggressive-late'], seed: 7 });
    const again = await simulateStrategies({ ...small, strategies: ['gentle-early', 'aggressive-late'], seed: 7 });
    expect(again).toEqual(first);
    expect(first.model).toContain('a model, not a forecast');
    expect(first.strategies.map((s) => s.name)).toEqual(['gentle-early', 'aggressive-late']);
  }, 120_000);

  it('gives a different output for a different seed', async () => {
    const other = await simulateStrategies({ ...small, strategies: ['gentle-early', 'aggressive-late'], seed: 8 });
    expect(other.strategies[0]!.kpis.collectedCents).not.toBe(first.strategies[0]!.kpis.collectedCents);
    expect(other.strategies[0]!.kpis.placedCents).not.toBe(first.strategies[0]!.kpis.placedCents);
  }, 60_000);

  it('reports the analytics KPIs with 95% intervals around them, and the cost', () => {
    for (const s of first.strategies) {
      expect(s.kpis.cohortAccounts).toBe(400);
      expect(s.kpis.recoveryRate).toBeGreaterThan(0);
      expect(s.kpis.recoveryRate).toBeLessThan(1);
      const [lo, hi] = s.intervals.recoveryRate!;
      expect(lo).toBeLessThanOrEqual(s.kpis.recoveryRate!);
      expect(hi).toBeGreaterThanOrEqual(s.kpis.recoveryRate!);
      expect(hi).toBeGreaterThan(lo);
      const sent = s.kpis.contacts.email + s.kpis.contacts.sms + s.kpis.contacts.letter + s.kpis.contacts.call;
      expect(sent).toBeGreaterThan(400);
      expect(s.cost.messages).toEqual(s.kpis.contacts);
      expect(s.cost.totalCents).toBeGreaterThan(s.kpis.contacts.letter * 85);
    }
  });

  it('shows more opt-outs and complaints for the strategy that contacts more (the model is monotone in fatigue)', () => {
    const [gentle, aggressive] = first.strategies as [SimulationOutput['strategies'][number], SimulationOutput['strategies'][number]];
    const sent = (s: typeof gentle) => Object.values(s.kpis.contacts).reduce((a, b) => a + b, 0);
    expect(sent(aggressive)).toBeGreaterThan(sent(gentle));
    expect(aggressive.kpis.optOuts).toBeGreaterThan(gentle.kpis.optOuts);
    expect(aggressive.kpis.optOutRate!).toBeGreaterThan(gentle.kpis.optOutRate!);
    expect(aggressive.kpis.churnRate!).toBeGreaterThan(gentle.kpis.churnRate!);
  });

  it('never sends what the compliance engine blocks: the aggressive strategy is blocked, and nothing goes out at night', () => {
    const aggressive = first.strategies[1]!;
    expect(aggressive.compliance.blockedAttempts).toBeGreaterThan(0);
    // Its early final notice would announce a credit report inside 501(r)'s 120 days.
    expect(aggressive.compliance.blockedByReason.irc_501r6_120_day_notification_period).toBeGreaterThan(0);
    for (const s of first.strategies) expect(s.compliance.sendsOutsideAllowedHours).toBe(0);
  });

  it('adds up the same figures when the replications are spread over worker threads', async () => {
    const threaded = await simulateStrategies({ accounts: 120, days: 60, strategies: ['standard'], seed: 3, threads: 2 });
    const single = await simulateStrategies({ accounts: 120, days: 60, strategies: ['standard'], seed: 3 });
    expect(threaded).toEqual(single);
  }, 120_000);
});

describe('the simulation configuration', () => {
  const model = json(join(SIMULATION_DIR, 'behaviour.json'));
  const strategies = ['gentle-early', 'standard', 'aggressive-late'].map((s) => json(join(SIMULATION_DIR, 'strategies', `${s}.json`)));
  const journeys = ['plan-servicing', 'post-resolution', 'self-pay-standard'].map((j) => json(join(JOURNEYS_DIR, `${j}.json`)));
  const templates = ['en', 'es'].map((l) => json(join(TEMPLATES_DIR, `${l}.json`)));

  it('ships a valid model and the three named strategies', () => {
    const { config, issues } = validateSimulationConfig(model, strategies, journeys, templates);
    expect(issues).toEqual([]);
    expect([...config!.strategies.keys()].sort()).toEqual(['aggressive-late', 'gentle-early', 'standard']);
  });

  it('lists every problem at once: shares that do not add up and a step whose template does not exist', () => {
    const badModel = { file: 'behaviour.json', json: { ...(model.json as object), population: { ...(model.json as { population: object }).population, languages: { en: 0.9, es: 0.2 } } } };
    const s = structuredClone(strategies[0]!.json) as { journey: { steps: Array<{ template: string }> } };
    s.journey.steps[0]!.template = 'no-such-template';
    const { config, issues } = validateSimulationConfig(badModel, [{ file: 'gentle.json', json: s }], journeys, templates);
    expect(config).toBeNull();
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'behaviour.json', path: 'population.languages' }),
        expect.objectContaining({ file: 'gentle.json', path: 'journey.steps[0].template' }),
      ]),
    );
  });
});
