import { sql, type SQL } from 'drizzle-orm';
import { auditInsertSql, type AccessContext } from '../../../platform/audit/index.js';
import { fromJsonRow, rows, type Queryable } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { persons } from '../../people/index.js';
import { accounts, ledgerEntries } from '../schema.js';
import { totalsOf, type Language, type Statement, type StatementLine } from './statement.js';

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

/** A 6-character code printed on a statement and shown by the portal, so a patient can tell it is genuine. */
export function statementVerifyCode(personId: string, statementDate: string): string {
  return stableId('verify-statement', personId, statementDate).replace(/-/g, '').slice(0, 6).toUpperCase();
}

/** The ids of the open accounts a statement lists (a jsonb array over statementSql's CTEs), as its audit row records them. */
export const statementAccountsJsonSql = sql`coalesce((select jsonb_agg(id) from statement_open), '[]'::jsonb)`;

/** The statement's read as JSON, with the writes that go with it (statementSql). */
export interface StatementJson {
  person: Record<string, unknown> | null;
  tenant_name: string | null;
  accounts: Array<Record<string, unknown>>;
  entries: Array<Record<string, unknown>>;
  held: string[];
  verify_code: string;
}

/**
 * The statement for the person whose id `personId` yields (an expression: a parameter, or a
 * caller's own CTE such as the account 360's read), as top-level CTEs (`ctes`, each ending in a
 * comma, names prefixed `statement_`) and one JSON column (`json`, mapped by statementFromJson):
 * the guarantor, their accounts and entries, the appeal holds, the tenant's name, and the two
 * writes that go with a statement: its verify code (so the public verify page can confirm it;
 * the code is statementVerifyCode's, computed in SQL because the person may not be known before
 * the statement runs) and the audit row. A missing person yields a null person and writes nothing.
 * With `auditedByCaller`, the statement writes no audit row of its own: the caller's statement
 * writes one that covers the statement too (the account 360's view row, which lists the statement's
 * accounts from `statement_open`).
 */
export function statementSql(ctx: AccessContext, personId: SQL, statementDate: string, opts: { auditedByCaller?: boolean } = {}): { ctes: SQL; json: SQL } {
  const tenantId = ctx.tenantId;
  const verifyCode = sql`upper(left(encode(sha256(convert_to('verify-statement', 'UTF8') || decode('00', 'hex') || convert_to(statement_p.id, 'UTF8') || decode('00', 'hex') || convert_to(${statementDate}::text, 'UTF8')), 'hex'), 6))`;
  const ctes = sql`statement_p as (select * from persons where tenant_id = ${tenantId} and id = ${personId}),
          statement_acc as (select a.* from accounts a where a.tenant_id = ${tenantId} and a.person_id = (select id from statement_p)),
          statement_ent as (select e.* from ledger_entries e where e.tenant_id = ${tenantId} and e.account_id in (select id from statement_acc)),
          statement_open as (select acc.id from statement_acc acc where acc.balance_cents <> 0 or exists (select 1 from statement_ent ent where ent.account_id = acc.id and ent.kind = 'assistance_adjustment')),
          statement_code as (insert into statement_codes (code, tenant_id, person_id, statement_date, issued_at)
                   select ${verifyCode}, ${tenantId}, statement_p.id, ${statementDate}::date, ${ctx.clock.now().toISOString()}::timestamptz from statement_p
                   on conflict do nothing returning 1),
          ${opts.auditedByCaller ? sql`` : sql`statement_audited as (${auditInsertSql(ctx, sql`statement_p`, { action: 'read', recordType: 'statement', recordId: sql`statement_p.id`, detailsSql: sql`jsonb_build_object('accounts', ${statementAccountsJsonSql})` })}),`}`;
  const json = sql`(select jsonb_build_object(
            'person', to_jsonb(statement_p),
            'tenant_name', (select name from tenants where id = ${tenantId}),
            'accounts', (select coalesce(jsonb_agg(to_jsonb(acc)), '[]'::jsonb) from statement_acc acc),
            'entries', (select coalesce(jsonb_agg(to_jsonb(ent)), '[]'::jsonb) from statement_ent ent),
            'held', (select coalesce(jsonb_agg(h.account_id), '[]'::jsonb) from holds h
                     where h.tenant_id = ${tenantId} and h.person_id = statement_p.id and h.type = 'insurance_pending' and h.resolved_at is null),
            'verify_code', ${verifyCode},
            'written', (select count(*) from statement_code)${opts.auditedByCaller ? sql`` : sql` + (select count(*) from statement_audited)`})
          from statement_p)`;
  return { ctes, json };
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
  const statementDate = ctx.clock.now().toISOString().slice(0, 10);
  // One statement: the read and its two writes.
  const { ctes, json } = statementSql(ctx, sql`${personId}`, statementDate);
  const [found] = await rows<{ statement: StatementJson | null }>(q, sql`with ${ctes} statement_person as (select 1) select ${json} as statement`);
  const statement = found?.statement ? statementFromJson(found.statement, statementDate, opts) : null;
  if (!statement) throw notFound('person');
  return statement;
}

/** The statement from statementSql's JSON (null when the person was not found). */
export function statementFromJson(found: StatementJson | null, statementDate: string, opts: { language?: Language; portalUrl: string; phone?: string; hours?: string }): Statement | null {
  if (!found?.person) return null;
  const person = fromJsonRow(persons, found.person);
  const accts = found.accounts.map((a) => fromJsonRow(accounts, a));
  const entries = found.entries.map((e) => fromJsonRow(ledgerEntries, e));
  // A bill that assistance brought to $0 stays on the statement, so the patient sees why it is $0.
  const assisted = new Set(entries.filter((e) => e.kind === 'assistance_adjustment').map((e) => e.accountId));
  const open = accts.filter((a) => a.balanceCents !== 0 || assisted.has(a.id));
  // An account whose claim is back with the payer (an open appeal) is not billed to the patient yet.
  const held = new Set<string | null>(found.held);
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
  const language = opts.language ?? (person.language === 'es' ? 'es' : 'en');
  return {
    tenantName: found.tenant_name ?? '',
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
    verifyCode: found.verify_code,
  };
}
