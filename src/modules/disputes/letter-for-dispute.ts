import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import type { DisputeLetter, LetterLanguage } from './dispute-letters.js';

/** The letter mailed when the dispute was resolved (verification, correction, not ours), as mailed, in either language. */
export async function disputeLetterFor(q: Queryable, ctx: AccessContext, disputeId: string, language?: LetterLanguage): Promise<{ letter: DisputeLetter; phone: string }> {
  const [r] = await rows<{ language: LetterLanguage; resolution_detail: { letters?: Record<LetterLanguage, DisputeLetter>; phone?: string } | null }>(
    q,
    sql`select language, resolution_detail from disputes where tenant_id = ${ctx.tenantId} and id = ${disputeId}`,
  );
  const letter = r?.resolution_detail?.letters?.[language ?? r.language];
  if (!r || !letter) throw notFound('letter');
  await audit(q, ctx, { action: 'read', recordType: 'dispute_letter', recordId: disputeId });
  return { letter, phone: r.resolution_detail?.phone ?? '' };
}
