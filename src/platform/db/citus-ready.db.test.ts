import { expect, it } from 'vitest';
import type { Database } from './database.js';
import { describeDb } from './testing.js';

/**
 * The schema stays ready for Citus (PostgreSQL sharded by tenant, see docs/operations.md):
 * every table is either distributed by `tenant_id`, a small reference table copied to every node,
 * or one of the few tables deliberately distributed by a key of its own (PLACED_ELSEWHERE). Every
 * primary key, unique constraint/index and foreign key between tables distributed by tenant carries
 * `tenant_id`, because Citus can only enforce those within one shard. There are no exceptions: a new
 * offender fails with its table and constraint named.
 */

/** Tables without `tenant_id`, replicated to every node with create_reference_table. */
const REFERENCE_TABLES: Record<string, string> = {
  tenants: 'the tenant list itself; every tenant table references it',
  app_settings: 'installation-wide settings (key/value), read by every tenant',
  sign_in_throttles: 'keyed by a hash of the sign-in identity before any tenant is known',
  sandbox_gateway_objects: 'the sandbox payment gateway state, which stands in for an outside service',
  kindly_migrations: 'migration bookkeeping for the whole database',
};

/**
 * Tables that carry `tenant_id` but are deliberately not distributed by it, because rows are found
 * before any tenant is known (docs/operations.md, "Distribution plan"). A `reference` table is copied
 * to every node like the tables above; a table distributed by its own `column` lives in a
 * co-location group of its own. Either way its keys need not carry the tenant, but nothing
 * distributed by tenant may reference it, and it may reference only reference tables.
 */
type Placement = { reference: true; reason: string } | { column: string; reason: string };
const PLACED_ELSEWHERE: Record<string, Placement> = {
  users: {
    reference: true,
    reason: 'sign-in finds the account by email before the tenant is known; staff accounts are few and rarely written, and every node joins them locally',
  },
  sessions: { column: 'token_hash', reason: 'every staff request finds its session by the cookie token alone, before the tenant is known' },
  user_invites: { column: 'token_hash', reason: 'an invite or password reset link is opened by its token alone, before anyone signs in' },
  gateway_events: { column: 'id', reason: 'a payment gateway webhook is deduplicated by its event id before its tenant is known (tenant_id may be null)' },
};

async function tableNames(database: Database): Promise<{ name: string; tenant: boolean }[]> {
  return database.query<{ name: string; tenant: boolean }>(
    `select t.table_name::text as name,
            exists (select 1 from information_schema.columns c
                    where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'tenant_id') as tenant
       from information_schema.tables t
      where t.table_schema = $1 and t.table_type = 'BASE TABLE'
      order by 1`,
    [database.schema],
  );
}

async function uniqueIndexes(database: Database): Promise<{ table: string; name: string; kind: string; cols: string[] }[]> {
  return database.query(
    `select rel.relname::text as table, ix.relname::text as name,
            coalesce((select case con.contype when 'p' then 'primary key' else 'unique constraint' end
                        from pg_constraint con where con.conindid = i.indexrelid and con.contype in ('p', 'u')), 'unique index') as kind,
            array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
                    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.ord) as cols
       from pg_index i
       join pg_class rel on rel.oid = i.indrelid
       join pg_class ix on ix.oid = i.indexrelid
       join pg_namespace n on n.oid = rel.relnamespace
      where n.nspname = $1 and i.indisunique and rel.relkind = 'r'
      order by 1, 2`,
    [database.schema],
  );
}

async function foreignKeys(database: Database): Promise<{ table: string; name: string; ref: string; cols: string[]; refCols: string[] }[]> {
  return database.query(
    `select rel.relname::text as table, con.conname::text as name, frel.relname::text as ref,
            array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
                    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord) as cols,
            array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
                    join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord) as "refCols"
       from pg_constraint con
       join pg_class rel on rel.oid = con.conrelid
       join pg_class frel on frel.oid = con.confrelid
       join pg_namespace n on n.oid = rel.relnamespace
      where n.nspname = $1 and con.contype = 'f'
      order by 1, 2`,
    [database.schema],
  );
}

/** Tables that live whole on every node: the listed reference tables and those placed as references. */
function referenceTables(): Set<string> {
  return new Set([...Object.keys(REFERENCE_TABLES), ...Object.entries(PLACED_ELSEWHERE).filter(([, p]) => 'reference' in p).map(([t]) => t)]);
}

/** Tenant tables distributed by tenant_id, all in one co-location group. */
async function byTenant(database: Database): Promise<Set<string>> {
  return new Set((await tableNames(database)).filter((t) => t.tenant && !(t.name in PLACED_ELSEWHERE)).map((t) => t.name));
}

describeDb('schema is ready to distribute by tenant (Citus)', (getDb) => {
  it('every table is a tenant table or a listed reference table', async () => {
    const tables = await tableNames(getDb());
    const unlisted = tables.filter((t) => !t.tenant && !(t.name in REFERENCE_TABLES)).map((t) => `${t.name}: no tenant_id and not in REFERENCE_TABLES`);
    expect(unlisted).toEqual([]);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const stale = Object.keys(REFERENCE_TABLES)
      .filter((name) => byName.get(name)?.tenant !== false)
      .map((name) => `${name}: listed in REFERENCE_TABLES but ${byName.has(name) ? 'has tenant_id' : 'does not exist'}`);
    expect(stale).toEqual([]);
    const misplaced = Object.keys(PLACED_ELSEWHERE)
      .filter((name) => byName.get(name)?.tenant !== true)
      .map((name) => `${name}: listed in PLACED_ELSEWHERE but ${byName.has(name) ? 'has no tenant_id (list it in REFERENCE_TABLES)' : 'does not exist'}`);
    expect(misplaced).toEqual([]);
    expect(tables.filter((t) => t.tenant).length).toBeGreaterThan(0);
  });

  it('reference tables reference only reference tables (Citus cannot enforce more)', async () => {
    const reference = referenceTables();
    const bad = (await foreignKeys(getDb()))
      .filter((f) => reference.has(f.table) && !reference.has(f.ref))
      .map((f) => `${f.table}: foreign key ${f.name} references ${f.ref}, which is not a reference table`);
    expect(bad).toEqual([]);
  });

  it('keys of tables distributed by tenant include tenant_id, and foreign keys between them match on it', async () => {
    const database = getDb();
    const tenant = await byTenant(database);
    const problems: string[] = [];
    for (const ix of await uniqueIndexes(database)) {
      if (tenant.has(ix.table) && !ix.cols.includes('tenant_id')) problems.push(`${ix.table}: ${ix.kind} ${ix.name} (${ix.cols.join(', ')}) lacks tenant_id`);
    }
    for (const f of await foreignKeys(database)) {
      if (!tenant.has(f.table) || !tenant.has(f.ref)) continue;
      const at = f.cols.indexOf('tenant_id');
      if (at >= 0 && f.refCols[at] === 'tenant_id') continue;
      problems.push(`${f.table}: foreign key ${f.name} (${f.cols.join(', ')}) references ${f.ref} (${f.refCols.join(', ')}) without matching tenant_id`);
    }
    expect(problems).toEqual([]);
  });

  it('tables distributed by their own column key on it, reference only reference tables, and are referenced by none', async () => {
    const database = getDb();
    const reference = referenceTables();
    const own = new Map(Object.entries(PLACED_ELSEWHERE).flatMap(([t, p]) => ('column' in p ? [[t, p.column] as const] : [])));
    const problems: string[] = [];
    for (const ix of await uniqueIndexes(database)) {
      const column = own.get(ix.table);
      if (column && !ix.cols.includes(column)) problems.push(`${ix.table}: ${ix.kind} ${ix.name} (${ix.cols.join(', ')}) lacks its distribution column ${column}`);
    }
    for (const f of await foreignKeys(database)) {
      if (own.has(f.table) && !reference.has(f.ref)) problems.push(`${f.table}: foreign key ${f.name} references ${f.ref}, which is not a reference table`);
      if (own.has(f.ref) && f.table !== f.ref) problems.push(`${f.table}: foreign key ${f.name} references ${f.ref}, which is distributed by its own column`);
    }
    expect(problems).toEqual([]);
    expect(own.size).toBeGreaterThan(0);
  });

  it('the allow-lists are well formed', () => {
    expect(Object.entries(REFERENCE_TABLES).filter(([, why]) => why.trim() === '').map(([t]) => t)).toEqual([]);
    expect(Object.entries(PLACED_ELSEWHERE).filter(([, p]) => p.reason.trim() === '').map(([t]) => t)).toEqual([]);
    expect(Object.keys(PLACED_ELSEWHERE).filter((t) => t in REFERENCE_TABLES)).toEqual([]);
  });
});
