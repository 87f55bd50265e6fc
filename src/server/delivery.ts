import { sql } from 'drizzle-orm';
import type { Clock } from '../platform/clock/index.js';
import { rows, type Database } from '../platform/db/index.js';

export const DELIVER_QUEUE = 'outreach.deliver';

/**
 * Delivers one queued communication through the sandbox channel. The compare-and-set from
 * `queued` to `sent` and the delivery record commit together, so a job that two workers both see
 * (or a retried job) delivers exactly once.
 */
export async function deliverCommunication(database: Database, clock: Clock, data: { communicationId: string; tenantId: string }, worker: string): Promise<boolean> {
  return database.db.transaction(async (tx) => {
    const now = clock.now();
    const claimed = await rows<{ id: string; channel: string; to_address: string | null; subject: string | null; body: string | null }>(
      tx,
      sql`update communications set status = 'sent', at = ${now}
          where id = ${data.communicationId} and tenant_id = ${data.tenantId} and status = 'queued'
          returning id, channel, to_address, subject, body`,
    );
    const row = claimed[0];
    if (!row) return false;
    await tx.execute(sql`insert into sandbox_deliveries(tenant_id, communication_id, channel, to_address, subject, body, delivered_at, worker)
      values (${data.tenantId}, ${row.id}, ${row.channel}, ${row.to_address}, ${row.subject}, ${row.body}, ${now}, ${worker})`);
    return true;
  });
}
