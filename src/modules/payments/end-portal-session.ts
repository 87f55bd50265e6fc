import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { hashToken } from '../../platform/crypto/index.js';
import { portalSessions } from './schema.js';

/** Ends a portal session on the server: the cookie stops working even if it was copied. */
export async function endPortalSession(db: Db, sessionToken: string): Promise<void> {
  await db.delete(portalSessions).where(eq(portalSessions.tokenHash, hashToken(sessionToken)));
}
