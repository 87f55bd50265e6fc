import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { auditInsertSql, type AccessContext, type AuditEntrySql } from '../../platform/audit/index.js';
import { fromJsonRow, rows, type Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { accounts, agingBucket, ledgerEntries } from '../ledger/index.js';
import { communications } from '../outreach/index.js';
import { contactPoints, holds, persons } from '../people/index.js';

type JsonRow = Record<string, unknown>;

export interface AccountReadRow {
  account: JsonRow;
  person: JsonRow | null;
  contacts: JsonRow[];
  holds: JsonRow[];
  entries: JsonRow[];
  messages: JsonRow[];
  [extra: string]: unknown;
}

/** The message columns a read shows (the table's, less those not shown), as a select list over `m`. */
const shownColumnLists = new Map<string, string>();
function messageColumnsShown(notShown: readonly string[]): string {
  const key = notShown.join(',');
  let list = shownColumnLists.get(key);
  if (list === undefined) {
    list = Object.values(getTableColumns(communications))
      .map((c) => c.name)
      .filter((name) => !notShown.includes(name))
      .map((name) => `m.${name}`)
      .join(', ');
    shownColumnLists.set(key, list);
  }
  return list;
}

/**
 * The account read as one statement: the account (CTE `a`, with `a.tenant_id` and `a.person_id`
 * for the subqueries of `extra` and the CTEs of `ctes`, each ending in a comma; its person's row
 * is `ap` to `extra`), its person, contact points, active holds, ledger and the person's
 * last 100 messages as JSON, plus the audit rows, inserted by the same statement. Another tenant's
 * account yields nothing (and writes no audit row), exactly like a missing one.
 *
 * The parts are `json` (the driver parses it into the same values as `jsonb`), and a list is
 * `to_json(array(subquery))` over rows already in the order shown: `jsonb` built, sorted and printed
 * a tree for every row, and each `coalesce(jsonb_agg(... order by ...), '[]')` was an aggregate
 * that PostgreSQL sets up for every execution and that sorted its rows a second time.
 */
export async function readAccountRow(
  db: Db,
  ctx: AccessContext,
  accountId: string,
  audit: AuditEntrySql[],
  extra: SQL = sql``,
  ctes: SQL = sql``,
  /** Message columns the caller does not show: left out of the read, so never sent nor decrypted. */
  messageColumnsNotShown: readonly string[] = [],
): Promise<AccountReadRow | undefined> {
  const messageColumns = messageColumnsNotShown.length ? sql.raw(messageColumnsShown(messageColumnsNotShown)) : sql`*`;
  const [row] = await rows<AccountReadRow>(
    db,
    sql`with a as (select * from accounts where tenant_id = ${ctx.tenantId} and id = ${accountId}),
          ${ctes}
          audited as (${auditInsertSql(ctx, sql`a`, ...audit)})
        select row_to_json(a) as account,
          row_to_json(ap) as person,
          to_json(array(select c from contact_points c where c.tenant_id = a.tenant_id and c.person_id = a.person_id)) as contacts,
          to_json(array(select h from holds h where h.tenant_id = a.tenant_id and h.person_id = a.person_id and h.resolved_at is null)) as holds,
          to_json(array(select e from ledger_entries e where e.tenant_id = a.tenant_id and e.account_id = a.id order by e.effective_on, e.posted_at)) as entries,
          to_json(array(select m from (select ${messageColumns} from communications m where m.tenant_id = a.tenant_id and m.person_id = a.person_id order by m.at desc limit 100) m)) as messages,
          (select count(*) from audited) as audited
          ${extra}
        from a left join persons ap on ap.tenant_id = a.tenant_id and ap.id = a.person_id`,
  );
  return row;
}

/** The account, person, contact points, holds, ledger and messages of a read row, as getAccount returns them. */
export function accountFromRow(row: AccountReadRow, ctx: AccessContext) {
  const account = fromJsonRow(accounts, row.account);
  const person = row.person ? fromJsonRow(persons, row.person) : null;
  const today = ctx.clock.now().toISOString().slice(0, 10);
  return {
    account: { ...account, aging: agingBucket(account.dueOn, today) },
    // Blind indexes are search keys, not data: they never leave the server.
    person: person ? (({ nameBidx: _n, familyBidx: _f, birthBidx: _b, birthYear: _y, zip3: _z, ...p }) => p)(person) : null,
    contactPoints: row.contacts.map((c) => fromJsonRow(contactPoints, c)).map(({ valueBidx: _v, ...c }) => c),
    holds: row.holds.map((h) => fromJsonRow(holds, h)),
    entries: row.entries.map((e) => fromJsonRow(ledgerEntries, e)),
    communications: row.messages.map((m) => fromJsonRow(communications, m)),
  };
}

/**
 * One account with its person, contact points, holds, ledger and messages (a PHI read, audited).
 * One statement reads it all and writes the audit rows, so nothing is ever shown that was not
 * recorded, in one round trip.
 */
export async function getAccount(db: Db, ctx: AccessContext, accountId: string) {
  const row = await readAccountRow(db, ctx, accountId, [
    { action: 'read', recordType: 'account', recordId: sql`a.id`, details: { view: 'detail' } },
    { action: 'read', recordType: 'person', recordId: sql`a.person_id` },
  ]);
  if (!row) throw notFound('account');
  return accountFromRow(row, ctx);
}
