import { cpus } from 'node:os';
import { cpuUsage } from 'node:process';
import { evaluate } from '../src/modules/compliance/index.js';
import { buildPopulation, DEFAULT_STRATEGIES, loadSimulationConfig, simulateStrategies } from '../src/modules/simulation/index.js';
import type { Benchmark, BenchResult } from './types.js';

const DAYS = 180;

/**
 * The strategy simulator's goal figure: N accounts (default 100,000) x 180 days x the three
 * shipped strategies, every wake-up through outreach's real decideAccount and the compliance
 * engine, spread over up to two worker threads. `cpuSeconds` is the process's CPU time (all
 * threads), steadier than wall time on a shared machine.
 *
 * The floor is the irreducible part measured in the same run: drawing the population and one
 * compliance contact decision per account per strategy (every account needs at least one),
 * on one thread.
 */
export const benchmark: Benchmark = {
  name: 'simulate',
  async run(ctx): Promise<BenchResult[]> {
    const accounts = ctx.accounts ?? 100_000;
    const threads = Math.min(2, cpus().length);
    const config = loadSimulationConfig();
    const c0 = cpuUsage();
    const t0 = performance.now();
    const out = await simulateStrategies({ accounts, days: DAYS, strategies: DEFAULT_STRATEGIES, seed: 1, threads });
    const seconds = (performance.now() - t0) / 1000;
    const c1 = cpuUsage(c0);
    const cpuSeconds = (c1.user + c1.system) / 1e6;
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

    const f0 = cpuUsage();
    const pop = buildPopulation(config.model, accounts, 1);
    let allowed = 0;
    for (let s = 0; s < DEFAULT_STRATEGIES.length; s++) {
      for (let i = 0; i < pop.size; i++) {
        const zones = pop.zonesByState[pop.stateIndex[i]!]!;
        const d = evaluate({
          id: `floor-${s}-${i}`,
          kind: 'contact',
          collector: { role: 'original_creditor', entity: 'nonprofit_hospital' },
          consumer: { state: pop.states[pop.stateIndex[i]!], timeZones: zones },
          channel: 'email',
          at: new Date((pop.dueDay[i]! + 1) * 86_400_000 + 15 * 3_600_000).toISOString(),
          debtIds: [pop.accountIds[i]!],
          purpose: 'collection',
          history: [],
          consents: [],
          revocations: [],
          holds: [],
        });
        if ('allowed' in d && d.allowed) allowed++;
      }
    }
    const f1 = cpuUsage(f0);
    const floorSeconds = (f1.user + f1.system) / 1e6;
    const sends = out.strategies.reduce((a, s) => a + Object.values(s.kpis.contacts).reduce((x, y) => x + y, 0), 0);
    return [
      {
        name: 'simulate',
        accounts,
        days: DAYS,
        strategies: DEFAULT_STRATEGIES.length,
        threads,
        seconds: Number(seconds.toFixed(2)),
        cpuSeconds: Number(cpuSeconds.toFixed(2)),
        goalSeconds: 60,
        perSecond: Math.round((accounts * DEFAULT_STRATEGIES.length) / seconds),
        sendsSimulated: sends,
        blockedAttempts: out.strategies.reduce((a, s) => a + s.compliance.blockedAttempts, 0),
        peakRssMb,
        floorSeconds: Number(floorSeconds.toFixed(3)),
        ratioToFloor: Number((cpuSeconds / Math.max(floorSeconds, 1e-6)).toFixed(1)),
        floorAllowed: allowed,
      },
    ];
  },
};
