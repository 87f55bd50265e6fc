import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import { localDate } from '../../platform/time/index.js';

/** The tenant's local calendar date of an instant (letters are dated in the tenant's zone). */
export async function tenantLocalDay(q: Queryable, tenantId: string, at: Date): Promise<string> {
  const [t] = await rows<{ time_zone: string }>(q, sql`select time_zone from tenants where id = ${tenantId}`);
  return localDate(at, t?.time_zone ?? 'UTC');
}
