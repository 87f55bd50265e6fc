import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock/index.js';
import type { Db } from '../../platform/db/index.js';
import { tenants } from '../identity/index.js';
import { openMessageLink } from '../payments/index.js';

export type ShortLinkView =
  | { state: 'open'; token: string; tenantName: string; paid: boolean }
  | { state: 'paid' | 'expired' | 'revoked'; tenantName: string }
  | { state: 'invalid' };

/**
 * What the short link in a message opens, without PHI: the signed link token for the portal (the
 * identity check still comes first there), or "this bill is paid", "expired", "revoked". Only the
 * sender's name is shown.
 */
export async function openShortLink(opts: { db: Db; clock: Clock; appSecret: string; code: string }): Promise<ShortLinkView> {
  const r = await openMessageLink(opts.db, { code: opts.code, appSecret: opts.appSecret, now: opts.clock.now() });
  if (r.state === 'invalid') return r;
  const [t] = await opts.db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, r.tenantId));
  const tenantName = t?.name ?? '';
  if (r.state === 'open') return { state: 'open', token: r.token, tenantName, paid: r.paid };
  return { state: r.state, tenantName };
}
