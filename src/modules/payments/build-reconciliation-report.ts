import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import type { GatewayEvent, GatewayEventType } from './gateway.js';
import { reconcile, type LedgerPayment, type ReconcileReport } from './reconcile-payments.js';
import { PAYMENT_LEDGER_SOURCE, REFUND_LEDGER_SOURCE } from './settle-payment.js';

export interface ReconciliationReport extends ReconcileReport {
  from: string | null;
  to: string | null;
  /** Payments still waiting for the gateway's answer (3-D Secure, or a request that died mid-way). */
  unsettled: Array<{ paymentId: string; status: string; amountCents: number; gatewayChargeId: string | null; createdAt: string }>;
  /** Refunds owed by check, not yet sent. */
  pendingCheckRefunds: Array<{ refundId: string; accountId: string; amountCents: number; createdAt: string }>;
}

/**
 * Gateway events against the ledger for one tenant: every card payment and refund the gateway
 * reports must be on the ledger with the same amount, and the other way round.
 */
export async function buildReconciliationReport(q: Queryable, opts: { tenantId: string; from?: Date; to?: Date }): Promise<ReconciliationReport> {
  const within = (col: string) =>
    sql.join([opts.from ? sql`and ${sql.raw(col)} >= ${opts.from}` : sql``, opts.to ? sql`and ${sql.raw(col)} < ${opts.to}` : sql``], sql` `);
  const events = await rows<{ id: string; type: string; gateway_type: string; charge_id: string | null; amount_cents: number; currency: string; occurred_at: Date }>(
    q,
    sql`select id, type, gateway_type, charge_id, amount_cents, currency, occurred_at from gateway_events
        where tenant_id = ${opts.tenantId} ${within('occurred_at')}`,
  );
  const gatewayEvents: GatewayEvent[] = events.map((e) => ({
    id: e.id,
    type: e.type as GatewayEventType,
    gatewayType: e.gateway_type,
    chargeId: e.charge_id,
    amountCents: Number(e.amount_cents),
    currency: e.currency,
    occurredAt: new Date(e.occurred_at).toISOString(),
    failure: null,
    metadata: {},
  }));
  const ledger = await rows<{ id: string; kind: string; amount_cents: number; charge_id: string | null }>(
    q,
    sql`select e.id, e.kind, e.amount_cents, coalesce(p.gateway_charge_id, rp.gateway_charge_id) as charge_id
        from ledger_entries e
        left join payments p on e.source = ${PAYMENT_LEDGER_SOURCE} and e.kind = 'patient_payment' and p.id = e.source_ref
        left join payment_refunds r on e.source = ${REFUND_LEDGER_SOURCE} and r.id = e.source_ref and r.method = 'gateway'
        left join payments rp on rp.id = r.payment_id
        where e.tenant_id = ${opts.tenantId} ${within('e.posted_at')}
          and ((e.source = ${PAYMENT_LEDGER_SOURCE} and e.kind = 'patient_payment') or (e.source = ${REFUND_LEDGER_SOURCE} and r.id is not null))`,
  );
  const ledgerPayments: LedgerPayment[] = ledger
    .filter((e) => e.charge_id)
    .map((e) => ({ id: e.id, chargeId: e.charge_id!, kind: e.kind === 'refund' ? 'refund' : 'payment', amountCents: Math.abs(Number(e.amount_cents)) }));
  const report = reconcile(gatewayEvents, ledgerPayments);
  const unsettled = await rows<{ id: string; status: string; amount_cents: number; gateway_charge_id: string | null; created_at: Date }>(
    q,
    sql`select id, status, amount_cents, gateway_charge_id, created_at from payments where tenant_id = ${opts.tenantId} and status in ('pending', 'requires_action') order by created_at`,
  );
  const checks = await rows<{ id: string; account_id: string; amount_cents: number; created_at: Date }>(
    q,
    sql`select id, account_id, amount_cents, created_at from payment_refunds where tenant_id = ${opts.tenantId} and method = 'check' and status = 'pending' order by created_at`,
  );
  return {
    ...report,
    from: opts.from?.toISOString() ?? null,
    to: opts.to?.toISOString() ?? null,
    unsettled: unsettled.map((p) => ({ paymentId: p.id, status: p.status, amountCents: Number(p.amount_cents), gatewayChargeId: p.gateway_charge_id, createdAt: new Date(p.created_at).toISOString() })),
    pendingCheckRefunds: checks.map((c) => ({ refundId: c.id, accountId: c.account_id, amountCents: Number(c.amount_cents), createdAt: new Date(c.created_at).toISOString() })),
  };
}
