import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { accounts, agingBucket, ledgerEntries } from '../ledger/index.js';
import { communications } from '../outreach/index.js';
import { contactPoints, holds, persons } from '../people/index.js';

/**
 * One account with its person, contact points, holds, ledger and messages (a PHI read, audited).
 * The reads run concurrently on the pool; the audit row is committed before any data is returned,
 * so nothing is ever shown that was not recorded.
 */
export async function getAccount(db: Db, ctx: AccessContext, accountId: string) {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, ctx.tenantId), eq(accounts.id, accountId)))
    .limit(1);
  // Another tenant's account is reported exactly like a missing one: no existence oracle.
  if (!row) throw notFound('account');
  const [personRows, contacts, activeHolds, entries, messages] = await Promise.all([
    db.select().from(persons).where(and(eq(persons.tenantId, ctx.tenantId), eq(persons.id, row.personId))),
    db.select().from(contactPoints).where(and(eq(contactPoints.tenantId, ctx.tenantId), eq(contactPoints.personId, row.personId))),
    db.select().from(holds).where(and(eq(holds.tenantId, ctx.tenantId), eq(holds.personId, row.personId), isNull(holds.resolvedAt))),
    db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.tenantId, ctx.tenantId), eq(ledgerEntries.accountId, accountId)))
      .orderBy(asc(ledgerEntries.effectiveOn), asc(ledgerEntries.postedAt)),
    db
      .select()
      .from(communications)
      .where(and(eq(communications.tenantId, ctx.tenantId), eq(communications.personId, row.personId)))
      .orderBy(desc(communications.at))
      .limit(100),
    audit(db, ctx, { action: 'read', recordType: 'account', recordId: accountId, details: { view: 'detail' } }, { action: 'read', recordType: 'person', recordId: row.personId }),
  ]);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  return {
    account: { ...row, aging: agingBucket(row.dueOn, today) },
    // Blind indexes are search keys, not data: they never leave the server.
    person: personRows[0] ? (({ nameBidx: _n, familyBidx: _f, birthBidx: _b, birthYear: _y, zip3: _z, ...p }) => p)(personRows[0]) : null,
    contactPoints: contacts.map(({ valueBidx: _v, ...c }) => c),
    holds: activeHolds,
    entries,
    communications: messages,
  };
}
