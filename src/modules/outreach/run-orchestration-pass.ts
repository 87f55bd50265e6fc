import { sql } from 'drizzle-orm';
import { rows, type Database, type Queryable } from '../../platform/db/index.js';
import { applyOutcomes, createJourneyStates } from './apply-outcomes.js';
import { complianceEvaluator, tenantEvaluator, type ComplianceEvaluator } from './compliance-questions.js';
import { decideAccount, type AccountOutcome, type DecideDeps } from './decide-account.js';
import { loadOutreachConfig, type OutreachConfig } from './journeys/load-outreach-config.js';
import { loadRunningExperiments } from './experiments/manage-experiments.js';
import { applyAccountChanges } from './apply-account-changes.js';
import { tenantOutreachConfig } from './journeys/tenant-config.js';
import { loadSnapshots } from './load-snapshots.js';

/** Enqueues delivery of newly queued communications inside the pass's transaction (outbox). */
export type EnqueueDeliveries = (tx: Queryable, items: Array<{ communicationId: string; tenantId: string; startAfter?: Date }>) => Promise<void>;

export interface PassOptions {
  database: Database;
  now: Date;
  publicUrl: string;
  config?: OutreachConfig;
  evaluate?: ComplianceEvaluator;
  /** Without it, queued messages wait for `deliverDueCommunications` (the simulated cycle). */
  enqueue?: EnqueueDeliveries;
  tenantId?: string;
  batchSize?: number;
  /** Called after each committed batch (progress, tests that interrupt a pass). */
  onBatch?: (counts: PassCounts) => void | Promise<void>;
}

export interface PassCounts {
  evaluated: number;
  sent: Record<string, number>;
  blocked: Record<string, number>;
  deferred: number;
  paused: Record<string, number>;
  completed: number;
  waiting: number;
  batches: number;
}

export function emptyCounts(): PassCounts {
  return { evaluated: 0, sent: {}, blocked: {}, deferred: 0, paused: {}, completed: 0, waiting: 0, batches: 0 };
}

const bump = (m: Record<string, number>, k: string, n = 1) => {
  m[k] = (m[k] ?? 0) + n;
};

/** Adds one pass's counts into a running total. */
export function addCounts(total: PassCounts, c: PassCounts): PassCounts {
  total.evaluated += c.evaluated;
  total.deferred += c.deferred;
  total.completed += c.completed;
  total.waiting += c.waiting;
  total.batches += c.batches;
  for (const [k, v] of Object.entries(c.sent)) bump(total.sent, k, v);
  for (const [k, v] of Object.entries(c.blocked)) bump(total.blocked, k, v);
  for (const [k, v] of Object.entries(c.paused)) bump(total.paused, k, v);
  return total;
}

function count(counts: PassCounts, o: AccountOutcome): void {
  counts.evaluated++;
  switch (o.result) {
    case 'sent':
      bump(counts.sent, o.channel ?? 'unknown');
      break;
    case 'blocked':
      for (const r of o.reasons.length ? o.reasons : ['unknown']) bump(counts.blocked, r);
      break;
    case 'deferred':
      counts.deferred++;
      break;
    case 'paused':
      bump(counts.paused, o.reasons[0] ?? 'unknown');
      break;
    case 'completed':
      counts.completed++;
      break;
    case 'waiting':
      counts.waiting++;
      break;
  }
}

/**
 * Settings for a batch's transaction. Its statements find a few thousand rows by key, so they
 * probe indexes in nested loops: the planner would otherwise scan whole tables (hash joins,
 * sequential scans) while tables are small or their statistics lag behind a growing pass, and a
 * scan per batch makes a pass quadratic in the number of accounts. No JIT (compiling a plan
 * costs 100-300 ms, more than running it) and no parallel workers for statements this short.
 */
const BATCH_SETTINGS = sql`select set_config('enable_seqscan', 'off', true), set_config('enable_hashjoin', 'off', true),
  set_config('enable_mergejoin', 'off', true), set_config('enable_bitmapscan', 'off', true), set_config('jit', 'off', true),
  set_config('max_parallel_workers_per_gather', '0', true)`;

/** Where a walk stands: the last account claimed and, for due states, its next_eval_at (as text, exact to the microsecond). */
interface Cursor {
  id: string;
  at: string | null;
}

/**
 * The tenant's next batch of accounts after the cursor (id order, along accounts' (tenant_id, id)
 * key) that have no journey state yet. They are not locked: createJourneyStates' insert decides
 * which worker takes each one.
 */
async function newAccounts(tx: Queryable, tenantId: string, after: Cursor | null, batchSize: number): Promise<Cursor[]> {
  return rows<Cursor>(
    tx,
    sql`select a.id, null as at from accounts a
        where a.tenant_id = ${tenantId} and a.id > ${after?.id ?? ''}
          and not exists (select 1 from journey_states j where j.account_id = a.id)
        order by a.tenant_id, a.id limit ${batchSize}`,
  );
}

/**
 * Whether some account of the tenant has no journey state yet. Every state belongs to an account
 * (foreign key), so comparing the two counts answers it for the cost of two index-only counts,
 * and a pass over a settled book skips the search for new accounts.
 */
async function anyNewAccounts(q: Queryable, tenantId: string): Promise<boolean> {
  const [r] = await rows<{ more: boolean }>(
    q,
    sql`select (select count(*) from accounts where tenant_id = ${tenantId}) > (select count(*) from journey_states where tenant_id = ${tenantId}) as more`,
  );
  return r?.more ?? false;
}

/**
 * Claims the tenant's next batch of due accounts after the cursor, in (next_eval_at, account_id)
 * order along journey_states_due_order, skipping rows another worker holds. Each batch continues
 * the index range where the last one stopped, so a pass reads every due state once however many
 * there are (a batch that collected and sorted all due states first would make it quadratic).
 */
async function dueAccounts(tx: Queryable, tenantId: string, now: Date, after: Cursor | null, batchSize: number): Promise<Cursor[]> {
  return rows<Cursor>(
    tx,
    sql`select account_id as id, next_eval_at::text as at from journey_states
        where tenant_id = ${tenantId} and next_eval_at <= ${now}
          ${after ? sql`and (next_eval_at, account_id) > (${after.at}::timestamptz, ${after.id})` : sql``}
        order by tenant_id, next_eval_at, account_id limit ${batchSize}
        for update skip locked`,
  );
}

/**
 * One orchestration pass, tenant by tenant: first the accounts seen for the first time (their
 * journey state is created from their first decision), then every account whose journey is due
 * (next_eval_at <= now), claimed in keyset-ordered batches with FOR UPDATE SKIP LOCKED (so several
 * workers can run passes at once). Each batch is decided and applied in its own transaction
 * together with its delivery jobs.
 *
 * On PostgreSQL up to three batches are in flight on their own connections: while the database
 * applies one batch and loads another, JavaScript decides a third, so both cores work at once.
 * This changes no decision: a batch reads nothing another batch of the same pass writes (its own
 * accounts' states; communications the pass creates are queued or blocked, and neither counts in
 * a contact question's history).
 */
export async function runOrchestrationPass(opts: PassOptions): Promise<PassCounts> {
  const config = opts.config ?? loadOutreachConfig();
  const evaluate = opts.evaluate ?? complianceEvaluator();
  const batchSize = opts.batchSize ?? 1000;
  // Running experiments, loaded once per pass (by tenant, then journey step).
  const experiments = await loadRunningExperiments(opts.database.db, opts.tenantId);
  const counts = emptyCounts();
  // Batches in flight at once: while PostgreSQL applies one and reads the next, JavaScript decides
  // a third. PGlite is one connection: its batches run one after another.
  const depth = opts.database.kind === 'postgresql' ? 3 : 1;

  /** Runs one batch in its own transaction; `last` resolves with the batch's cursor once claimed (null: none left). */
  const runBatch = (tenantId: string, deps: DecideDeps, phase: 'new' | 'due', after: Cursor | null) => {
    let claimed!: { resolve: (last: Cursor | null) => void; reject: (err: unknown) => void };
    const last = new Promise<Cursor | null>((resolve, reject) => (claimed = { resolve, reject }));
    const done = opts.database.db.transaction(async (tx): Promise<PassCounts | null> => {
      await tx.execute(BATCH_SETTINGS);
      const keys = phase === 'new' ? await newAccounts(tx, tenantId, after, batchSize) : await dueAccounts(tx, tenantId, opts.now, after, batchSize);
      claimed.resolve(keys.length ? keys[keys.length - 1]! : null);
      if (keys.length === 0) return null;
      const snapshots = await loadSnapshots(tx, keys.map((k) => k.id), opts.now);
      let outcomes: AccountOutcome[] = [];
      for (const s of snapshots) outcomes.push(await decideAccount(s, opts.now, deps));
      if (phase === 'new') {
        const created = await createJourneyStates(tx, outcomes, opts.now);
        if (created.size < outcomes.length) outcomes = outcomes.filter((o) => created.has(o.accountId));
      }
      const queued = await applyOutcomes(tx, outcomes, opts.now, { statesCreated: phase === 'new' });
      if (queued.length && opts.enqueue) {
        const tenantOf = new Map(outcomes.map((o) => [o.communication?.id, o.tenantId]));
        await opts.enqueue(tx, queued.map((id) => ({ communicationId: id, tenantId: tenantOf.get(id)! })));
      }
      const batch = emptyCounts();
      for (const o of outcomes) count(batch, o);
      batch.batches = 1;
      return batch;
    });
    done.catch((err: unknown) => claimed.reject(err));
    return { last, done };
  };

  const inflight = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  try {
    const tenants = opts.tenantId ? [opts.tenantId] : (await rows<{ id: string }>(opts.database.db, sql`select id from tenants order by id`)).map((t) => t.id);
    for (const tenantId of tenants) {
      // The tenant's rules are read once per pass: a change of rules takes effect at the next pass.
      // The tenant's published templates and journeys (configuration module) over the shipped ones.
      const deps: DecideDeps = { config: await tenantOutreachConfig(opts.database.db, tenantId, config), evaluate: await tenantEvaluator(opts.database.db, tenantId, evaluate), publicUrl: opts.publicUrl, experiments };
      // What other modules published since the last pass (a payment, a plan change, a decision on
      // assistance) makes those accounts due now, before the due accounts are claimed.
      await opts.database.db.transaction((tx) => applyAccountChanges(tx, { tenantId, now: opts.now }));
      const phases = (await anyNewAccounts(opts.database.db, tenantId)) ? (['new', 'due'] as const) : (['due'] as const);
      for (const phase of phases) {
        let after: Cursor | null = null;
        while (!failure) {
          const batch = runBatch(tenantId, deps, phase, after);
          const last = await batch.last;
          const settled: Promise<void> = batch.done
            .then(async (c) => {
              if (!c) return;
              addCounts(counts, c);
              if (opts.onBatch) await opts.onBatch(counts);
            })
            .catch((error: unknown) => {
              failure ??= { error };
            })
            .finally(() => inflight.delete(settled));
          inflight.add(settled);
          if (last === null) break;
          after = last;
          while (inflight.size >= depth) await Promise.race(inflight);
        }
        // New accounts' states are all committed before the due phase looks for due states.
        await Promise.all(inflight);
      }
    }
  } catch (error) {
    failure ??= { error };
  }
  await Promise.all(inflight);
  if (failure) throw (failure as { error: unknown }).error;
  return counts;
}
