import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/index.js';
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

export async function loadHouseholdColumns(database: Database, tenantId: string): Promise<HouseholdColumns> {
  const apps = await database.db
    .select({ id: assistanceApplications.id, personId: assistanceApplications.personId, receivedOn: assistanceApplications.receivedOn, household: assistanceApplications.household })
    .from(assistanceApplications)
    .where(eq(assistanceApplications.tenantId, tenantId));
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
