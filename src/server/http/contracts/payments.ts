import { z } from 'zod';
import { PaymentView } from './common.js';
import { CardToken } from './portal.js';

export { CardToken };
export type { PaymentView };

const Cents = z.number().int();

/** A portal link just issued: the URL to send (its token is shown once and never stored). */
export const CreatedPaymentLink = z.object({ linkId: z.string(), url: z.string(), token: z.string(), accountId: z.string(), personId: z.string(), actions: z.array(z.string()), expiresAt: z.string() });
export type CreatedPaymentLink = z.infer<typeof CreatedPaymentLink>;

/** A portal link of an account and where it stands (active, locked, expired, revoked). */
export const PaymentLinkRow = z.object({
  linkId: z.string(),
  actions: z.array(z.string()),
  issuedAt: z.string(),
  expiresAt: z.string(),
  status: z.string(),
  revokedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  failedAttempts: z.number().int(),
  lockouts: z.number().int(),
  purpose: z.string().nullable(),
});
export type PaymentLinkRow = z.infer<typeof PaymentLinkRow>;

export const PaymentLinkList = z.object({ items: z.array(PaymentLinkRow) });
export type PaymentLinkList = z.infer<typeof PaymentLinkList>;

export const RevokedPaymentLink = z.object({ revoked: z.boolean(), revokedAt: z.string() });
export type RevokedPaymentLink = z.infer<typeof RevokedPaymentLink>;

/** A refund of a payment (to the card through the gateway, or by check). */
export const Refund = z.object({
  id: z.string(),
  tenantId: z.string(),
  accountId: z.string(),
  paymentId: z.string().nullable(),
  amountCents: Cents,
  reason: z.string(),
  method: z.enum(['gateway', 'check']),
  status: z.enum(['pending', 'succeeded', 'failed']),
  idempotencyKey: z.string(),
  gatewayRefundId: z.string().nullable(),
  sourceRef: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export type Refund = z.infer<typeof Refund>;

/** A card payment of the account, with how it was taken and how much of it was refunded. */
export const AccountPayment = PaymentView.extend({ channel: z.string(), refundedCents: Cents, idempotencyKey: z.string() });
export type AccountPayment = z.infer<typeof AccountPayment>;

export const AccountPayments = z.object({ payments: z.array(AccountPayment), refunds: z.array(Refund) });
export type AccountPayments = z.infer<typeof AccountPayments>;

/** A card payment taken by staff; `replayed` when the same key returned an earlier request's result. */
export const CardPaymentResult = z.object({ payment: PaymentView, replayed: z.boolean() });
export type CardPaymentResult = z.infer<typeof CardPaymentResult>;

const Kind = z.enum(['payment', 'refund']);

/** Gateway events against the ledger, charge by charge, and payments still waiting for the gateway. */
export const ReconciliationReport = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  matched: z.array(z.object({ chargeId: z.string(), kind: Kind, amountCents: Cents, ledgerIds: z.array(z.string()), eventIds: z.array(z.string()) })),
  /** The gateway took (or refunded) money the ledger does not show. */
  missingInLedger: z.array(z.object({ chargeId: z.string(), kind: Kind, amountCents: Cents, eventIds: z.array(z.string()) })),
  /** The ledger shows money the gateway never confirmed (or reports as failed). */
  missingAtGateway: z.array(z.object({ chargeId: z.string(), kind: Kind, amountCents: Cents, ledgerIds: z.array(z.string()), reason: z.enum(['no_gateway_event', 'gateway_reports_failure']) })),
  amountMismatches: z.array(
    z.object({ chargeId: z.string(), kind: Kind, gatewayAmountCents: Cents, ledgerAmountCents: Cents, differenceCents: Cents, ledgerIds: z.array(z.string()), eventIds: z.array(z.string()) }),
  ),
  totals: z.object({ gatewayCents: z.object({ payment: Cents, refund: Cents }), ledgerCents: z.object({ payment: Cents, refund: Cents }) }),
  /** Payments still waiting for the gateway's answer. */
  unsettled: z.array(z.object({ paymentId: z.string(), status: z.string(), amountCents: Cents, gatewayChargeId: z.string().nullable(), createdAt: z.string() })),
  /** Refunds owed by check, not yet sent. */
  pendingCheckRefunds: z.array(z.object({ refundId: z.string(), accountId: z.string(), amountCents: Cents, createdAt: z.string() })),
  /** True when nothing is missing on either side and every amount matches. */
  ok: z.boolean(),
});
export type ReconciliationReport = z.infer<typeof ReconciliationReport>;

export const WebhookReceipt = z.object({ received: z.literal(true), duplicate: z.boolean(), type: z.string() });
export type WebhookReceipt = z.infer<typeof WebhookReceipt>;
