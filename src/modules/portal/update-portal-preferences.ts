import { sql } from 'drizzle-orm';
import { audit } from '../../platform/audit/index.js';
import { rows, textArray, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { stableId } from '../../platform/ids/index.js';
import type { PortalAccess } from './open-portal.js';

export const PREFERRED_CHANNELS = ['email', 'sms', 'call', 'letter'] as const;
export const STOPPABLE_CHANNELS = ['email', 'sms', 'call'] as const;
/** Times of day as a patient picks them, and the local hour outreach aims for. */
export const TIMES_OF_DAY = { morning: 9, midday: 12, evening: 17 } as const;
export type TimeOfDay = keyof typeof TIMES_OF_DAY;

export interface PortalPreferences {
  channel: (typeof PREFERRED_CHANNELS)[number] | null;
  timeOfDay: TimeOfDay | null;
  language: 'en' | 'es';
  paperless: boolean;
  /** Channels the patient has stopped (revocations on file). */
  stopped: Array<(typeof STOPPABLE_CHANNELS)[number]>;
}

function timeOfDayOf(hour: number | undefined): TimeOfDay | null {
  if (hour === undefined) return null;
  return hour < 11 ? 'morning' : hour < 15 ? 'midday' : 'evening';
}

/** The verified patient's contact preferences (an audited PHI read). */
export async function getPortalPreferences(opts: { database: Database; access: PortalAccess }): Promise<PortalPreferences> {
  const { ctx, link } = opts.access;
  return opts.database.db.transaction(async (tx) => {
    const [p] = await rows<{ preferences: { channel?: string; sendHour?: number; paperless?: boolean } | null; language: string }>(
      tx,
      sql`select preferences, language from persons where tenant_id = ${ctx.tenantId} and id = ${link.personId}`,
    );
    if (!p) throw new AppError('not_found', { message: 'person not found' });
    const revs = await rows<{ channel: string }>(tx, sql`select distinct channel from revocations where tenant_id = ${ctx.tenantId} and person_id = ${link.personId}`);
    const all = revs.some((r) => r.channel === 'all');
    await audit(tx, ctx, { action: 'read', recordType: 'person_preferences', recordId: link.personId });
    const prefs = p.preferences ?? {};
    return {
      channel: (PREFERRED_CHANNELS as readonly string[]).includes(prefs.channel ?? '') ? (prefs.channel as PortalPreferences['channel']) : null,
      timeOfDay: timeOfDayOf(prefs.sendHour),
      language: p.language === 'es' ? 'es' : 'en',
      paperless: prefs.paperless === true,
      stopped: STOPPABLE_CHANNELS.filter((c) => all || revs.some((r) => r.channel === c)),
    };
  });
}

/** Saves channel, time of day, language and paperless; outreach reads them on its next decision. */
export async function updatePortalPreferences(opts: {
  database: Database;
  access: PortalAccess;
  channel?: PortalPreferences['channel'];
  timeOfDay?: TimeOfDay | null;
  language?: 'en' | 'es';
  paperless?: boolean;
}): Promise<PortalPreferences> {
  const { ctx, link } = opts.access;
  const now = ctx.clock.now();
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  if (opts.channel === null) unset.push('channel');
  else if (opts.channel !== undefined) set.channel = opts.channel;
  if (opts.timeOfDay === null) unset.push('sendHour');
  else if (opts.timeOfDay !== undefined) set.sendHour = TIMES_OF_DAY[opts.timeOfDay];
  if (opts.paperless !== undefined) set.paperless = opts.paperless;
  await opts.database.db.transaction(async (tx) => {
    await tx.execute(sql`update persons set preferences = (coalesce(preferences, '{}'::jsonb) - ${textArray(unset)}) || ${JSON.stringify(set)}::jsonb,
        language = coalesce(${opts.language ?? null}, language), updated_at = ${now}
      where tenant_id = ${ctx.tenantId} and id = ${link.personId}`);
    // Outreach looks again at once, so the next message already follows the new choices.
    await tx.execute(sql`update journey_states set next_eval_at = least(next_eval_at, ${now})
      where tenant_id = ${ctx.tenantId} and account_id in (select id from accounts where tenant_id = ${ctx.tenantId} and person_id = ${link.personId})`);
    await audit(tx, ctx, { action: 'write', recordType: 'person_preferences', recordId: link.personId, details: { changed: [...Object.keys(set), ...unset, ...(opts.language ? ['language'] : [])] } });
  });
  return getPortalPreferences(opts);
}

/**
 * "Stop texting me" in one tap: a revocation of consent by the patient (TCPA: by any reasonable
 * means), honoured by every later decision and re-checked at send time. Stopping twice changes nothing.
 */
export async function stopPortalChannel(opts: { database: Database; access: PortalAccess; channel: (typeof STOPPABLE_CHANNELS)[number] }): Promise<PortalPreferences> {
  const { ctx, link } = opts.access;
  const now = ctx.clock.now();
  await opts.database.db.transaction(async (tx) => {
    await tx.execute(sql`insert into revocations (id, tenant_id, person_id, channel, received_at, means, text)
      values (${stableId('portal-stop', link.personId, opts.channel)}, ${ctx.tenantId}, ${link.personId}, ${opts.channel}, ${now}, 'portal', null)
      on conflict (tenant_id, id) do nothing`);
    await audit(tx, ctx, { action: 'write', recordType: 'revocation', recordId: link.personId, details: { channel: opts.channel, means: 'portal' } });
  });
  return getPortalPreferences(opts);
}
