import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import type { Db } from '../../platform/db/index.js';
import { hashToken, randomToken } from '../../platform/crypto/index.js';
import { newId } from '../../platform/ids/index.js';
import { persons } from '../people/index.js';
import { checkIdentityAttempt, DEFAULT_IDENTITY_ATTEMPT_POLICY, recordIdentityAttempt, type IdentityAttemptPolicy } from './identity-attempts.js';
import { paymentLinks, portalSessions } from './schema.js';
import { verifyIdentity, type IdentityGiven } from './verify-identity.js';

/** A verified patient's portal session is short: it is re-earned with the same check. */
export const PORTAL_SESSION_MINUTES = 30;

export type VerifyLinkHolderResult =
  | { ok: true; sessionToken: string; expiresAt: Date; method: 'dob_last_name' | 'dob_zip' }
  | { ok: false; reason: 'mismatch'; remainingAttempts: number }
  | { ok: false; reason: 'locked'; lockedUntil: string }
  | { ok: false; reason: 'closed' };

export interface VerifyLinkHolderOptions {
  db: Db;
  clock: Clock;
  linkId: string;
  given: IdentityGiven;
  requestId?: string;
  policy?: IdentityAttemptPolicy;
}

/**
 * The identity check behind a link: date of birth plus last name or ZIP. Attempts are counted on
 * the link row under a row lock (concurrent guesses cannot slip past the limit); the 5th failure
 * locks the link for 30 minutes, the next run of 5 for 24 hours, and the one after closes the link
 * for good and asks staff to review it. Success opens a short portal session. Every attempt is audited.
 */
export async function verifyLinkHolder(opts: VerifyLinkHolderOptions): Promise<VerifyLinkHolderResult> {
  const policy = opts.policy ?? DEFAULT_IDENTITY_ATTEMPT_POLICY;
  const now = opts.clock.now();
  return opts.db.transaction(async (tx) => {
    const [link] = await tx.select().from(paymentLinks).where(eq(paymentLinks.id, opts.linkId)).for('update');
    if (!link) return { ok: false, reason: 'mismatch', remainingAttempts: 0 } as const;
    const ctx: AccessContext = {
      tenantId: link.tenantId,
      actor: { kind: 'patient', id: `link:${link.id}`, roles: [] },
      purpose: 'authentication',
      requestId: opts.requestId,
      clock: opts.clock,
    };
    const state = {
      failures: link.failedAttempts,
      firstFailureAt: link.firstFailureAt?.toISOString() ?? null,
      lockedUntil: link.lockedUntil?.toISOString() ?? null,
      lockouts: link.lockouts,
    };
    const status = checkIdentityAttempt(state, now, policy);
    if (!status.allowed) {
      await audit(tx, ctx, { action: 'denied', recordType: 'payment_link', recordId: link.id, details: { reason: 'locked' } });
      return { ok: false, reason: 'locked', lockedUntil: status.lockedUntil! } as const;
    }
    const [person] = await tx
      .select({ birthDate: persons.birthDate, familyName: persons.familyName, postalCode: persons.postalCode })
      .from(persons)
      .where(and(eq(persons.tenantId, link.tenantId), eq(persons.id, link.personId)));
    const check = person
      ? verifyIdentity({ dateOfBirth: person.birthDate ?? '', lastName: person.familyName, zip: person.postalCode ?? '' }, opts.given)
      : { verified: false, method: null };
    const next = recordIdentityAttempt(state, { success: check.verified, at: now }, policy);
    const lockedNow = next.lockedUntil !== null && state.lockedUntil === null;
    await tx
      .update(paymentLinks)
      .set({
        failedAttempts: next.state.failures,
        firstFailureAt: next.state.firstFailureAt ? new Date(next.state.firstFailureAt) : null,
        lockedUntil: next.state.lockedUntil ? new Date(next.state.lockedUntil) : null,
        lockouts: next.state.lockouts ?? 0,
        ...(check.verified ? { verifiedAt: now } : {}),
      })
      .where(eq(paymentLinks.id, link.id));
    if (!check.verified && next.lockedForGood) {
      await tx.update(paymentLinks).set({ revokedAt: now, revokedBy: 'system', revokeReason: 'identity_check_lockout' }).where(eq(paymentLinks.id, link.id));
      await tx.delete(portalSessions).where(eq(portalSessions.linkId, link.id));
      await audit(tx, ctx, { action: 'login_failed', recordType: 'payment_link', recordId: link.id, details: { locked: true, closed: true, lockouts: next.state.lockouts } });
      // Tasks are how staff hear of it: someone should call the patient and send a new link if it was them.
      await tx.execute(sql`insert into agent_tasks (id, tenant_id, person_id, account_id, kind, status, reason, priority, created_at, detail)
        values (${newId()}, ${link.tenantId}, ${link.personId}, ${link.accountId}, 'security_review', 'open',
                ${'A payment link was closed after repeated failed identity checks.'}, 90, ${now},
                ${JSON.stringify({ subject: 'payment_link', linkId: link.id, lockouts: next.state.lockouts })}::jsonb)`);
      return { ok: false, reason: 'closed' } as const;
    }
    if (!check.verified) {
      await audit(tx, ctx, { action: 'login_failed', recordType: 'payment_link', recordId: link.id, details: { locked: lockedNow } });
      return lockedNow ? ({ ok: false, reason: 'locked', lockedUntil: next.lockedUntil! } as const) : ({ ok: false, reason: 'mismatch', remainingAttempts: next.remainingAttempts } as const);
    }
    // Old sessions of this link are cleaned as new ones are made.
    await tx.delete(portalSessions).where(and(eq(portalSessions.linkId, link.id), lte(portalSessions.expiresAt, now)));
    const sessionToken = randomToken(32);
    const expiresAt = new Date(Math.min(now.getTime() + PORTAL_SESSION_MINUTES * 60_000, link.expiresAt.getTime()));
    await tx.insert(portalSessions).values({
      tokenHash: hashToken(sessionToken),
      linkId: link.id,
      tenantId: link.tenantId,
      personId: link.personId,
      accountId: link.accountId,
      createdAt: now,
      expiresAt,
    });
    await audit(tx, { ...ctx, actor: { kind: 'patient', id: link.personId, roles: [] } }, { action: 'login', recordType: 'payment_link', recordId: link.id, details: { method: check.method } });
    return { ok: true, sessionToken, expiresAt, method: check.method! } as const;
  });
}

export interface PortalSession {
  linkId: string;
  tenantId: string;
  personId: string;
  accountId: string;
  expiresAt: Date;
}

/** The live portal session for this cookie and this link, or null (another link's cookie does not count). */
export async function resolvePortalSession(db: Db, opts: { sessionToken: string; tenantId: string; linkId: string; now: Date }): Promise<PortalSession | null> {
  const [row] = await db
    .select()
    .from(portalSessions)
    .where(
      and(
        eq(portalSessions.tenantId, opts.tenantId),
        eq(portalSessions.tokenHash, hashToken(opts.sessionToken)),
        eq(portalSessions.linkId, opts.linkId),
        gt(portalSessions.expiresAt, opts.now),
      ),
    );
  return row ? { linkId: row.linkId, tenantId: row.tenantId, personId: row.personId, accountId: row.accountId, expiresAt: row.expiresAt } : null;
}
