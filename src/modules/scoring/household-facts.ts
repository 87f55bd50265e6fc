import { and, eq, inArray, sql } from 'drizzle-orm';
import { textArray, type Database } from '../../platform/db/index.js';
import { assistanceApplications } from '../assistance/index.js';

/**
 * What scoring and screening need from assistance applications' households (income, size, the
 * presumptive circumstances reported). Households are encrypted at rest, so SQL cannot read them:
 * they are decrypted here, once per tenant, and handed to the set-based queries as arrays that a
 * `households` CTE unnests. Applications are few next to accounts (those who applied).
 */
export interface HouseholdColumns {
  ids: string[];
  personIds: string[];
  receivedOn: string[];
  incomes: Array<number | null>;
  sizes: Array<number | null>;
  /** The reported presumptive kinds of each application, comma-separated ('' for none). */
  kinds: string[];
}

/**
 * Whose applications a read needs: the people of some accounts, the people who owe something now
 * (scoring and screening today), or everyone (training, empty scope). Each household decrypted
 * costs a decryption and a JSON parse, so a read decrypts no more than it will join.
 */
export interface HouseholdScope {
  accountIds?: string[];
  owing?: boolean;
  /** Only people with a patient-due account never screened (the pass before outreach). */
  unscreened?: boolean;
}

export async function loadHouseholdColumns(database: Database, tenantId: string, scope: HouseholdScope = {}): Promise<HouseholdColumns> {
  const people = scope.accountIds
    ? sql`(select person_id from accounts where tenant_id = ${tenantId} and id = any(${textArray(scope.accountIds)}))`
    : scope.unscreened
      ? sql`(select a.person_id from accounts a where a.tenant_id = ${tenantId} and a.patient_due_cents > 0
             and not exists (select 1 from account_screenings s where s.tenant_id = a.tenant_id and s.account_id = a.id))`
      : scope.owing
        ? sql`(select person_id from accounts where tenant_id = ${tenantId} and patient_due_cents > 0)`
        : null;
  const apps = await database.db
    .select({ id: assistanceApplications.id, personId: assistanceApplications.personId, receivedOn: assistanceApplications.receivedOn, household: assistanceApplications.household })
    .from(assistanceApplications)
    .where(people ? and(eq(assistanceApplications.tenantId, tenantId), inArray(assistanceApplications.personId, people)) : eq(assistanceApplications.tenantId, tenantId));
  const cols: HouseholdColumns = { ids: [], personIds: [], receivedOn: [], incomes: [], sizes: [], kinds: [] };
  for (const a of apps) {
    cols.ids.push(a.id);
    cols.personIds.push(a.personId);
    cols.receivedOn.push(String(a.receivedOn));
    cols.incomes.push(a.household.annualIncomeCents ?? null);
    cols.sizes.push(a.household.size ?? null);
    cols.kinds.push((a.household.presumptive ?? []).map((p) => p.kind).join(','));
  }
  return cols;
}

/**
 * The CTE body over the decrypted households; `ph` binds each array as a query parameter and
 * returns its placeholder.
 */
export function householdsCte(cols: HouseholdColumns, ph: (v: unknown) => string): string {
  return `select * from unnest(${ph(cols.ids)}::text[], ${ph(cols.personIds)}::text[], ${ph(cols.receivedOn)}::date[], ${ph(cols.incomes)}::bigint[], ${ph(cols.sizes)}::int[], ${ph(cols.kinds)}::text[])
      as h(id, person_id, received_on, income, hh_size, kinds)`;
}
