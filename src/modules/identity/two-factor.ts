import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { constantTimeEqual, hashToken, randomToken, verifyPassword } from '../../platform/crypto/index.js';
import type { Db, Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { users } from './schema.js';

/** TOTP time step (RFC 6238 default; every authenticator app uses it). */
const STEP_SECONDS = 30;
const RECOVERY_CODES = 10;
const ISSUER = 'Kindly';

export interface TotpEnrolment {
  /** Base32 secret, for people who type it instead of scanning. */
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as an SVG QR code (no image request leaves the page). */
  qrSvg: string;
}

const badCode = () => new AppError('validation_failed', { message: 'code: does not match', userMessage: 'That code does not match. Check the time on your phone and try the newest code.', issues: [{ path: 'code', message: 'does not match' }] });

async function auditUser(q: Queryable, o: { tenantId: string; actorId: string; userId: string; now: Date; change: string; requestId?: string }): Promise<void> {
  await q.insert(auditLog).values({
    tenantId: o.tenantId, at: o.now, actorKind: 'user', actorId: o.actorId, action: 'write', purpose: 'authentication',
    recordType: 'user', recordId: o.userId, requestId: o.requestId ?? null, details: { change: o.change },
  });
}

/** Starts two-factor enrolment: a new secret waits (pending) until the person confirms a code from it. */
export async function startTotpEnrolment(db: Db, clock: Clock, o: { userId: string; requestId?: string }): Promise<TotpEnrolment> {
  const [user] = await db.select({ email: users.email, tenantId: users.tenantId }).from(users).where(eq(users.id, o.userId));
  if (!user) throw new AppError('not_found');
  const secret = generateSecret();
  const otpauthUrl = generateURI({ issuer: ISSUER, label: user.email, secret });
  await db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, o.userId));
  await auditUser(db, { tenantId: user.tenantId, actorId: o.userId, userId: o.userId, now: clock.now(), change: 'two_factor_enrolment_started', requestId: o.requestId });
  return { secret, otpauthUrl, qrSvg: await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1 }) };
}

/** The time step a code matches (current one, or one either side for clock drift), or null. */
async function matchingStep(secret: string, code: string, now: Date): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const r = await verify({ secret, token: code, epoch, epochTolerance: STEP_SECONDS });
  if (!r.valid) return null;
  return Math.floor(epoch / STEP_SECONDS) + (r.delta ?? 0);
}

function newRecoveryCode(): string {
  const raw = randomToken(8).replace(/[^a-zA-Z0-9]/g, '').toLowerCase().padEnd(10, '0');
  return `${raw.slice(0, 5)}-${raw.slice(5, 10)}`;
}

const recoveryHash = (code: string) => hashToken(`recovery\u0000${code.trim().toLowerCase()}`);

/**
 * Confirms enrolment with a code from the pending secret; from then on sign-in asks for a code.
 * Returns recovery codes, shown once (only their hashes are kept).
 */
export async function confirmTotpEnrolment(db: Db, clock: Clock, o: { userId: string; code: string; requestId?: string }): Promise<{ recoveryCodes: string[] }> {
  const now = clock.now();
  const [user] = await db.select({ pending: users.totpPendingSecret, tenantId: users.tenantId }).from(users).where(eq(users.id, o.userId));
  if (!user?.pending) throw new AppError('conflict', { message: 'no enrolment started', userMessage: 'Start setting up two-step sign-in first.' });
  const step = await matchingStep(user.pending, o.code.trim(), now);
  if (step === null) throw badCode();
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: user.pending, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step, recoveryCodeHashes: codes.map(recoveryHash) }).where(eq(users.id, o.userId));
    await auditUser(tx, { tenantId: user.tenantId, actorId: o.userId, userId: o.userId, now, change: 'two_factor_enabled', requestId: o.requestId });
  });
  return { recoveryCodes: codes };
}

/** Turns two-factor off: the person proves it with their password; an administrator may for anyone (lost phone). */
export async function disableTotp(db: Db, clock: Clock, o: { userId: string; actorId: string; password?: string; requestId?: string }): Promise<void> {
  const [user] = await db.select({ tenantId: users.tenantId, passwordHash: users.passwordHash }).from(users).where(eq(users.id, o.userId));
  if (!user) throw new AppError('not_found');
  if (o.actorId === o.userId && !(o.password && (await verifyPassword(o.password, user.passwordHash)))) {
    throw new AppError('validation_failed', { message: 'password: wrong', userMessage: 'That password is not right.', issues: [{ path: 'password', message: 'wrong password' }] });
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodeHashes: [] }).where(eq(users.id, o.userId));
    await auditUser(tx, { tenantId: user.tenantId, actorId: o.actorId, userId: o.userId, now: clock.now(), change: 'two_factor_disabled', requestId: o.requestId });
  });
}

/**
 * Checks a sign-in's second factor inside the sign-in transaction: a TOTP code not used before
 * (its time step is later than the last accepted one), or an unused recovery code, which is spent.
 */
export async function checkSecondFactor(
  tx: Queryable,
  user: { id: string; totpSecret: string | null; totpLastStep: number | null; recoveryCodeHashes: string[] },
  code: string,
  now: Date,
): Promise<'totp' | 'recovery' | null> {
  const c = code.trim();
  if (user.totpSecret && /^\d{6}$/.test(c)) {
    const step = await matchingStep(user.totpSecret, c, now);
    if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) return null;
    await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
    return 'totp';
  }
  const h = recoveryHash(c);
  const match = user.recoveryCodeHashes.find((x) => constantTimeEqual(x, h));
  if (!match) return null;
  await tx.update(users).set({ recoveryCodeHashes: user.recoveryCodeHashes.filter((x) => x !== match) }).where(eq(users.id, user.id));
  return 'recovery';
}
