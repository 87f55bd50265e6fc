import { sql } from 'drizzle-orm';
import { rows, type Database } from '../../platform/db/index.js';

export interface VerifyResult {
  genuine: boolean;
  /** Only what confirms the message without revealing anything about the person or the bill. */
  organization?: string;
  channel?: string;
  sentOn?: string;
}

/** "Is this message really from us?" for the portal's verify page: answers from the 6-character code. */
export async function verifyMessage(database: Database, code: string): Promise<VerifyResult> {
  const normalized = code.trim().toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (normalized.length !== 6) return { genuine: false };
  const [hit] = await rows<{ name: string; channel: string; at: Date }>(
    database.db,
    sql`select t.name, c.channel, c.at from communications c join tenants t on t.id = c.tenant_id
        where c.verify_code = ${normalized} and c.direction = 'outbound' and c.status in ('sent', 'delivered')
        order by c.at desc limit 1`,
  );
  if (!hit) return { genuine: false };
  const at = hit.at instanceof Date ? hit.at : new Date(hit.at);
  return { genuine: true, organization: hit.name, channel: hit.channel, sentOn: at.toISOString().slice(0, 10) };
}
