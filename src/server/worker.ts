import { hostname } from 'node:os';
import type { Clock } from '../platform/clock/index.js';
import type { Database } from '../platform/db/index.js';
import { JobQueue, type QueueDefinition } from '../platform/jobs/index.js';
import type { Logger } from '../platform/logging/index.js';
import { refreshAnalytics } from '../modules/analytics/index.js';
import { failStaleSends, hasComplianceEvaluator, runOrchestrationPass } from '../modules/outreach/index.js';
import { servicePlans } from '../modules/plans/index.js';
import { settlePromises } from '../modules/workspace/index.js';
import { channelsFromEnv, deliverJob, DELIVER_QUEUE, enqueueWith, lazyEvaluate, requeueStaleQueued, type DeliveryJob } from './delivery.js';

// A short lease: a job held by a killed worker comes back quickly (delivery is idempotent).
export const QUEUES: QueueDefinition[] = [{ name: DELIVER_QUEUE, retryLimit: 5, retryDelaySeconds: 2, retryBackoff: true, expireInSeconds: 60 }];

export interface WorkerHandle {
  jobs: JobQueue;
  /** Runs one orchestration pass now (also run on a timer by worker processes). */
  runPass(): Promise<void>;
  stop(): Promise<void>;
}

export interface WorkerOptions {
  database: Database;
  clock: Clock;
  logger: Logger;
  enqueueOnly?: boolean;
  publicUrl?: string;
  /** Seconds between orchestration passes; 0 turns them off (default KINDLY_OUTREACH_PASS_SECONDS or 300). */
  passEverySeconds?: number;
}

/** Starts the job queue and, unless `enqueueOnly`, the delivery handlers and the orchestration passes. */
export async function startWorker(opts: WorkerOptions): Promise<WorkerHandle> {
  const env = process.env;
  const jobs = new JobQueue(opts.database);
  await jobs.start(QUEUES);
  const workerName = `${hostname()}:${process.pid}`;
  const publicUrl = opts.publicUrl ?? env.KINDLY_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`;
  const channels = channelsFromEnv(env, publicUrl);
  const batchSize = Number(env.KINDLY_OUTREACH_BATCH ?? 1000);
  const requeueAfterMs = Number(env.KINDLY_OUTREACH_REQUEUE_SECONDS ?? 600) * 1000;
  let passing: Promise<void> | null = null;
  const runPass = () =>
    (passing ??= (async () => {
      try {
        if (!hasComplianceEvaluator()) return;
        const now = opts.clock.now();
        const counts = await runOrchestrationPass({ database: opts.database, now, publicUrl, evaluate: lazyEvaluate, enqueue: enqueueWith(jobs), batchSize });
        const requeued = await requeueStaleQueued(opts.database, jobs, now, requeueAfterMs);
        const failed = await failStaleSends(opts.database, now);
        // Rollups follow the pass (set-based, only the days touched since the last refresh);
        // analytics failing must not stop outreach, so it is logged apart.
        await refreshAnalytics({ database: opts.database, now }).catch((err: unknown) => opts.logger.error({ err }, 'analytics refresh failed'));
        // Counts go out as strings: a key named `email` would be taken for PHI and redacted.
        if (counts.evaluated || requeued || failed) {
          opts.logger.info({ worker: workerName, evaluated: counts.evaluated, sentByChannel: JSON.stringify(counts.sent), blockedByReason: JSON.stringify(counts.blocked), deferred: counts.deferred, requeued, failed }, 'orchestration pass');
        }
      } catch (err) {
        opts.logger.error({ err }, 'orchestration pass failed');
      } finally {
        passing = null;
      }
    })());
  let timer: NodeJS.Timeout | undefined;
  let serviceTimer: NodeJS.Timeout | undefined;
  if (!opts.enqueueOnly) {
    await jobs.work<DeliveryJob>(
      DELIVER_QUEUE,
      async (job) => {
        await deliverJob(opts.database, opts.clock, job.data, workerName, channels);
      },
      // Jobs fetched at once: each carries up to MESSAGES_PER_JOB messages.
      { batchSize: Number(env.KINDLY_DELIVER_BATCH ?? 2), pollingIntervalSeconds: 0.5 },
    );
    // Plan servicing (reminders, grace, re-plan offers, autopay) is idempotent per day, so an hourly
    // run on every worker is safe; the first run comes shortly after start.
    const serviceEvery = Number(env.KINDLY_PLAN_SERVICE_SECONDS ?? 3600);
    const servicing = async () => {
      try {
        const summary = await servicePlans({ database: opts.database, clock: opts.clock });
        if (summary.changed) opts.logger.info({ worker: workerName, serviced: summary.serviced, changed: summary.changed }, 'plan servicing');
        // Promises to pay: kept once paid, broken (with a follow-up task) once their date has passed.
        const promises = await settlePromises(opts.database, { now: opts.clock.now() });
        if (promises.kept + promises.broken) opts.logger.info({ worker: workerName, ...promises }, 'promises settled');
      } catch (err) {
        opts.logger.error({ err }, 'plan servicing failed');
      }
    };
    if (serviceEvery > 0) {
      serviceTimer = setInterval(() => void servicing(), serviceEvery * 1000);
      serviceTimer.unref();
      setTimeout(() => void servicing(), 5000).unref();
    }
    const every = opts.passEverySeconds ?? Number(env.KINDLY_OUTREACH_PASS_SECONDS ?? 300);
    if (every > 0) {
      timer = setInterval(() => void runPass(), every * 1000);
      timer.unref();
      setTimeout(() => void runPass(), 1000).unref();
    }
    opts.logger.info({ worker: workerName }, 'worker started');
  }
  return {
    jobs,
    runPass,
    stop: async () => {
      if (timer) clearInterval(timer);
      if (serviceTimer) clearInterval(serviceTimer);
      if (passing) await passing;
      await jobs.stop();
    },
  };
}
