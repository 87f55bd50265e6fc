import { and, asc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import { contactPoints, persons, personSearchIndexes } from '../people/index.js';
import { agingBucket } from './aging.js';
import { accounts } from './schema.js';

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

/** Counts per status, for dashboards (no PHI). */
export async function countAccountsByStatus(db: Db, tenantId: string): Promise<Record<string, number>> {
  const r = await db
    .select({ status: accounts.status, n: sql<number>`count(*)::int` })
    .from(accounts)
    .where(eq(accounts.tenantId, tenantId))
    .groupBy(accounts.status);
  return Object.fromEntries(r.map((x) => [x.status, Number(x.n)]));
}
