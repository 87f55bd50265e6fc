import PgBoss from 'pg-boss';
import { rows, sqlFromText, type Database, type Queryable } from '../db/index.js';

const JOBS_START_LOCK_KEY = 72_917_002;

export interface JobOptions {
  /** Enqueue inside this transaction: the job exists only if the domain change commits (outbox). */
  tx?: Queryable;
  /** Deterministic key: a second send with the same key while the first is queued is dropped. */
  singletonKey?: string;
  startAfter?: Date | number;
  id?: string;
}

export interface QueueDefinition {
  name: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Exponential backoff between retries. */
  retryBackoff?: boolean;
  expireInSeconds?: number;
}

export type JobHandler<T> = (job: { id: string; data: T }) => Promise<void>;

/**
 * Background jobs on pg-boss 10: jobs are rows in PostgreSQL (or PGlite through pg-boss's `db`
 * adapter), claimed with FOR UPDATE SKIP LOCKED, retried with backoff and dead-lettered to
 * `<queue>.dead` when retries run out. Workers coordinate only through the database.
 */
export class JobQueue {
  readonly boss: PgBoss;
  private started = false;

  constructor(private readonly database: Database, opts: { schema?: string; /** Run pg-boss's cron timekeeper (for `schedule`). */ schedule?: boolean } = {}) {
    const schema = opts.schema ?? (database.schema === 'public' ? 'pgboss' : `${database.schema}_boss`);
    const common = { schema, supervise: true, schedule: opts.schedule ?? false, migrate: true } as const;
    this.boss =
      database.kind === 'postgresql'
        ? new PgBoss({ ...common, connectionString: database.connectionString, max: 4 })
        : new PgBoss({ ...common, db: database.pgBossAdapter as PgBoss.Db });
    this.boss.on('error', (err) => {
      // Supervisor errors are transient (a dropped connection); pg-boss retries on its own.
      process.emitWarning(`pg-boss: ${(err as Error).message}`);
    });
  }

  async start(queues: QueueDefinition[]): Promise<void> {
    // pg-boss creates its schema and queues with DDL that deadlocks when several processes start at
    // once (seen with two workers); a session advisory lock makes start-up one process at a time.
    if (this.database.kind === 'postgresql') {
      await this.database.session(async (s) => {
        await s.query('select pg_advisory_lock($1)', [JOBS_START_LOCK_KEY]);
        try {
          await this.startUnlocked(queues);
        } finally {
          await s.query('select pg_advisory_unlock($1)', [JOBS_START_LOCK_KEY]);
        }
      });
    } else {
      await this.startUnlocked(queues);
    }
  }

  private async startUnlocked(queues: QueueDefinition[]): Promise<void> {
    if (!this.started) {
      await this.boss.start();
      this.started = true;
    }
    for (const q of queues) {
      const dead = `${q.name}.dead`;
      await this.boss.createQueue(dead);
      await this.boss.createQueue(q.name, {
        name: q.name,
        retryLimit: q.retryLimit ?? 5,
        retryDelay: q.retryDelaySeconds ?? 5,
        retryBackoff: q.retryBackoff ?? true,
        expireInSeconds: q.expireInSeconds ?? 15 * 60,
        deadLetter: dead,
      });
    }
  }

  async send<T extends object>(name: string, data: T, opts: JobOptions = {}): Promise<string | null> {
    const { tx, ...rest } = opts;
    const sendOptions: PgBoss.SendOptions = {};
    if (rest.singletonKey) sendOptions.singletonKey = rest.singletonKey;
    if (rest.startAfter !== undefined) sendOptions.startAfter = rest.startAfter instanceof Date ? rest.startAfter : rest.startAfter;
    if (rest.id) sendOptions.id = rest.id;
    if (tx) {
      sendOptions.db = {
        executeSql: async (text: string, values: unknown[]) => ({ rows: await rows(tx, sqlFromText(text, values)) }),
      };
    }
    return this.boss.send(name, data, sendOptions);
  }

  /** Processes jobs one batch at a time; a thrown error fails the job (retried, then dead-lettered). */
  async work<T>(name: string, handler: JobHandler<T>, opts: { batchSize?: number; pollingIntervalSeconds?: number } = {}): Promise<string> {
    return this.boss.work<T>(name, { batchSize: opts.batchSize ?? 10, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1 }, async (jobs) => {
      for (const job of jobs) await handler({ id: job.id, data: job.data });
    });
  }

  /** A cron schedule (UTC) that sends `name` a job; idempotent (re-scheduling replaces it). Needs `schedule: true`. */
  async schedule<T extends object>(name: string, cron: string, data: T): Promise<void> {
    await this.boss.schedule(name, cron, data, { tz: 'UTC' });
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000, close: this.database.kind === 'postgresql' });
  }
}
