import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import { fieldCipher } from '../../platform/crypto/index.js';
import { rows } from '../../platform/db/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { contactBlindIndex, personBlindIndexes } from '../people/index.js';
import { listWorklist } from './index.js';
import { accountsMatchingSql, rankedAccountsMatchingSql } from './search-accounts.js';
import { RANK_KEY_SQL } from './worklist-priority.js';

const clock = new ManualClock('2026-11-24T16:00:00Z');

describeDb('search ranks the accounts it finds from the rank keys kept on each person', (getDb) => {
  let ctx: AccessContext;
  let tenantId: string;

  async function person(id: string, given: string, family: string, phone?: string) {
    const cipher = fieldCipher();
    const idx = personBlindIndexes({ givenName: given, familyName: family });
    await getDb().query(
      `insert into persons (id, tenant_id, external_ref, given_name, family_name, name_bidx, family_bidx, language, time_zone, state) values ($1, $2, $3, $4, $5, $6, $7, 'en', 'America/New_York', 'OH')`,
      [id, tenantId, `MRN-${id.toUpperCase()}`, cipher.encrypt(given), cipher.encrypt(family), idx.nameBidx, idx.familyBidx],
    );
    if (phone) {
      await getDb().query(`insert into contact_points (id, tenant_id, person_id, system, value, value_bidx, use, rank, verified) values ($1, $2, $3, 'phone', $4, $5, 'mobile', 1, true)`, [`${id}-phone`, tenantId, id, cipher.encrypt(phone), contactBlindIndex('phone', phone)]);
    }
  }
  /** Accounts as one statement (a bulk write fires the triggers once): [id, person, due date, patient due]. */
  async function accounts(list: Array<[string, string, string | null, number]>) {
    await getDb().query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, service_date, due_on, balance_cents, patient_due_cents, total_charges_cents)
       select x.id, $1, x.person_id, 'ACC-' || upper(x.id), case when x.due > 0 then 'patient_due' else 'paid' end, date '2026-01-05', x.due_on::date, x.due, x.due, x.due
       from jsonb_to_recordset($2::jsonb) x(id text, person_id text, due_on text, due bigint)`,
      [tenantId, JSON.stringify(list.map(([id, personId, dueOn, due]) => ({ id, person_id: personId, due_on: dueOn, due })))],
    );
  }

  /** What each person holds now, and what a rebuild from `accounts` would give. */
  async function storedAndRebuilt() {
    return getDb().query<{ id: string; stored: string | null; rebuilt: string }>(
      `select p.id, p.search_account_ids::text || '/' || p.search_rank_keys::text as stored,
              coalesce((select array_agg(a.id order by a.id) from accounts a where a.tenant_id = p.tenant_id and a.person_id = p.id), '{}')::text || '/' ||
              coalesce((select array_agg(${RANK_KEY_SQL} order by a.id) from accounts a where a.tenant_id = p.tenant_id and a.person_id = p.id), '{}')::text as rebuilt
       from persons p where p.tenant_id = $1 order by p.id`,
      [tenantId],
    );
  }
  async function expectKept() {
    for (const r of await storedAndRebuilt()) if (r.stored !== null) expect(r.stored, r.id).toBe(r.rebuilt);
  }

  /** The matches, best first, as the statement the filtered search still uses finds and ranks them. */
  async function reference(text: string, cap: number): Promise<string[]> {
    const matching = accountsMatchingSql(tenantId, text, sql.raw(`a.id, a.due_on, a.service_date, a.patient_due_cents`), cap)!;
    return (await rows<{ id: string }>(getDb().db, sql`select a.id from ${matching} a order by ${sql.raw(RANK_KEY_SQL)}, a.id`)).map((r) => r.id);
  }
  async function ranked(text: string, cap: number): Promise<string[]> {
    return (await rows<{ id: string }>(getDb().db, rankedAccountsMatchingSql(tenantId, text, null, 1000, cap)!)).map((r) => r.id);
  }

  beforeAll(async () => {
    ({ tenantId } = await createTenant(getDb().db, { slug: 'search-ranks', name: 'Lakeside Hospital', kind: 'provider' }));
    ctx = { tenantId, actor: { kind: 'user', id: 'coordinator-1', roles: ['collections_coordinator'] }, purpose: 'collections', clock };
    // Eight Riveras in the table's order: one with no account, one with three, the others one or two.
    const riveras: Array<[string, string]> = [['r1', 'Ana'], ['r2', 'Luis'], ['r3', 'Ana'], ['r4', 'Rosa'], ['r5', 'Ana'], ['r6', 'Omar'], ['r7', 'Ana'], ['r8', 'Elena']];
    for (const [id, given] of riveras) await person(id, given, 'Rivera', id === 'r6' || id === 'r7' ? '+16145550177' : undefined);
    await accounts([
      ['a-r2-1', 'r2', '2026-03-01', 120_000], ['a-r2-2', 'r2', '2026-09-01', 4_000], ['a-r2-3', 'r2', null, 0],
      ['a-r3-1', 'r3', '2026-05-01', 60_000],
      ['a-r4-1', 'r4', '2026-02-01', 900_000], ['a-r4-2', 'r4', '2026-02-01', 900_000],
      ['a-r5-1', 'r5', '2026-08-15', 15_000],
      ['a-r6-1', 'r6', '2026-04-10', 33_000],
      ['a-r7-1', 'r7', '2026-07-01', 2_500], ['a-r7-2', 'r7', '2026-07-01', 2_500],
      ['a-r8-1', 'r8', '2026-01-20', 75_000],
    ]);
  });

  it('each person holds the ids and rank keys of its accounts, kept through inserts, balance and date changes, moves and deletes', async () => {
    // Written by the insert: every person with an account; r1 has none and was never touched.
    const first = await storedAndRebuilt();
    expect(first.find((r) => r.id === 'r1')!.stored).toBeNull();
    expect(first.find((r) => r.id === 'r2')!.stored).toBe(first.find((r) => r.id === 'r2')!.rebuilt);
    await expectKept();

    // A payment that changes a rank key, and one that does not ($10 steps), in one statement.
    await getDb().query(`update accounts set patient_due_cents = patient_due_cents - 5000, balance_cents = balance_cents - 5000 where tenant_id = $1 and id in ('a-r3-1', 'a-r4-1')`, [tenantId]);
    await expectKept();
    // A status change is not a rank change: the person row is not rewritten.
    const before = await getDb().query<{ xmin: string }>(`select xmin::text from persons where tenant_id = $1 and id = 'r5'`, [tenantId]);
    await getDb().query(`update accounts set status = 'in_plan' where tenant_id = $1 and id = 'a-r5-1'`, [tenantId]);
    expect(await getDb().query<{ xmin: string }>(`select xmin::text from persons where tenant_id = $1 and id = 'r5'`, [tenantId])).toEqual(before);
    await getDb().query(`update accounts set status = 'patient_due' where tenant_id = $1 and id = 'a-r5-1'`, [tenantId]);
    // A new due date, an account moved to another person (r1 had none: its arrays are filled), a delete.
    await getDb().query(`update accounts set due_on = date '2026-10-01' where tenant_id = $1 and id = 'a-r8-1'`, [tenantId]);
    await getDb().query(`update accounts set person_id = 'r1' where tenant_id = $1 and id = 'a-r2-2'`, [tenantId]);
    await getDb().query(`delete from accounts where tenant_id = $1 and id = 'a-r4-2'`, [tenantId]);
    await expectKept();
    const now = await storedAndRebuilt();
    expect(now.find((r) => r.id === 'r1')!.stored).toMatch(/^\{a-r2-2\}\//);
    expect(now.find((r) => r.id === 'r4')!.stored).toMatch(/^\{a-r4-1\}\//);

    // A person whose arrays are not known (as after a load with triggers off) is filled by the next
    // write to one of its accounts, and the rebuild fills everyone.
    await getDb().query(`update persons set search_account_ids = null, search_rank_keys = null where tenant_id = $1 and id in ('r3', 'r7')`, [tenantId]);
    await getDb().query(`update accounts set patient_due_cents = 61000 where tenant_id = $1 and id = 'a-r3-1'`, [tenantId]);
    expect((await storedAndRebuilt()).find((r) => r.id === 'r3')!.stored).toMatch(/^\{a-r3-1\}\/\{/);
    expect((await storedAndRebuilt()).find((r) => r.id === 'r7')!.stored).toBeNull();
    await getDb().query(`select person_search_rebuild()`);
    for (const r of await storedAndRebuilt()) expect(r.stored, r.id).toBe(r.rebuilt);
  });

  it('finds the same accounts in the same order as reading the accounts of each person, under every cap, by family name, full name, MRN and phone', async () => {
    // r7's arrays unknown again: the search reads that person's accounts from `accounts`.
    await getDb().query(`update persons set search_account_ids = null, search_rank_keys = null where tenant_id = $1 and id = 'r7'`, [tenantId]);
    for (const text of ['Rivera', 'RIVERA', 'Ana Rivera', 'Rivera, Ana', 'Luis Rivera', 'MRN-R2', 'mrn-r4', '(614) 555-0177', 'ACC-A-R3-1', 'a-r8-1', 'Nobody']) {
      for (const cap of [1, 2, 3, 4, 5, 7, 9, 500]) expect(await ranked(text, cap), `${text} cap ${cap}`).toEqual(await reference(text, cap));
    }
    // The cap counts accounts, not people: a person's accounts can be cut.
    expect(await ranked('Rivera', 4)).toHaveLength(4);
    expect((await ranked('Rivera', 500)).sort()).toEqual(['a-r2-1', 'a-r2-2', 'a-r2-3', 'a-r3-1', 'a-r4-1', 'a-r5-1', 'a-r6-1', 'a-r7-1', 'a-r7-2', 'a-r8-1']);
  });

  it('pages of the worklist search walk the ranked matches with no repeats and no gaps, as the filtered search does', async () => {
    const walk = async (opts: { status?: string }) => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await listWorklist(getDb().db, ctx, { search: 'Rivera', limit: 2, after, ...opts });
        seen.push(...page.items.map((r) => r.accountId));
        if (!page.next) break;
        after = page.next;
      }
      return seen;
    };
    const all = await walk({});
    expect(all).toEqual(await reference('Rivera', 500));
    expect(new Set(all).size).toBe(all.length);
    // A filter takes the other statement (each person's accounts read from `accounts`): the same order.
    expect(await walk({ status: 'patient_due' })).toEqual(all.filter((id) => id !== 'a-r2-3'));
  });
});
