import { and, asc, desc, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { communications } from '../outreach/schema.js';
import { personSearchIndexes } from '../people/index.js';
import { contactPoints, holds, persons } from '../people/schema.js';
import { agingBucket } from './aging.js';
import { accounts, ledgerEntries } from './schema.js';

export interface AccountSummary {
  id: string;
  externalRef: string;
  personId: string;
  personName: string;
  status: string;
  serviceDate: string | null;
  dueOn: string | null;
  balanceCents: number;
  insurancePendingCents: number;
  patientDueCents: number;
  aging: string;
}

export interface ListAccountsOptions {
  limit?: number;
  /** Account id to continue after (keyset pagination keeps deep pages cheap at 1M accounts). */
  after?: string;
  status?: string;
  search?: string;
}

/** Lists a tenant's accounts (PHI: names), auditing one read per person shown. */
export async function listAccounts(db: Db, ctx: AccessContext, opts: ListAccountsOptions = {}): Promise<{ items: AccountSummary[]; next: string | null }> {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    const conditions = [eq(accounts.tenantId, ctx.tenantId)];
    if (opts.after) conditions.push(gt(accounts.id, opts.after));
    if (opts.status) conditions.push(eq(accounts.status, opts.status));
    if (opts.search) {
      // Names, phones and emails are encrypted: they match through blind indexes (exact, after
      // normalization); the account number still matches by substring.
      const like = `%${opts.search.replace(/[%_]/g, '')}%`;
      const idx = personSearchIndexes(opts.search);
      const anyOf: SQL[] = [ilike(accounts.externalRef, like)];
      if (idx.nameBidx.length) anyOf.push(inArray(persons.nameBidx, idx.nameBidx));
      if (idx.familyBidx.length) anyOf.push(inArray(persons.familyBidx, idx.familyBidx));
      const contactIdx = [...idx.phoneBidx, ...idx.emailBidx];
      if (contactIdx.length) {
        anyOf.push(
          inArray(
            persons.id,
            tx.select({ id: contactPoints.personId }).from(contactPoints).where(and(eq(contactPoints.tenantId, ctx.tenantId), inArray(contactPoints.valueBidx, contactIdx))),
          ),
        );
      }
      conditions.push(or(...anyOf)!);
    }
    const rowsFound = await tx
      .select({ a: accounts, givenName: persons.givenName, familyName: persons.familyName })
      .from(accounts)
      .innerJoin(persons, and(eq(persons.id, accounts.personId), eq(persons.tenantId, accounts.tenantId)))
      .where(and(...conditions))
      .orderBy(asc(accounts.id))
      .limit(limit + 1);
    const page = rowsFound.slice(0, limit);
    await audit(
      tx,
      ctx,
      ...page.map((r) => ({ action: 'read' as const, recordType: 'account', recordId: r.a.id, details: { view: 'list' } })),
    );
    return {
      items: page.map((r) => ({
        id: r.a.id,
        externalRef: r.a.externalRef,
        personId: r.a.personId,
        personName: `${r.givenName} ${r.familyName}`,
        status: r.a.status,
        serviceDate: r.a.serviceDate,
        dueOn: r.a.dueOn,
        balanceCents: r.a.balanceCents,
        insurancePendingCents: r.a.insurancePendingCents,
        patientDueCents: r.a.patientDueCents,
        aging: agingBucket(r.a.dueOn, today),
      })),
      next: rowsFound.length > limit ? (page.at(-1)?.a.id ?? null) : null,
    };
  });
}

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

/** Counts per status, for dashboards (no PHI). */
export async function countAccountsByStatus(db: Db, tenantId: string): Promise<Record<string, number>> {
  const r = await db
    .select({ status: accounts.status, n: sql<number>`count(*)::int` })
    .from(accounts)
    .where(eq(accounts.tenantId, tenantId))
    .groupBy(accounts.status);
  return Object.fromEntries(r.map((x) => [x.status, Number(x.n)]));
}
