import type { Database } from '../../platform/db/index.js';

export interface LedgerVerification {
  accounts: number;
  entries: number;
  ok: boolean;
  /** Accounts whose cached balances differ from the sum of their entries. */
  balanceMismatches: Array<{ accountId: string; field: string; cached: number; fromEntries: number }>;
  /** Insurance-to-patient transfers whose two legs do not cancel out. */
  unbalancedTransfers: Array<{ accountId: string; sumCents: number }>;
  /** Accounts that bill the patient while a claim is still pending adjudication. */
  patientBilledWhilePending: string[];
}

/** `kindly ledger verify`: proves every balance is derivable from entries, with set-based SQL. */
export async function verifyLedger(database: Database, tenantId?: string): Promise<LedgerVerification> {
  const params = tenantId ? [tenantId] : [];
  const where = tenantId ? 'where a.tenant_id = $1' : '';
  const mismatches = await database.query<{ id: string; field: string; cached: number; computed: number }>(
    `with s as (
       select account_id, sum(amount_cents) total,
              coalesce(sum(amount_cents) filter (where bucket = 'insurance'), 0) insurance,
              coalesce(sum(amount_cents) filter (where bucket = 'patient'), 0) patient
       from ledger_entries group by account_id)
     select a.id, f.field, f.cached, f.computed from accounts a left join s on s.account_id = a.id
     cross join lateral (values ('balanceCents', a.balance_cents, coalesce(s.total, 0)),
                                ('insurancePendingCents', a.insurance_pending_cents, coalesce(s.insurance, 0)),
                                ('patientDueCents', a.patient_due_cents, coalesce(s.patient, 0))) f(field, cached, computed)
     ${where} ${where ? 'and' : 'where'} f.cached <> f.computed
     limit 1000`,
    params,
  );
  const unbalanced = await database.query<{ account_id: string; s: number }>(
    `select e.account_id, sum(e.amount_cents) s from ledger_entries e join accounts a on a.id = e.account_id
     ${where} ${where ? 'and' : 'where'} e.kind in ('patient_responsibility', 'transfer')
     group by e.account_id having sum(e.amount_cents) <> 0 limit 1000`,
    params,
  );
  const pending = await database.query<{ id: string }>(
    `select a.id from accounts a ${where} ${where ? 'and' : 'where'} a.status = 'patient_due' and a.insurance_pending_cents > 0 limit 1000`,
    params,
  );
  const [counts] = await database.query<{ accounts: number; entries: number }>(
    `select (select count(*)::int from accounts a ${where}) accounts, (select count(*)::int from ledger_entries a ${where}) entries`,
    params,
  );
  const result = {
    accounts: counts?.accounts ?? 0,
    entries: counts?.entries ?? 0,
    balanceMismatches: mismatches.map((m) => ({ accountId: m.id, field: m.field, cached: Number(m.cached), fromEntries: Number(m.computed) })),
    unbalancedTransfers: unbalanced.map((u) => ({ accountId: u.account_id, sumCents: Number(u.s) })),
    patientBilledWhilePending: pending.map((p) => p.id),
  };
  return { ...result, ok: result.balanceMismatches.length === 0 && result.unbalancedTransfers.length === 0 && result.patientBilledWhilePending.length === 0 };
}
