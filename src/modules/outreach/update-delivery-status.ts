import { sql } from 'drizzle-orm';
import { rows, type Database } from '../../platform/db/index.js';
import { mapTwilioStatus } from './channels/twilio-sms.js';

/**
 * Applies a provider's delivery receipt (Twilio-style MessageSid/MessageStatus). Statuses only
 * move forward: a late "sent" never overwrites "delivered".
 */
export async function applyDeliveryReceipt(database: Database, receipt: { externalId: string; status: string; errorCode?: string | null; now: Date }): Promise<{ updated: number }> {
  const mapped = mapTwilioStatus(receipt.status);
  if (!mapped || mapped === 'sent') return { updated: 0 };
  const r = await rows<{ id: string }>(
    database.db,
    sql`update communications set status = ${mapped},
          delivered_at = case when ${mapped} = 'delivered' then ${receipt.now}::timestamptz else delivered_at end,
          outcome = case when ${mapped} = 'failed' then ${`provider_${receipt.status}${receipt.errorCode ? `_${receipt.errorCode}` : ''}`} else outcome end
        where external_id = ${receipt.externalId} and direction = 'outbound' and status in ('sent', 'sending')
        returning id`,
  );
  return { updated: r.length };
}
