import type { Database } from '../../platform/db/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import type { Channels } from './channels/channel.js';
import { complianceEvaluator, type ComplianceEvaluator } from './compliance-questions.js';
import { deliverDueCommunications } from './deliver-communication.js';
import { loadOutreachConfig, type OutreachConfig } from './journeys/load-outreach-config.js';
import { addCounts, emptyCounts, runOrchestrationPass, type PassCounts } from './run-orchestration-pass.js';

export interface CycleOptions {
  database: Database;
  from: Date;
  until: Date;
  everyMs: number;
  publicUrl: string;
  /** Where deliveries go: the sandbox channels and a simulated dialer (see server/delivery.ts). */
  channels: Channels;
  evaluate?: ComplianceEvaluator;
  config?: OutreachConfig;
  tenantId?: string;
  batchSize?: number;
  /** Runs before each pass at its instant: tests and the simulator play out people's behavior here. */
  beforePass?: (now: Date, clock: ManualClock) => Promise<void>;
}

export interface CycleSummary extends PassCounts {
  from: string;
  until: string;
  passes: number;
  /** Delivery results at send time: sent/delivered, blocked or cancelled by the re-check. */
  deliveries: Record<string, number>;
}

/**
 * Runs the worker's orchestration passes as if the clock moved from `from` to `until` in steps of
 * `everyMs` (a ManualClock), delivering what each pass queued at that same simulated instant.
 */
export async function runSimulatedCycle(opts: CycleOptions): Promise<CycleSummary> {
  const config = opts.config ?? loadOutreachConfig();
  const evaluate = opts.evaluate ?? complianceEvaluator();
  const clock = new ManualClock(opts.from);
  const total = emptyCounts();
  const deliveries: Record<string, number> = {};
  let passes = 0;
  while (clock.now() <= opts.until) {
    const now = clock.now();
    if (opts.beforePass) await opts.beforePass(now, clock);
    addCounts(total, await runOrchestrationPass({ database: opts.database, now, publicUrl: opts.publicUrl, config, evaluate, tenantId: opts.tenantId, batchSize: opts.batchSize }));
    const delivered = await deliverDueCommunications(opts.database, now, { channels: opts.channels, evaluate, worker: 'cycle' }, { tenantId: opts.tenantId });
    for (const [k, v] of Object.entries(delivered)) deliveries[k] = (deliveries[k] ?? 0) + v;
    passes++;
    clock.set(new Date(now.getTime() + opts.everyMs));
  }
  return { from: opts.from.toISOString(), until: opts.until.toISOString(), passes, ...total, deliveries };
}
