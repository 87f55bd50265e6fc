import { hostname } from 'node:os';
import type { Clock } from '../platform/clock/index.js';
import type { Database } from '../platform/db/index.js';
import { audit, type AccessContext } from '../platform/audit/index.js';
import { auditRetentionYears, pruneAuditLog } from '../modules/identity/index.js';
import { JobQueue, type QueueDefinition } from '../platform/jobs/index.js';
import type { Logger } from '../platform/logging/index.js';
import { refreshAnalytics } from '../modules/analytics/index.js';
import { failStaleSends, hasComplianceEvaluator, runOrchestrationPass } from '../modules/outreach/index.js';
import { servicePlans } from '../modules/plans/index.js';
import { settlePromises } from '../modules/workspace/index.js';
import { deliverWebhook, dispatchWebhookEvents, scanDropFolders, WEBHOOK_MAX_ATTEMPTS, type EnqueueWebhookDeliveries } from '../modules/integrations/index.js';
import type { ServerConfig } from './config.js';
import { rows, sqlFromText } from '../platform/db/index.js';
import { runScoring, screenBook, SCORING_RUN_QUEUE, SCORING_TRAIN_QUEUE } from '../modules/scoring/index.js';
import { deliverJob, installationChannels, type ChannelSettings, DELIVER_QUEUE, enqueueWith, lazyEvaluate, requeueStaleQueued, type DeliveryJob } from './delivery.js';

// A short lease: a job held by a killed worker comes back quickly (delivery is idempotent).
export const QUEUES: QueueDefinition[] = [{ name: DELIVER_QUEUE, retryLimit: 5, retryDelaySeconds: 2, retryBackoff: true, expireInSeconds: 60 }];
// Scoring runs over the whole book: a long lease, few retries (the next night runs it again anyway).
export const SCORING_QUEUES: QueueDefinition[] = [
  { name: SCORING_TRAIN_QUEUE, retryLimit: 1, retryDelaySeconds: 300, expireInSeconds: 3600 },
  { name: SCORING_RUN_QUEUE, retryLimit: 1, retryDelaySeconds: 300, expireInSeconds: 3600 },
];
/** Outbound webhooks: retried with exponential backoff from 10 s (about 21 minutes over all attempts). */
export const WEBHOOK_QUEUE = 'webhooks.deliver';
export const WEBHOOK_QUEUES: QueueDefinition[] = [{ name: WEBHOOK_QUEUE, retryLimit: WEBHOOK_MAX_ATTEMPTS - 1, retryDelaySeconds: 10, retryBackoff: true, expireInSeconds: 60 }];

/** Enqueues webhook delivery jobs in the dispatcher's transaction, one bulk insert. */
export function enqueueWebhooksWith(jobs: JobQueue): EnqueueWebhookDeliveries {
  return async (tx, items) => {
    if (!items.length) return;
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await rows(tx, sqlFromText(text, values)) }) };
    await jobs.boss.insert(items.map((data) => ({ name: WEBHOOK_QUEUE, data, singletonKey: data.deliveryId })), { db });
  };
}

/** Audit rows older than each tenant's retention (six years at least) are deleted nightly at 02:30 UTC. */
export const AUDIT_PRUNE_QUEUE = 'audit.prune';
export const AUDIT_PRUNE_CRON = '30 2 * * *';
export const AUDIT_QUEUES: QueueDefinition[] = [{ name: AUDIT_PRUNE_QUEUE, retryLimit: 2, retryDelaySeconds: 600, expireInSeconds: 3600 }];

/**
 * Prunes every tenant's audit log to its retention setting (pruneAuditLog never goes below six
 * years) and records what went as an audit row of its own.
 */
export async function pruneAuditLogs(database: Database, clock: Clock): Promise<Array<{ tenantId: string; pruned: number }>> {
  const now = clock.now();
  const out: Array<{ tenantId: string; pruned: number }> = [];
  for (const t of await database.query<{ id: string }>('select id from tenants order by id')) {
    const pruned = await database.db.transaction(async (tx) => {
      const n = await pruneAuditLog(tx, t.id, now);
      const ctx: AccessContext = { tenantId: t.id, actor: { kind: 'system', id: 'audit-retention', roles: [] }, purpose: 'operations', clock };
      if (n) await audit(tx, ctx, { action: 'write', recordType: 'audit_retention', recordId: t.id, details: { pruned: n, years: await auditRetentionYears(tx, t.id) } });
      return n;
    });
    out.push({ tenantId: t.id, pruned });
  }
  return out;
}

/** Weekly retraining (Sunday 03:00 UTC; scores and screening follow it) and nightly scoring and screening. */
export const SCORING_TRAIN_CRON = '0 3 * * 0';
export const SCORING_RUN_CRON = '0 4 * * 1-6';

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
  /** The installation's channels, drop root and timers (from `loadConfig`). */
  config: WorkerConfig;
}

/** What a worker takes from the server's configuration. */
export type WorkerConfig = ChannelSettings & Pick<ServerConfig, 'dropDir' | 'worker'>;

/** Starts the job queue and, unless `enqueueOnly`, the delivery handlers and the orchestration passes. */
export async function startWorker(opts: WorkerOptions): Promise<WorkerHandle> {
  // pg-boss's cron timekeeper on PostgreSQL; the embedded database (one process) uses a timer below.
  const cron = opts.database.kind === 'postgresql' && !opts.enqueueOnly;
  const jobs = new JobQueue(opts.database, { schedule: cron });
  await jobs.start([...QUEUES, ...SCORING_QUEUES, ...WEBHOOK_QUEUES, ...AUDIT_QUEUES]);
  const workerName = `${hostname()}:${process.pid}`;
  const settings = opts.config.worker;
  const publicUrl = opts.config.publicUrl;
  const channels = installationChannels(opts.config);
  const batchSize = settings.outreachBatch;
  const requeueAfterMs = settings.requeueSeconds * 1000;
  const screenNewAccounts = async (now: Date) => {
    const tenants = await opts.database.query<{ id: string }>('select id from tenants order by id');
    for (const t of tenants) await screenBook({ database: opts.database, tenantId: t.id, now, onlyUnscreened: true });
  };
  const scoring = async (train: boolean) => {
    const r = await runScoring({ database: opts.database, now: opts.clock.now(), train });
    for (const t of r.tenants) opts.logger.info({ worker: workerName, tenant: t.tenantId, trained: train, modelVersion: t.scored.modelVersion, scored: t.scored.scored, screened: t.screened.screened, tasksCreated: t.screened.tasksCreated }, 'scoring run');
  };
  let passing: Promise<void> | null = null;
  const runPass = () =>
    (passing ??= (async () => {
      try {
        if (!hasComplianceEvaluator()) return;
        const now = opts.clock.now();
        // Presumptive screening before any account enters a collection step: accounts new since
        // the last screening are screened first (the whole book is re-screened nightly).
        await screenNewAccounts(now).catch((err: unknown) => opts.logger.error({ err }, 'presumptive screening failed'));
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
  let scoringTimer: NodeJS.Timeout | undefined;
  let dropTimer: NodeJS.Timeout | undefined;
  let webhookTimer: NodeJS.Timeout | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  if (!opts.enqueueOnly) {
    await jobs.work<DeliveryJob>(
      DELIVER_QUEUE,
      async (job) => {
        await deliverJob(opts.database, opts.clock, job.data, workerName, channels, opts.config);
      },
      // Jobs fetched at once: each carries up to MESSAGES_PER_JOB messages.
      { batchSize: settings.deliverBatch, pollingIntervalSeconds: 0.5 },
    );
    // Plan servicing (reminders, grace, re-plan offers, autopay) is idempotent per day, so an hourly
    // run on every worker is safe; the first run comes shortly after start.
    const serviceEvery = settings.planServiceSeconds;
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
    await jobs.work(SCORING_TRAIN_QUEUE, () => scoring(true), { batchSize: 1, pollingIntervalSeconds: 30 });
    await jobs.work(SCORING_RUN_QUEUE, () => scoring(false), { batchSize: 1, pollingIntervalSeconds: 30 });
    // Train when the newest model is a week old and score when the newest scores are a day old:
    // shortly after start (a new install or the demo is scored within a minute), then hourly on
    // the embedded database; PostgreSQL keeps the cadence with pg-boss cron.
    const checkScoring = () =>
      (async () => {
        const now = opts.clock.now().getTime();
        const [r] = await opts.database.query<{ trained: Date | null; scored: Date | null; owing: boolean }>(
          `select (select max(trained_at) from scoring_models) as trained, (select max(scored_at) from account_scores) as scored,
             exists (select 1 from accounts where patient_due_cents > 0) as owing`,
        );
        if (!r?.owing) return;
        const age = (d: Date | null) => (d ? now - new Date(d).getTime() : Infinity);
        if (age(r.trained) > 7 * 86_400_000) await jobs.send(SCORING_TRAIN_QUEUE, {}, { singletonKey: 'scoring-train' });
        else if (age(r.scored) > 86_400_000) await jobs.send(SCORING_RUN_QUEUE, {}, { singletonKey: 'scoring-run' });
      })().catch((err: unknown) => opts.logger.error({ err }, 'scoring check failed'));
    const checkEvery = settings.scoringCheckSeconds;
    if (cron) {
      await jobs.schedule(SCORING_TRAIN_QUEUE, SCORING_TRAIN_CRON, {});
      await jobs.schedule(SCORING_RUN_QUEUE, SCORING_RUN_CRON, {});
    } else if (checkEvery > 0) {
      scoringTimer = setInterval(() => void checkScoring(), checkEvery * 1000);
      scoringTimer.unref();
    }
    if (checkEvery > 0) setTimeout(() => void checkScoring(), 15_000).unref();
    await jobs.work<{ tenantId: string; deliveryId: string }>(WEBHOOK_QUEUE, async (job) => {
      await deliverWebhook({ database: opts.database, now: opts.clock.now(), tenantId: job.data.tenantId, deliveryId: job.data.deliveryId });
    }, { batchSize: 5, pollingIntervalSeconds: 1 });
    const webhookEvery = settings.webhookSeconds;
    let dispatching: Promise<void> | null = null;
    const dispatchWebhooks = () =>
      (dispatching ??= dispatchWebhookEvents({ database: opts.database, now: opts.clock.now(), enqueue: enqueueWebhooksWith(jobs) })
        .then((n) => {
          if (n) opts.logger.info({ worker: workerName, deliveries: n }, 'webhooks dispatched');
        })
        .catch((err: unknown) => opts.logger.error({ err }, 'webhook dispatch failed'))
        .finally(() => (dispatching = null)));
    if (webhookEvery > 0) {
      webhookTimer = setInterval(() => void dispatchWebhooks(), webhookEvery * 1000);
      webhookTimer.unref();
    }
    await jobs.work(AUDIT_PRUNE_QUEUE, async () => {
      const r = await pruneAuditLogs(opts.database, opts.clock);
      const pruned = r.reduce((n, x) => n + x.pruned, 0);
      if (pruned) opts.logger.info({ worker: workerName, pruned }, 'audit log pruned');
    }, { batchSize: 1, pollingIntervalSeconds: 30 });
    if (cron) await jobs.schedule(AUDIT_PRUNE_QUEUE, AUDIT_PRUNE_CRON, {});
    else {
      // The embedded database has no cron timekeeper: once a day from shortly after start.
      const day = () => void jobs.send(AUDIT_PRUNE_QUEUE, {}, { singletonKey: 'audit-prune' }).catch((err: unknown) => opts.logger.error({ err }, 'audit prune enqueue failed'));
      pruneTimer = setInterval(day, 86_400_000);
      pruneTimer.unref();
      setTimeout(day, 60_000).unref();
    }
    // Drop folders: files a tenant's systems leave in its folder are ingested like uploads.
    const dropEvery = settings.dropSeconds;
    let scanning: Promise<void> | null = null;
    const scanDrops = () =>
      (scanning ??= scanDropFolders({ database: opts.database, root: opts.config.dropDir, clock: opts.clock })
        .then((r) => {
          if (r.length) opts.logger.info({ worker: workerName, files: r.length, failed: r.filter((f) => f.status === 'failed').length }, 'drop folders');
        })
        .catch((err: unknown) => opts.logger.error({ err }, 'drop folder scan failed'))
        .finally(() => (scanning = null)));
    if (dropEvery > 0) {
      dropTimer = setInterval(() => void scanDrops(), dropEvery * 1000);
      dropTimer.unref();
    }
    const every = settings.passSeconds;
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
      if (scoringTimer) clearInterval(scoringTimer);
      if (dropTimer) clearInterval(dropTimer);
      if (webhookTimer) clearInterval(webhookTimer);
      if (pruneTimer) clearInterval(pruneTimer);
      if (passing) await passing;
      await jobs.stop();
    },
  };
}
