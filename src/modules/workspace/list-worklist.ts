import { sql, type SQL } from 'drizzle-orm';
import { auditInsertSql, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Db, type Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { agingBucket } from '../ledger/index.js';
import type { QuestionColumns } from '../outreach/index.js';
import { checkContactsOfRows, contactCheckColumnsSql } from './contact-check.js';
import { accountsMatchingSql, personNameOf, rankedAccountsMatchingSql, withPersonNamesAuditedSql, type PersonNameColumns } from './search-accounts.js';
import { basePoints, rankKey, signalKindsNowSql, signalPointsNowSql } from './worklist-priority.js';

export const WORKLIST_AGING = ['current', '1-30', '31-60', '61-90', '91-120', '120+'] as const;
export type WorklistAging = (typeof WORKLIST_AGING)[number];

export interface ListWorklistOptions {
  limit?: number;
  /** The `next` cursor of the previous page. */
  after?: string;
  status?: string;
  aging?: WorklistAging;
  minBalanceCents?: number;
  maxBalanceCents?: number;
  language?: string;
  search?: string;
  /** 'me': accounts with an open task assigned to me; 'team:<id>': to anyone on that team. */
  assigned?: string;
}

export interface WorklistItem {
  accountId: string;
  externalRef: string;
  personId: string;
  personName: string;
  language: string;
  status: string;
  dueOn: string | null;
  aging: string;
  patientDueCents: number;
  priority: number;
  /** Why the account is ranked where it is: 'callback', 'plan_missed', or an open task kind. */
  signals: string[];
  callable: boolean;
  blockedBy: string[];
  nextCallAt: string | null;
}

interface Cursor {
  /** 1: accounts with a signal, 2: the rest, 3: search results. */
  t: 1 | 2 | 3;
  k: number;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if ([1, 2, 3].includes(c.t) && Number.isInteger(c.k) && typeof c.id === 'string') return c;
  } catch {
    // falls through to the error below
  }
  throw new AppError('validation_failed', { message: 'bad worklist cursor', issues: [{ path: 'after', message: 'is not a cursor this list returned' }] });
}

interface Row extends PersonNameColumns, QuestionColumns {
  id: string;
  external_ref: string;
  person_id: string;
  status: string;
  due_on: string | Date | null;
  patient_due_cents: string | number;
  rank_key: string | number;
  pts: string | number | null;
  kinds: string[] | null;
}

/** One tier's listing statement and its order (over the alias `r` of its rows). */
interface Tier {
  listing: SQL;
  order: SQL;
}

const COLUMNS = sql`a.id, a.external_ref, a.person_id, a.status, a.due_on::text as due_on, a.patient_due_cents, ${rankKey} as rank_key`;
/** The columns of `accounts` that COLUMNS, the rank key and the filters read. */
const MATCHED_COLUMNS = sql`a.id, a.tenant_id, a.person_id, a.external_ref, a.status, a.due_on, a.service_date, a.patient_due_cents`;

/** The worklist's filters as SQL conditions on accounts `a`. */
function filters(opts: ListWorklistOptions, today: string, ctx?: AccessContext): SQL[] {
  const out: SQL[] = [];
  if (opts.assigned && ctx) {
    const who = opts.assigned === 'me'
      ? sql`k.assigned_to = ${ctx.actor.id}`
      : sql`k.assigned_to in (select m.user_id from team_members m where m.tenant_id = ${ctx.tenantId} and m.team_id = ${opts.assigned.replace(/^team:/, '')})`;
    out.push(sql`exists (select 1 from agent_tasks k where k.tenant_id = a.tenant_id and k.account_id = a.id and k.status = 'open' and ${who})`);
  }
  if (opts.status) out.push(sql`a.status = ${opts.status}`);
  if (opts.minBalanceCents !== undefined) out.push(sql`a.patient_due_cents >= ${opts.minBalanceCents}`);
  if (opts.maxBalanceCents !== undefined) out.push(sql`a.patient_due_cents <= ${opts.maxBalanceCents}`);
  if (opts.language) out.push(sql`exists (select 1 from persons p where p.tenant_id = a.tenant_id and p.id = a.person_id and p.language = ${opts.language})`);
  if (opts.aging) {
    // Days past due per bucket, the same edges as the ledger's agingBucket.
    const edges: Record<WorklistAging, [number, number | null]> = { current: [-1e6, 0], '1-30': [1, 30], '31-60': [31, 60], '61-90': [61, 90], '91-120': [91, 120], '120+': [121, null] };
    const [lo, hi] = edges[opts.aging];
    if (opts.aging === 'current') out.push(sql`(a.due_on is null or a.due_on >= ${today}::date)`);
    else {
      out.push(sql`a.due_on <= ${today}::date - ${lo}::int`);
      if (hi !== null) out.push(sql`a.due_on >= ${today}::date - ${hi}::int`);
    }
  }
  return out;
}

const and = (parts: SQL[]) => (parts.length ? sql`and ${sql.join(parts, sql` and `)}` : sql``);

/**
 * Accounts with a signal now, ranked from the read model `worklist_signals` (migrations/0040), which
 * triggers keep current with the tasks, plans, scores, promises and the accounts' rank keys.
 * Rows whose points do not depend on the clock (no snoozed task, no pending promise) are read in
 * rank order from the index `worklist_signals_rank`; the few others are scored at `now` and sorted.
 * `accounts` is read only for the rows shown (and, with filters, for those the filters skip).
 */
function signalTier(ctx: AccessContext, opts: ListWorklistOptions, today: string, now: Date, after: Cursor | null, limit: number): Tier {
  const past = (key: SQL) => (after ? sql`and (${key}, w.account_id) > (${after.k}::bigint, ${after.id})` : sql``);
  const shown = sql`w.account_id, w.fixed_kinds, w.snoozed_until, w.snoozed_kinds, w.promise_due_on`;
  const conditions = filters(opts, today, ctx);
  // Without filters every listed row is shown (the read model's `listed` is the account's
  // patient_due_cents > 0), so each part can stop after `limit` rows.
  const bound = conditions.length ? sql`` : sql`order by k, account_id limit ${limit}`;
  const steady = sql`select ${shown}, w.fixed_pts as pts, w.rank_key - w.fixed_pts as k from worklist_signals w
    where w.tenant_id = ${ctx.tenantId} and w.listed and cardinality(w.snoozed_until) = 0 and cardinality(w.promise_due_on) = 0 and w.fixed_pts > 0
      ${past(sql`w.rank_key - w.fixed_pts`)} ${bound}`;
  const clocked = sql`select ${shown}, w.pts, w.rank_key - w.pts as k from (
      select w.*, ${signalPointsNowSql('w', now, today)} as pts from worklist_signals w
      where w.tenant_id = ${ctx.tenantId} and w.listed and (cardinality(w.snoozed_until) > 0 or cardinality(w.promise_due_on) > 0)) w
    where w.pts > 0 ${past(sql`w.rank_key - w.pts`)} ${bound}`;
  return {
    listing: sql`select ${COLUMNS}, s.pts, ${signalKindsNowSql('s', now, today)} as kinds, s.k as sort_k
        from (select * from ((${steady}) union all (${clocked})) u order by k, account_id ${conditions.length ? sql`` : sql`limit ${limit}`}) s
        cross join lateral (
          -- One index probe per candidate, in rank order, until the page is full (offset 0 keeps the
          -- planner from flattening this into a join that reads every account of the tenant).
          select a.* from accounts a
          where a.tenant_id = ${ctx.tenantId} and a.id = s.account_id and a.patient_due_cents > 0 ${and(conditions)}
          offset 0) a
        order by s.k, s.account_id
        limit ${limit}`,
    order: sql`r.sort_k, r.id`,
  };
}

function restTier(ctx: AccessContext, opts: ListWorklistOptions, today: string, now: Date, after: Cursor | null, limit: number): Tier {
  const cursor = after ? sql`and (${rankKey}, a.id) > (${after.k}::bigint, ${after.id})` : sql``;
  return {
    listing: sql`select ${COLUMNS}, null as pts, null as kinds
        from accounts a
        where a.tenant_id = ${ctx.tenantId} and a.patient_due_cents > 0 ${and(filters(opts, today, ctx))} ${cursor}
          and not exists (select 1 from worklist_signals w where w.tenant_id = a.tenant_id and w.account_id = a.id and ${signalPointsNowSql('w', now, today)} > 0)
        order by ${rankKey}, a.id
        limit ${limit}`,
    order: sql`r.rank_key, r.id`,
  };
}

function searchTier(ctx: AccessContext, opts: ListWorklistOptions, today: string, after: Cursor | null, limit: number): Tier | null {
  // The matching accounts carry the columns the page shows, ranks and filters on: `accounts` is
  // read once, by the probes that find them.
  const conditions = filters(opts, today, ctx);
  if (!conditions.length) {
    // Without filters the page needs only each match's rank: the matches are ranked from the
    // people's stored rank keys, and `accounts` is read for the rows the page lists.
    const ranked = rankedAccountsMatchingSql(ctx.tenantId, opts.search!, after, limit);
    if (!ranked) return null;
    return {
      listing: sql`select ${COLUMNS}, null as pts, null as kinds
          from (${ranked}) m cross join lateral (select a.* from accounts a where a.tenant_id = ${ctx.tenantId} and a.id = m.id offset 0) a
          order by m.rank_key, m.id`,
      order: sql`r.rank_key, r.id`,
    };
  }
  const matching = accountsMatchingSql(ctx.tenantId, opts.search!, MATCHED_COLUMNS);
  if (!matching) return null;
  if (after) conditions.push(sql`(${rankKey}, a.id) > (${after.k}::bigint, ${after.id})`);
  // A search finds every account of the person, paid ones too: the caller may be asking about one.
  return {
    listing: sql`select ${COLUMNS}, null as pts, null as kinds
        from ${matching} a
        ${conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}
        order by ${rankKey}, a.id
        limit ${sql.raw(String(Math.trunc(limit)))}`,
    order: sql`r.rank_key, r.id`,
  };
}

/**
 * Runs a tier asked for `limit` rows, of which the page shows at most `limit - 1` (one more tells
 * whether there is a next page): the same statement reads the names of its rows' people, what the
 * call check asks of each row (contactCheckColumnsSql: a statement of its own cost PostgreSQL more
 * than these columns do) and writes the audit row of those it shows (`accounts` in its details),
 * so what is shown is recorded before it is returned.
 */
async function runTier(q: Queryable, ctx: AccessContext, tier: Tier | null, limit: number, now: Date): Promise<Row[]> {
  if (!tier) return [];
  // One audit row for the page, listing the accounts it shows (none when it shows none): a row
  // per account, four index entries each, was over a third of the listing's database time.
  const audit = (shown: SQL) =>
    auditInsertSql(ctx, sql`(select jsonb_agg(shown.id order by shown.id) as ids from ${shown} having count(*) > 0) page`, {
      action: 'read',
      recordType: 'account',
      recordId: sql`null`,
      detailsSql: sql`jsonb_build_object('view', 'worklist', 'accounts', page.ids)`,
    });
  // What the call check reads of each row comes with it (no statement of its own).
  return rows<Row>(q, withPersonNamesAuditedSql(ctx.tenantId, tier.listing, tier.order, limit - 1, audit, contactCheckColumnsSql(ctx.tenantId, 'p', now)));
}

/**
 * The prioritized queue of open patient-due accounts (see worklist-priority.ts for the formula),
 * or, with `search`, the accounts matching it. Keyset-paged; the accounts shown are an audited read,
 * and each says whether a call is allowed now (the compliance engine outreach uses) or when it is.
 */
export async function listWorklist(db: Db, ctx: AccessContext, opts: ListWorklistOptions = {}): Promise<{ items: WorklistItem[]; next: string | null }> {
  const limit = Math.min(Math.max(opts.limit ?? 25, 1), 100);
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const after = opts.after ? decodeCursor(opts.after) : null;
  const search = opts.search?.trim() ? opts.search : undefined;
  // Each row is marked with its tier in place (the rows are the driver's own objects, wide ones:
  // no copy of each).
  const tiered = (list: Row[], t: 1 | 2 | 3) => {
    for (const r of list) (r as Row & { t: 1 | 2 | 3 }).t = t;
    return list as Array<Row & { t: 1 | 2 | 3 }>;
  };
  let found: Array<Row & { t: 1 | 2 | 3 }> = [];
  if (search) {
    found = tiered(await runTier(db, ctx, searchTier(ctx, { ...opts, search }, today, after?.t === 3 ? after : null, limit + 1), limit + 1, now), 3);
  } else {
    if (!after || after.t === 1) found = tiered(await runTier(db, ctx, signalTier(ctx, opts, today, now, after, limit + 1), limit + 1, now), 1);
    if (found.length <= limit) {
      const rest = await runTier(db, ctx, restTier(ctx, opts, today, now, after?.t === 2 ? after : null, limit + 1 - found.length), limit + 1 - found.length, now);
      found = found.concat(tiered(rest, 2));
    }
  }
  const shown = found.slice(0, limit);
  // Each tier's statement read the names of the people it lists, recorded the accounts shown and
  // read their call check's snapshots: nothing is returned before the audit row is written.
  const checks = await checkContactsOfRows(db, ctx, shown.map((r) => ({ accountId: r.id, personId: r.person_id, language: r.person_language, q: r })), 'call', now);
  const people = new Map<string, { name: string; language: string } | null>();
  for (const r of shown) if (!people.has(r.person_id)) people.set(r.person_id, personNameOf(r));
  const last = shown.at(-1);
  const next = found.length > limit && last ? encodeCursor({ t: last.t, k: Number(last.rank_key) - (last.t === 1 ? Number(last.pts) : 0), id: last.id }) : null;
  const page = { shown, people, next };
  return {
    items: page.shown.map((r) => {
      const dueOn = r.due_on === null ? null : String(r.due_on).slice(0, 10);
      const check = checks.get(r.id);
      return {
        accountId: r.id,
        externalRef: r.external_ref,
        personId: r.person_id,
        personName: page.people.get(r.person_id)?.name ?? '',
        language: page.people.get(r.person_id)?.language ?? 'en',
        status: r.status,
        dueOn,
        aging: agingBucket(dueOn, today),
        patientDueCents: Number(r.patient_due_cents),
        priority: basePoints(Number(r.rank_key), today) + Number(r.pts ?? 0),
        signals: (r.kinds ?? []).slice().sort(),
        callable: check?.allowed ?? false,
        blockedBy: check && !check.allowed ? check.reasons : [],
        nextCallAt: check && !check.allowed ? check.earliestAllowedAt : null,
      };
    }),
    next: page.next,
  };
}
