import { hostname } from 'node:os';
import type { Clock } from '../platform/clock/index.js';
import type { Database } from '../platform/db/index.js';
import { JobQueue, type QueueDefinition } from '../platform/jobs/index.js';
import type { Logger } from '../platform/logging/index.js';
import { deliverCommunication, DELIVER_QUEUE } from './delivery.js';

export const QUEUES: QueueDefinition[] = [{ name: DELIVER_QUEUE, retryLimit: 5, retryDelaySeconds: 2, retryBackoff: true }];

export interface WorkerHandle {
  jobs: JobQueue;
  stop(): Promise<void>;
}

/** Starts the job queue and, unless `enqueueOnly`, the handlers that work it. */
export async function startWorker(opts: { database: Database; clock: Clock; logger: Logger; enqueueOnly?: boolean }): Promise<WorkerHandle> {
  const jobs = new JobQueue(opts.database);
  await jobs.start(QUEUES);
  const workerName = `${hostname()}:${process.pid}`;
  if (!opts.enqueueOnly) {
    await jobs.work<{ communicationId: string; tenantId: string }>(DELIVER_QUEUE, async (job) => {
      await deliverCommunication(opts.database, opts.clock, job.data, workerName);
    });
    opts.logger.info({ worker: workerName }, 'worker started');
  }
  return { jobs, stop: () => jobs.stop() };
}
