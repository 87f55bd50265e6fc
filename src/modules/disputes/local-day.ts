import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';

/** The tenant's local calendar date of an instant (letters are dated in the tenant's zone). */
export async function tenantLocalDay(q: Queryable, tenantId: string, at: Date): Promise<string> {
  const [t] = await rows<{ time_zone: string }>(q, sql`select time_zone from tenants where id = ${tenantId}`);
  return new Intl.DateTimeFormat('en-CA', { timeZone: t?.time_zone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
