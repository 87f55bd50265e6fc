import { sql } from 'drizzle-orm';
import { auditInsertSql } from '../../platform/audit/index.js';
import { fromJsonRow, rows, type Database } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { latestApplicationFromJson, latestApplicationJsonSql, type ApplicationView } from '../assistance/index.js';
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
    // The account, the patient's first name, the tenant's name, the latest payments and assistance
    // application, read by the statement that writes the view's audit row: one round trip in the
    // transaction instead of four (six with an application).
    const [row] = await rows<{ a: Record<string, unknown>; given_name: string; time_zone: string; tenant_name: string; payments: Array<Record<string, unknown>>; assistance: Parameters<typeof latestApplicationFromJson>[0] }>(
      tx,
      sql`with a as (select * from accounts where tenant_id = ${ctx.tenantId} and id = ${link.accountId}),
            audited as (${auditInsertSql(ctx, sql`a`, { action: 'read', recordType: 'account', recordId: sql`a.id`, details: { view: 'portal' } })})
          select to_jsonb(a) as a, p.given_name, p.time_zone, t.name as tenant_name,
            (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at desc), '[]'::jsonb)
             from (select * from payments y where y.tenant_id = a.tenant_id and y.account_id = a.id order by y.created_at desc limit 10) x) as payments,
            ${latestApplicationJsonSql(sql`${ctx.tenantId}`, sql`${link.personId}`)} as assistance
          from a join persons p on p.id = a.person_id join tenants t on t.id = a.tenant_id`,
    );
    if (!row) throw notFound('account');
    const account = fromJsonRow(accounts, row.a);
    const givenName = fromJsonRow(persons, { given_name: row.given_name }).givenName;
    const recent = row.payments.map((p) => fromJsonRow(payments, p));
    const full = await buildStatement(tx, ctx, link.personId, { language, portalUrl: `${opts.publicUrl.replace(/\/$/, '')}/pay` });
    const lines = full.lines.filter((l) => l.accountId === link.accountId);
    const statement: Statement = { ...full, lines, totals: totalsOf(lines) };
    const policy = await loadPaymentPolicy(tx, ctx.tenantId);
    const today = localDate(ctx.clock.now(), row.time_zone);
    const plan = await getAccountPlan(tx, { tenantId: ctx.tenantId, accountId: link.accountId });
    const due = Math.max(0, account.patientDueCents);
    // A discount is for settling a bill in full, not for finishing a plan early.
    const payInFull =
      plan && plan.status !== 'defaulted'
        ? { kind: null, discountPct: 0, discountCents: 0, amountDueCents: due, validThrough: null }
        : quotePayInFull({ balanceCents: due, today, serviceOn: account.serviceDate ?? undefined, firstStatementOn: account.firstStatementOn ?? undefined, policy: policy.discounts });
    const assistance = latestApplicationFromJson(row.assistance);
    return {
      tenantName: row.tenant_name,
      givenName,
      language,
      account: {
        id: account.id,
        externalRef: account.externalRef,
        serviceDate: account.serviceDate,
        balanceCents: account.balanceCents,
        patientDueCents: account.patientDueCents,
        insurancePendingCents: account.insurancePendingCents,
        status: account.status,
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
