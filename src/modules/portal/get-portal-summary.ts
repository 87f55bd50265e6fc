import { and, desc, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/index.js';
import type { Database } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { getLatestApplication, type ApplicationView } from '../assistance/index.js';
import { tenants } from '../identity/index.js';
import { accounts, buildStatement, renderStatementHtml, totalsOf, type Statement } from '../ledger/index.js';
import { persons } from '../people/index.js';
import { paymentView, resolveTenantGateway, payments, type PaymentView } from '../payments/index.js';
import { localDate } from '../../platform/time/index.js';
import { getAccountPlan, loadPaymentPolicy, quotePayInFull, type AccountPlanView, type PayInFullQuote } from '../plans/index.js';
import type { PortalAccess } from './open-portal.js';

export interface PortalSummary {
  tenantName: string;
  givenName: string;
  language: 'en' | 'es';
  account: { id: string; externalRef: string; serviceDate: string | null; balanceCents: number; patientDueCents: number; insurancePendingCents: number; status: string };
  /** The plain-language statement for this account only (the link's scope). */
  statement: Statement;
  statementHtml: string;
  /** Pay in full today, with the tenant's prompt-pay or early-out discount when one is open. */
  payInFull: PayInFullQuote;
  plan: AccountPlanView | null;
  assistance: ApplicationView | null;
  payments: PaymentView[];
  actions: string[];
  /** The gateway that takes this tenant's cards (`sandbox` or `stripe`). */
  gateway: string;
  /** What the card form loads the gateway's script with (Stripe's pk_...); null: the sandbox form. */
  publishableKey: string | null;
  today: string;
}

/** Everything the verified patient sees on their bill page, read (and audited) in one transaction. */
export async function getPortalSummary(opts: { database: Database; access: PortalAccess; publicUrl: string; language?: 'en' | 'es' }): Promise<PortalSummary> {
  const { access } = opts;
  const { ctx, link } = access;
  const language = opts.language ?? access.language;
  // Before the transaction: the resolver reads the tenant's settings on its own connection.
  const card = await resolveTenantGateway(opts.database, ctx.tenantId, ctx.clock);
  return opts.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ a: accounts, givenName: persons.givenName, timeZone: persons.timeZone, tenantName: tenants.name })
      .from(accounts)
      .innerJoin(persons, eq(persons.id, accounts.personId))
      .innerJoin(tenants, eq(tenants.id, accounts.tenantId))
      .where(and(eq(accounts.tenantId, ctx.tenantId), eq(accounts.id, link.accountId)));
    if (!row) throw notFound('account');
    const full = await buildStatement(tx, ctx, link.personId, { language, portalUrl: `${opts.publicUrl.replace(/\/$/, '')}/pay` });
    const lines = full.lines.filter((l) => l.accountId === link.accountId);
    const statement: Statement = { ...full, lines, totals: totalsOf(lines) };
    const policy = await loadPaymentPolicy(tx, ctx.tenantId);
    const today = localDate(ctx.clock.now(), row.timeZone);
    const plan = await getAccountPlan(tx, { tenantId: ctx.tenantId, accountId: link.accountId });
    const due = Math.max(0, row.a.patientDueCents);
    // A discount is for settling a bill in full, not for finishing a plan early.
    const payInFull =
      plan && plan.status !== 'defaulted'
        ? { kind: null, discountPct: 0, discountCents: 0, amountDueCents: due, validThrough: null }
        : quotePayInFull({ balanceCents: due, today, serviceOn: row.a.serviceDate ?? undefined, firstStatementOn: row.a.firstStatementOn ?? undefined, policy: policy.discounts });
    const recent = await tx.select().from(payments).where(and(eq(payments.tenantId, ctx.tenantId), eq(payments.accountId, link.accountId))).orderBy(desc(payments.createdAt)).limit(10);
    const assistance = await getLatestApplication(tx, { tenantId: ctx.tenantId, personId: link.personId });
    await audit(tx, ctx, { action: 'read', recordType: 'account', recordId: link.accountId, details: { view: 'portal' } });
    return {
      tenantName: row.tenantName,
      givenName: row.givenName,
      language,
      account: {
        id: row.a.id,
        externalRef: row.a.externalRef,
        serviceDate: row.a.serviceDate,
        balanceCents: row.a.balanceCents,
        patientDueCents: row.a.patientDueCents,
        insurancePendingCents: row.a.insurancePendingCents,
        status: row.a.status,
      },
      statement,
      statementHtml: renderStatementHtml(statement, { verified: true }),
      payInFull,
      plan,
      assistance,
      payments: recent.filter((p) => p.status !== 'pending').map(paymentView),
      actions: link.actions,
      gateway: card.gateway.name,
      publishableKey: card.publishableKey,
      today,
    };
  });
}
