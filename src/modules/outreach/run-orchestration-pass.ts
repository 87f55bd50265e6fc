import { sql } from 'drizzle-orm';
import { rows, type Database, type Queryable } from '../../platform/db/index.js';
import { applyOutcomes } from './apply-outcomes.js';
import { complianceEvaluator, type ComplianceEvaluator } from './compliance-questions.js';
import { decideAccount, type AccountOutcome } from './decide-account.js';
import { loadOutreachConfig, type OutreachConfig } from './journeys/load-outreach-config.js';
import { hasLivePlanTables, loadSnapshots } from './load-snapshots.js';

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

/** Gives every account without one a journey state, due now (set-based). */
export async function ensureJourneyStates(q: Queryable, now: Date, tenantId?: string): Promise<number> {
  const r = await rows<{ n: number }>(
    q,
    sql`with ins as (
          insert into journey_states (account_id, tenant_id, person_id, next_eval_at)
          select a.id, a.tenant_id, a.person_id, ${now} from accounts a
          where not exists (select 1 from journey_states j where j.account_id = a.id)
            ${tenantId ? sql`and a.tenant_id = ${tenantId}` : sql``}
          on conflict (account_id) do nothing returning 1)
        select count(*)::int as n from ins`,
  );
  return r[0]?.n ?? 0;
}

/** Claims the next batch of due accounts after `after` (keyset order), skipping rows another worker holds. */
async function claimBatch(tx: Queryable, opts: PassOptions, after: string, batchSize: number): Promise<string[]> {
  const ids = await rows<{ account_id: string }>(
    tx,
    sql`select account_id from journey_states
        where next_eval_at <= ${opts.now} and account_id > ${after}
          ${opts.tenantId ? sql`and tenant_id = ${opts.tenantId}` : sql``}
        order by account_id limit ${batchSize}
        for update skip locked`,
  );
  return ids.map((r) => r.account_id);
}

/**
 * One orchestration pass: every account whose journey is due (next_eval_at <= now) is claimed in
 * keyset-ordered batches with FOR UPDATE SKIP LOCKED (so several workers can run passes at once),
 * decided, and applied in the batch's transaction together with its delivery jobs.
 *
 * On PostgreSQL two batches are in flight on two connections: while the database applies one
 * batch, the next is claimed, loaded and decided, so JavaScript and PostgreSQL work at the same
 * time. This changes no decision: a batch reads nothing another batch of the same pass writes
 * (its own accounts' states; communications the pass creates are queued or blocked, and neither
 * counts in a contact question's history).
 */
export async function runOrchestrationPass(opts: PassOptions): Promise<PassCounts> {
  const config = opts.config ?? loadOutreachConfig();
  const evaluate = opts.evaluate ?? complianceEvaluator();
  const batchSize = opts.batchSize ?? 1000;
  const deps = { config, evaluate, publicUrl: opts.publicUrl };
  const counts = emptyCounts();
  await ensureJourneyStates(opts.database.db, opts.now, opts.tenantId);
  const livePlans = await hasLivePlanTables(opts.database.db);
  // PGlite is one connection: its batches run one after another.
  const depth = opts.database.kind === 'postgresql' ? 2 : 1;

  /** Runs one batch in its own transaction; resolves `claimed` with the batch's last id (null: none left). */
  const runBatch = (after: string) => {
    let claimed!: { resolve: (last: string | null) => void; reject: (err: unknown) => void };
    const last = new Promise<string | null>((resolve, reject) => (claimed = { resolve, reject }));
    const done = opts.database.db.transaction(async (tx): Promise<PassCounts | null> => {
      const ids = await claimBatch(tx, opts, after, batchSize);
      claimed.resolve(ids.length ? ids[ids.length - 1]! : null);
      if (ids.length === 0) return null;
      const snapshots = await loadSnapshots(tx, ids, opts.now, { livePlans });
      const outcomes: AccountOutcome[] = [];
      for (const s of snapshots) outcomes.push(await decideAccount(s, opts.now, deps));
      const queued = await applyOutcomes(tx, outcomes, opts.now);
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
  let after = '';
  try {
    while (!failure) {
      const batch = runBatch(after);
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
  } catch (error) {
    failure ??= { error };
  }
  await Promise.all(inflight);
  if (failure) throw (failure as { error: unknown }).error;
  return counts;
}
