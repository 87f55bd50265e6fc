import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../../platform/audit/index.js';
import type { Queryable } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { holds, persons } from '../../people/index.js';
import { tenants } from '../../identity/index.js';
import { accounts, ledgerEntries } from '../schema.js';
import { totalsOf, type Language, type Statement, type StatementLine } from './statement.js';

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

/** A 6-character code printed on a statement and shown by the portal, so a patient can tell it is genuine. */
export function statementVerifyCode(personId: string, statementDate: string): string {
  return stableId('verify-statement', personId, statementDate).replace(/-/g, '').slice(0, 6).toUpperCase();
}

/**
 * Builds the statement for a guarantor from the ledger: one line per open account, every amount a
 * sum of entries. An audited PHI read.
 */
export async function buildStatement(
  q: Queryable,
  ctx: AccessContext,
  personId: string,
  opts: { language?: Language; portalUrl: string; phone?: string; hours?: string },
): Promise<Statement> {
  const [person] = await q.select().from(persons).where(and(eq(persons.tenantId, ctx.tenantId), eq(persons.id, personId)));
  if (!person) throw notFound('person');
  const [tenant] = await q.select().from(tenants).where(eq(tenants.id, ctx.tenantId));
  const accts = await q.select().from(accounts).where(and(eq(accounts.tenantId, ctx.tenantId), eq(accounts.personId, personId)));
  const entries = accts.length
    ? await q.select().from(ledgerEntries).where(and(eq(ledgerEntries.tenantId, ctx.tenantId), inArray(ledgerEntries.accountId, accts.map((a) => a.id))))
    : [];
  // A bill that assistance brought to $0 stays on the statement, so the patient sees why it is $0.
  const assisted = new Set(entries.filter((e) => e.kind === 'assistance_adjustment').map((e) => e.accountId));
  const open = accts.filter((a) => a.balanceCents !== 0 || assisted.has(a.id));
  // An account whose claim is back with the payer (an open appeal) is not billed to the patient yet.
  const held = open.length
    ? new Set((await q.select({ accountId: holds.accountId }).from(holds).where(and(eq(holds.tenantId, ctx.tenantId), eq(holds.personId, personId), eq(holds.type, 'insurance_pending'), isNull(holds.resolvedAt)))).map((h) => h.accountId))
    : new Set<string | null>();
  const lines: StatementLine[] = open
    .sort((a, b) => (a.serviceDate ?? '').localeCompare(b.serviceDate ?? ''))
    .map((a) => {
      const mine = entries.filter((e) => e.accountId === a.id);
      const sum = (pred: (e: (typeof mine)[number]) => boolean) => mine.filter(pred).reduce((s, e) => s + e.amountCents, 0);
      const share = (memo: string | null) => sum((e) => e.kind === 'patient_responsibility' && e.bucket === 'patient' && (memo === null ? !['deductible', 'coinsurance', 'copay'].includes(e.memo ?? '') : e.memo === memo));
      const payerEntry = mine.find((e) => e.kind === 'insurer_payment' && e.memo);
      return {
        accountId: a.id,
        accountRef: a.externalRef,
        serviceDate: a.serviceDate,
        facility: a.facility,
        serviceDescription: mine.find((e) => e.kind === 'charge' && e.memo)?.memo ?? null,
        payerName: payerEntry?.memo ?? null,
        chargesCents: sum((e) => e.kind === 'charge'),
        insurancePaidCents: -sum((e) => e.kind === 'insurer_payment'),
        contractualAdjustmentCents: -sum((e) => e.kind === 'contractual_adjustment'),
        insurancePendingCents: held.has(a.id) ? a.insurancePendingCents + a.patientDueCents : a.insurancePendingCents,
        patientShare: { deductibleCents: share('deductible'), coinsuranceCents: share('coinsurance'), copayCents: share('copay'), otherCents: share(null) },
        patientPaymentsCents: -sum((e) => e.kind === 'patient_payment') - sum((e) => e.kind === 'refund'),
        discountsCents: -sum((e) => ['discount', 'write_off'].includes(e.kind)),
        assistanceCents: -sum((e) => e.kind === 'assistance_adjustment'),
        youOweCents: held.has(a.id) ? 0 : a.patientDueCents,
      };
    });
  const statementDate = ctx.clock.now().toISOString().slice(0, 10);
  const language = opts.language ?? (person.language === 'es' ? 'es' : 'en');
  const verifyCode = statementVerifyCode(personId, statementDate);
  // The code printed on the statement is recorded, so the public verify page can confirm it.
  await q.execute(sql`insert into statement_codes (code, tenant_id, person_id, statement_date, issued_at)
    values (${verifyCode}, ${ctx.tenantId}, ${personId}, ${statementDate}, ${ctx.clock.now()}) on conflict do nothing`);
  await audit(q, ctx, { action: 'read', recordType: 'statement', recordId: personId, details: { accounts: open.map((a) => a.id) } });
  return {
    tenantName: tenant?.name ?? '',
    statementDate,
    dueOn: addDays(statementDate, 30),
    language,
    guarantor: {
      name: `${person.givenName} ${person.familyName}`,
      addressLines: [person.addressLine, [person.city, person.state, person.postalCode].filter(Boolean).join(', ')].filter((x): x is string => Boolean(x)),
    },
    lines,
    totals: totalsOf(lines),
    contact: { portalUrl: opts.portalUrl, phone: opts.phone ?? '1-800-555-0142', hours: opts.hours ?? (language === 'es' ? 'lunes a viernes, 8 a. m. a 6 p. m.' : 'Monday to Friday, 8 a.m. to 6 p.m.') },
    verifyCode,
  };
}
