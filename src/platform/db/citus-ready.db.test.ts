import { expect, it } from 'vitest';
import type { Database } from './database.js';
import { describeDb } from './testing.js';

/**
 * The schema stays ready for Citus (PostgreSQL sharded by tenant, see docs/operations.md):
 * every table is either distributed by `tenant_id` or a small reference table copied to every
 * node, and every primary key, unique constraint/index and foreign key between tenant tables
 * carries `tenant_id`, because Citus can only enforce those within one shard.
 */

/** Tables without `tenant_id`, replicated to every node with create_reference_table. */
const REFERENCE_TABLES: Record<string, string> = {
  tenants: 'the tenant list itself; every tenant table references it',
  app_settings: 'installation-wide settings (key/value), read by every tenant',
  sign_in_throttles: 'keyed by a hash of the sign-in identity before any tenant is known',
  sandbox_gateway_objects: 'the sandbox payment gateway state, which stands in for an outside service',
  kindly_migrations: 'migration bookkeeping for the whole database',
};

interface KnownException {
  table: string;
  /** Constraint or unique index name. */
  constraint: string;
  /** What the migration that fixes it must change. */
  change: string;
}

/** Primary keys that identify a row by a global id alone; Citus needs the tenant in front. */
function pk(table: string, constraint: string, cols: string): KnownException {
  return { table, constraint, change: `primary key (${cols}) becomes (tenant_id, ${cols})` };
}

/** Foreign keys between tenant tables that do not carry the tenant; need the referenced key to include it first. */
function fk(table: string, constraint: string, cols: string, refTable: string, refCols: string): KnownException {
  return { table, constraint, change: `foreign key (${cols}) references ${refTable} (${refCols}) becomes (tenant_id, ${cols}) references ${refTable} (tenant_id, ${refCols})` };
}

/**
 * Today's offenders. Each must be fixed by a migration before the table can be distributed; the
 * test fails on any offender not listed here and on any entry that no longer offends, so this list
 * only shrinks. Adding tenant_id to a key only loosens it, so a fixing migration cannot fail on
 * existing rows; the ON CONFLICT targets that name the old key must move with it.
 */
const KNOWN_EXCEPTIONS: KnownException[] = [
  fk('accounts', 'accounts_guarantor_id_fkey', 'guarantor_id', 'persons', 'id'),
  fk('accounts', 'accounts_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('accounts', 'accounts_pkey', 'id'),
  fk('agent_tasks', 'agent_tasks_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('agent_tasks', 'agent_tasks_pkey', 'id'),
  pk('analytics_accounts', 'analytics_accounts_pkey', 'account_id'),
  fk('assistance_applications', 'assistance_applications_account_id_fkey', 'account_id', 'accounts', 'id'),
  fk('assistance_applications', 'assistance_applications_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('assistance_applications', 'assistance_applications_pkey', 'id'),
  fk('assistance_decisions', 'assistance_decisions_application_id_fkey', 'application_id', 'assistance_applications', 'id'),
  pk('assistance_decisions', 'assistance_decisions_pkey', 'id'),
  fk('assistance_documents', 'assistance_documents_application_id_fkey', 'application_id', 'assistance_applications', 'id'),
  pk('assistance_documents', 'assistance_documents_pkey', 'id'),
  pk('audit_log', 'audit_log_pkey', 'id'),
  fk('claim_appeals', 'claim_appeals_account_id_fkey', 'account_id', 'accounts', 'id'),
  fk('claim_appeals', 'claim_appeals_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('claim_appeals', 'claim_appeals_pkey', 'id'),
  pk('claim_status_checks', 'claim_status_checks_pkey', 'id'),
  pk('communications', 'communications_pkey', 'id'),
  fk('consents', 'consents_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('consents', 'consents_pkey', 'id'),
  fk('contact_points', 'contact_points_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('contact_points', 'contact_points_pkey', 'id'),
  fk('conversation_utterances', 'conversation_utterances_conversation_id_fkey', 'conversation_id', 'conversations', 'id'),
  pk('conversation_utterances', 'conversation_utterances_pkey', 'id'),
  fk('conversations', 'conversations_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('conversations', 'conversations_pkey', 'id'),
  pk('csat_responses', 'csat_responses_pkey', 'id'),
  fk('disputes', 'disputes_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('disputes', 'disputes_pkey', 'id'),
  fk('eligibility_checks', 'eligibility_checks_coverage_id_fkey', 'coverage_id', 'patient_coverages', 'id'),
  fk('eligibility_checks', 'eligibility_checks_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('eligibility_checks', 'eligibility_checks_pkey', 'id'),
  pk('experiments', 'experiments_pkey', 'id'),
  fk('front_desk_visits', 'front_desk_visits_coverage_id_fkey', 'coverage_id', 'patient_coverages', 'id'),
  fk('front_desk_visits', 'front_desk_visits_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('front_desk_visits', 'front_desk_visits_pkey', 'id'),
  { table: 'gateway_events', constraint: 'gateway_events_pkey', change: 'a webhook arrives before its tenant is known: primary key (tenant_id, gateway, id) once the webhook route resolves the tenant from the gateway account, or make the dedupe table a reference table' },
  fk('hold_releases', 'hold_releases_hold_id_fkey', 'hold_id', 'holds', 'id'),
  pk('hold_releases', 'hold_releases_pkey', 'id'),
  fk('holds', 'holds_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('holds', 'holds_pkey', 'id'),
  pk('ingested_record_history', 'ingested_record_history_pkey', 'id'),
  pk('ingestion_rejections', 'ingestion_rejections_pkey', 'id'),
  pk('ingestion_runs', 'ingestion_runs_pkey', 'id'),
  pk('intent_labels', 'intent_labels_pkey', 'id'),
  fk('intent_reviews', 'intent_reviews_conversation_id_fkey', 'conversation_id', 'conversations', 'id'),
  fk('intent_reviews', 'intent_reviews_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('intent_reviews', 'intent_reviews_pkey', 'id'),
  pk('journey_states', 'journey_states_pkey', 'account_id'),
  pk('ledger_entries', 'ledger_entries_pkey', 'id'),
  pk('letter_batches', 'letter_batches_pkey', 'id'),
  fk('patient_coverages', 'patient_coverages_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('patient_coverages', 'patient_coverages_pkey', 'id'),
  fk('payment_links', 'payment_links_account_id_fkey', 'account_id', 'accounts', 'id'),
  fk('payment_links', 'payment_links_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('payment_links', 'payment_links_pkey', 'id'),
  fk('payment_plans', 'payment_plans_account_id_fkey', 'account_id', 'accounts', 'id'),
  fk('payment_plans', 'payment_plans_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('payment_plans', 'payment_plans_pkey', 'id'),
  fk('payment_refunds', 'payment_refunds_account_id_fkey', 'account_id', 'accounts', 'id'),
  fk('payment_refunds', 'payment_refunds_payment_id_fkey', 'payment_id', 'payments', 'id'),
  pk('payment_refunds', 'payment_refunds_pkey', 'id'),
  fk('payments', 'payments_account_id_fkey', 'account_id', 'accounts', 'id'),
  fk('payments', 'payments_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('payments', 'payments_pkey', 'id'),
  pk('persons', 'persons_pkey', 'id'),
  pk('plan_history', 'plan_history_pkey', 'id'),
  fk('plan_history', 'plan_history_plan_id_fkey', 'plan_id', 'payment_plans', 'id'),
  pk('plan_installments', 'plan_installments_pkey', 'plan_id, seq'),
  fk('plan_installments', 'plan_installments_plan_id_fkey', 'plan_id', 'payment_plans', 'id'),
  pk('plan_payment_applications', 'plan_payment_applications_pkey', 'plan_id, ledger_entry_id'),
  fk('plan_payment_applications', 'plan_payment_applications_plan_id_fkey', 'plan_id', 'payment_plans', 'id'),
  fk('portal_sessions', 'portal_sessions_link_id_fkey', 'link_id', 'payment_links', 'id'),
  { table: 'portal_sessions', constraint: 'portal_sessions_pkey', change: 'looked up by token alone: primary key (tenant_id, token_hash) with the tenant carried in the portal cookie next to the token' },
  fk('revocations', 'revocations_person_id_fkey', 'person_id', 'persons', 'id'),
  pk('revocations', 'revocations_pkey', 'id'),
  pk('sandbox_deliveries', 'sandbox_deliveries_pkey', 'id'),
  { table: 'sessions', constraint: 'sessions_pkey', change: 'looked up by token alone: primary key (tenant_id, token_hash) with the tenant carried in the session cookie next to the token' },
  fk('sessions', 'sessions_user_id_fkey', 'user_id', 'users', 'id'),
  { table: 'user_invites', constraint: 'user_invites_pkey', change: 'looked up by token alone: primary key (tenant_id, token_hash) with the tenant carried in the invite link' },
  fk('user_invites', 'user_invites_user_id_fkey', 'user_id', 'users', 'id'),
  pk('users', 'users_pkey', 'id'),
  { table: 'users', constraint: 'users_email_key', change: 'sign-in finds the user by email before the tenant is known: unique (tenant_id, email) plus a reference table mapping an email blind index to its tenant' },
  { table: 'disputes', constraint: 'disputes_one_open', change: 'unique index on (tenant_id, account_id) where status = open' },
];

interface Offender {
  table: string;
  constraint: string;
  message: string;
}

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
    expect(tables.filter((t) => t.tenant).length).toBeGreaterThan(0);
  });

  it('reference tables never reference tenant tables (Citus cannot enforce that)', async () => {
    const database = getDb();
    const tenant = new Set((await tableNames(database)).filter((t) => t.tenant).map((t) => t.name));
    const bad = (await foreignKeys(database))
      .filter((f) => !tenant.has(f.table) && tenant.has(f.ref))
      .map((f) => `${f.table}: foreign key ${f.name} references tenant table ${f.ref}`);
    expect(bad).toEqual([]);
  });

  it('keys of tenant tables include tenant_id, apart from the known exceptions, which all still exist', async () => {
    const database = getDb();
    const tenant = new Set((await tableNames(database)).filter((t) => t.tenant).map((t) => t.name));
    const offenders: Offender[] = [];
    for (const ix of await uniqueIndexes(database)) {
      if (!tenant.has(ix.table) || ix.cols.includes('tenant_id')) continue;
      offenders.push({ table: ix.table, constraint: ix.name, message: `${ix.table}: ${ix.kind} ${ix.name} (${ix.cols.join(', ')}) lacks tenant_id` });
    }
    for (const f of await foreignKeys(database)) {
      if (!tenant.has(f.table) || !tenant.has(f.ref)) continue;
      const at = f.cols.indexOf('tenant_id');
      if (at >= 0 && f.refCols[at] === 'tenant_id') continue;
      offenders.push({
        table: f.table,
        constraint: f.name,
        message: `${f.table}: foreign key ${f.name} (${f.cols.join(', ')}) references ${f.ref} (${f.refCols.join(', ')}) without matching tenant_id`,
      });
    }
    const known = new Set(KNOWN_EXCEPTIONS.map((e) => `${e.table}.${e.constraint}`));
    const found = new Set(offenders.map((o) => `${o.table}.${o.constraint}`));
    const problems = [
      ...offenders.filter((o) => !known.has(`${o.table}.${o.constraint}`)).map((o) => o.message),
      ...KNOWN_EXCEPTIONS.filter((e) => !found.has(`${e.table}.${e.constraint}`)).map(
        (e) => `${e.table}: ${e.constraint} no longer breaks the rule (or is gone); remove it from KNOWN_EXCEPTIONS`,
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('the allow-lists are well formed', () => {
    const keys = KNOWN_EXCEPTIONS.map((e) => `${e.table}.${e.constraint}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(KNOWN_EXCEPTIONS.filter((e) => e.change.trim() === '').map((e) => e.constraint)).toEqual([]);
    expect(Object.entries(REFERENCE_TABLES).filter(([, why]) => why.trim() === '').map(([t]) => t)).toEqual([]);
  });
});
