import { sql } from 'drizzle-orm';
import { rows, type Database } from '../../platform/db/index.js';

export interface VerifyResult {
  genuine: boolean;
  /** Only what confirms the message without revealing anything about the person or the bill. */
  organization?: string;
  /** email, sms, letter, call, or statement. */
  channel?: string;
  sentOn?: string;
}

/**
 * "Is this really from us?" for the public verify page, from the 6-character code printed on a
 * message, a letter or a statement, or read out by an agent on a call. A call's code is genuine
 * from the moment the call is placed on the worklist (the agent may be on the phone with them).
 */
export async function verifyMessage(database: Database, code: string): Promise<VerifyResult> {
  const normalized = code.trim().toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (normalized.length !== 6) return { genuine: false };
  const [hit] = await rows<{ name: string; channel: string; at: Date | string }>(
    database.db,
    sql`(select t.name, c.channel, c.at from communications c join tenants t on t.id = c.tenant_id
          where c.verify_code = ${normalized} and c.direction = 'outbound'
            and (c.status in ('sent', 'delivered') or (c.channel = 'call' and c.status = 'queued'))
          order by c.at desc limit 1)
        union all
        (select t.name, s.channel, s.issued_at as at from statement_codes s join tenants t on t.id = s.tenant_id
          where s.code = ${normalized} order by s.issued_at desc limit 1)
        limit 1`,
  );
  if (!hit) return { genuine: false };
  const at = hit.at instanceof Date ? hit.at : new Date(hit.at);
  return { genuine: true, organization: hit.name, channel: hit.channel, sentOn: at.toISOString().slice(0, 10) };
}
