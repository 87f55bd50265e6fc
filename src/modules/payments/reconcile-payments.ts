import type { GatewayEvent } from './gateway.js';

/** A payment or refund as Kindly's ledger recorded it. */
export interface LedgerPayment {
  id: string;
  /** The gateway's charge id (a PaymentIntent id for Stripe). */
  chargeId: string;
  kind: 'payment' | 'refund';
  amountCents: number;
}

export interface ReconcileMatch {
  chargeId: string;
  kind: 'payment' | 'refund';
  amountCents: number;
  ledgerIds: string[];
  eventIds: string[];
}

export interface ReconcileReport {
  matched: ReconcileMatch[];
  /** The gateway took (or refunded) money the ledger does not show. */
  missingInLedger: Array<{ chargeId: string; kind: 'payment' | 'refund'; amountCents: number; eventIds: string[] }>;
  /** The ledger shows money the gateway never confirmed (or reports as failed). */
  missingAtGateway: Array<{
    chargeId: string;
    kind: 'payment' | 'refund';
    amountCents: number;
    ledgerIds: string[];
    reason: 'no_gateway_event' | 'gateway_reports_failure';
  }>;
  amountMismatches: Array<{
    chargeId: string;
    kind: 'payment' | 'refund';
    gatewayAmountCents: number;
    ledgerAmountCents: number;
    differenceCents: number;
    ledgerIds: string[];
    eventIds: string[];
  }>;
  totals: { gatewayCents: { payment: number; refund: number }; ledgerCents: { payment: number; refund: number } };
}

type Key = `${'payment' | 'refund'}:${string}`;

/**
 * Compares the gateway's verified events with the ledger, per charge: payments by amount, refunds
 * by the charge's total refunded. Duplicate webhook deliveries count once; failed payments
 * count for nothing.
 */
export function reconcile(gatewayEvents: readonly GatewayEvent[], ledgerPayments: readonly LedgerPayment[]): ReconcileReport {
  const gateway = new Map<Key, { amountCents: number; eventIds: string[] }>();
  const failed = new Set<string>();
  const seen = new Set<string>();
  for (const e of gatewayEvents) {
    if (seen.has(e.id) || e.chargeId === null) continue;
    seen.add(e.id);
    if (e.type === 'payment_failed') failed.add(e.chargeId);
    if (e.type !== 'payment_succeeded' && e.type !== 'refund_succeeded') continue;
    const key: Key = `${e.type === 'payment_succeeded' ? 'payment' : 'refund'}:${e.chargeId}`;
    const prior = gateway.get(key);
    // charge.refunded carries the cumulative refunded amount: the largest is the latest.
    const amountCents = prior ? Math.max(prior.amountCents, e.amountCents) : e.amountCents;
    gateway.set(key, { amountCents, eventIds: [...(prior?.eventIds ?? []), e.id] });
  }
  const ledger = new Map<Key, { amountCents: number; ledgerIds: string[] }>();
  for (const p of ledgerPayments) {
    const key: Key = `${p.kind}:${p.chargeId}`;
    const prior = ledger.get(key);
    ledger.set(key, { amountCents: (prior?.amountCents ?? 0) + p.amountCents, ledgerIds: [...(prior?.ledgerIds ?? []), p.id] });
  }

  const report: ReconcileReport = {
    matched: [],
    missingInLedger: [],
    missingAtGateway: [],
    amountMismatches: [],
    totals: { gatewayCents: { payment: 0, refund: 0 }, ledgerCents: { payment: 0, refund: 0 } },
  };
  const keys = [...new Set<Key>([...gateway.keys(), ...ledger.keys()])].sort();
  for (const key of keys) {
    const kind = key.startsWith('payment:') ? 'payment' : 'refund';
    const chargeId = key.slice(kind.length + 1);
    const g = gateway.get(key);
    const l = ledger.get(key);
    if (g) report.totals.gatewayCents[kind] += g.amountCents;
    if (l) report.totals.ledgerCents[kind] += l.amountCents;
    if (g && l) {
      if (g.amountCents === l.amountCents) {
        report.matched.push({ chargeId, kind, amountCents: g.amountCents, ledgerIds: l.ledgerIds, eventIds: g.eventIds });
      } else {
        report.amountMismatches.push({
          chargeId,
          kind,
          gatewayAmountCents: g.amountCents,
          ledgerAmountCents: l.amountCents,
          differenceCents: g.amountCents - l.amountCents,
          ledgerIds: l.ledgerIds,
          eventIds: g.eventIds,
        });
      }
    } else if (g) {
      report.missingInLedger.push({ chargeId, kind, amountCents: g.amountCents, eventIds: g.eventIds });
    } else if (l) {
      const reason = kind === 'payment' && failed.has(chargeId) ? 'gateway_reports_failure' : 'no_gateway_event';
      report.missingAtGateway.push({ chargeId, kind, amountCents: l.amountCents, ledgerIds: l.ledgerIds, reason });
    }
  }
  return report;
}
