import { sql } from 'drizzle-orm';
import { bulkInsert, type BulkColumn, type Queryable } from '../../platform/db/index.js';

const ENTRY_COLUMNS: BulkColumn<NewLedgerEntry>[] = [
  { name: 'id', type: 'text', value: (e) => e.id },
  { name: 'tenant_id', type: 'text', value: (e) => e.tenantId },
  { name: 'account_id', type: 'text', value: (e) => e.accountId },
  { name: 'kind', type: 'text', value: (e) => e.kind },
  { name: 'amount_cents', type: 'bigint', value: (e) => e.amountCents },
  { name: 'bucket', type: 'text', value: (e) => e.bucket },
  { name: 'effective_on', type: 'date', value: (e) => e.effectiveOn },
  { name: 'posted_at', type: 'timestamptz', value: (e) => e.postedAt },
  { name: 'source', type: 'text', value: (e) => e.source },
  { name: 'source_ref', type: 'text', value: (e) => e.sourceRef },
  { name: 'memo', type: 'text', value: (e) => e.memo ?? null },
];

/**
 * Entry kinds and the balance bucket each one moves. Amounts are signed cents: positive raises what
 * is owed, negative lowers it. Moving responsibility from insurance to the patient is a pair of
 * entries that sum to zero (patient_responsibility), so every balance is a plain sum of entries.
 */
export const ENTRY_KINDS = {
  charge: 'Charge for services',
  insurer_payment: 'Insurance paid',
  contractual_adjustment: 'Contractual adjustment (not billable to the patient)',
  patient_responsibility: 'Moved to patient responsibility after adjudication',
  patient_payment: 'Patient payment',
  discount: 'Discount',
  assistance_adjustment: 'Financial assistance',
  write_off: 'Write-off',
  refund: 'Refund to patient',
  transfer: 'Transfer between accounts',
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

export interface NewLedgerEntry {
  id: string;
  tenantId: string;
  accountId: string;
  kind: EntryKind;
  amountCents: number;
  bucket: 'insurance' | 'patient';
  effectiveOn: string;
  postedAt: Date;
  /** Where it came from (e.g. `fhir:eob`, `x12:835`, `portal`) and its natural key there. */
  source: string;
  sourceRef: string;
  memo?: string | null;
}

/** Posts entries idempotently: an entry already posted under the same (source, sourceRef) is skipped. */
export async function postLedgerEntries(q: Queryable, entries: NewLedgerEntry[]): Promise<{ posted: number }> {
  if (entries.length === 0) return { posted: 0 };
  let posted = 0;
  for (let i = 0; i < entries.length; i += 5000) {
    const r = await bulkInsert(q, 'ledger_entries', ENTRY_COLUMNS, entries.slice(i, i + 5000), { onConflict: 'do nothing', returning: 'id' });
    posted += r.length;
  }
  return { posted };
}

/**
 * Recomputes cached balances from entries with one set-based UPDATE (for the given accounts, or
 * every account of the tenant). The cache is never written any other way. With `firstStatementOn`,
 * the same UPDATE also does what issueFirstStatements does (one row version per account, not two).
 */
export async function refreshAccountBalances(q: Queryable, tenantId: string, accountIds?: string[], opts: { firstStatementOn?: string } = {}): Promise<void> {
  if (accountIds && accountIds.length === 0) return;
  // The 501(r) clock starts when the account owes something and waits on no insurer (see issueFirstStatements).
  const bills = sql`(a.first_statement_on is null and coalesce(s.patient, 0) > 0 and coalesce(s.insurance, 0) = 0)`;
  const statement = opts.firstStatementOn
    ? sql`first_statement_on = case when ${bills} then ${opts.firstStatementOn}::date else a.first_statement_on end,
      due_on = case when ${bills} then coalesce(a.due_on, ${opts.firstStatementOn}::date + 30) else a.due_on end,`
    : sql``;
  const totals = sql`
        sum(amount_cents) as total,
        sum(amount_cents) filter (where bucket = 'insurance') as insurance,
        sum(amount_cents) filter (where bucket = 'patient') as patient,
        sum(amount_cents) filter (where kind = 'charge') as charges,
        max(posted_at) filter (where kind = 'patient_payment') as last_payment_at`;
  // With ids, aggregate only those accounts' entries, one index probe per account (a lateral
  // aggregate), so the cost follows the batch, not the ledger, whatever the planner's statistics
  // say: a plain join chose a nested loop over the whole batch on freshly loaded tables.
  // One array parameter, not one parameter per id: building and binding stay flat in the count.
  const source = accountIds
    ? sql`(select t.id, s.* from unnest(${sql.param(accountIds)}::text[]) as t(id)
        cross join lateral (select ${totals} from ledger_entries e where e.tenant_id = ${tenantId} and e.account_id = t.id) s) s`
    : sql`(select a2.id, s.total, s.insurance, s.patient, s.charges, s.last_payment_at from accounts a2 left join (
        select account_id, ${totals} from ledger_entries where tenant_id = ${tenantId} group by account_id
      ) s on s.account_id = a2.id where a2.tenant_id = ${tenantId}) s`;
  await q.execute(sql`
    update accounts a set
      balance_cents = coalesce(s.total, 0),
      insurance_pending_cents = coalesce(s.insurance, 0),
      patient_due_cents = coalesce(s.patient, 0),
      total_charges_cents = coalesce(s.charges, 0),
      last_payment_at = s.last_payment_at,
      status = case
        when a.status in ('plan', 'written_off', 'closed', 'disputed') and coalesce(s.total, 0) > 0 then a.status
        when coalesce(s.total, 0) <= 0 then 'paid'
        when coalesce(s.insurance, 0) > 0 then 'insurance_pending'
        else 'patient_due' end,
      ${statement}
      updated_at = now()
    from ${source}
    where a.id = s.id and a.tenant_id = ${tenantId}`);
}

/**
 * Marks the first post-discharge billing statement for accounts that now owe something and wait on
 * no insurer (the 501(r) 120-day clock starts here) and sets the due date 30 days later.
 * Never bills while a claim is pending adjudication; never moves a date once set.
 */
export async function issueFirstStatements(q: Queryable, tenantId: string, today: string, accountIds?: string[]): Promise<number> {
  if (accountIds && accountIds.length === 0) return 0;
  const only = accountIds ? sql`and id = any(${sql.param(accountIds)}::text[])` : sql``;
  const r = await q.execute(sql`
    update accounts set first_statement_on = ${today}::date, due_on = coalesce(due_on, ${today}::date + 30), updated_at = now()
    where tenant_id = ${tenantId} and first_statement_on is null and patient_due_cents > 0 and insurance_pending_cents = 0 ${only}`);
  return (r as unknown as { rowCount?: number; affectedRows?: number }).rowCount ?? (r as unknown as { affectedRows?: number }).affectedRows ?? 0;
}
