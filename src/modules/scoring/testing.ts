import { fieldCipher } from '../../platform/crypto/index.js';
import type { Database } from '../../platform/db/index.js';

export interface SeedScoringBookOptions {
  database: Database;
  tenantId: string;
  /** Patients; each has one current account, a third also an older one. */
  persons: number;
  /** Today (YYYY-MM-DD). */
  today: string;
  seed?: number;
}

/**
 * A synthetic book with a history the models can learn from (for tests and the bench), built by
 * set-based SQL in seconds even at 1M accounts. Each patient has a hidden willingness u and means
 * h (deterministic hashes of the index and seed): higher u pays sooner and paid earlier bills by
 * their due date; low h has Medicaid or applied for assistance. Names are placeholders: nothing
 * here is a real person.
 */
export async function seedScoringBook(opts: SeedScoringBookOptions): Promise<{ persons: number; accounts: number }> {
  const { database, tenantId, persons, today } = opts;
  const seed = opts.seed ?? 7;
  // r(k): a deterministic uniform [0,1) per patient index i and stream k.
  const r = (k: number) => `(('x' || substr(md5(i::text || ':' || ${seed} || ':${k}'), 1, 8))::bit(32)::bigint::float8 / 4294967296.0)`;
  await database.exec(`
    -- A plain table (not temporary): the statements below may run on different pooled connections.
    drop table if exists scoring_seed;
    create unlogged table scoring_seed (i int primary key, u float8, h float8, c float8, age int, amount bigint, prior boolean, pay_after int);
  `);
  await database.query(
    `insert into scoring_seed
     select i, ${r(1)}, ${r(2)}, ${r(3)}, 20 + floor(${r(4)} * 420)::int, 2500 + floor(${r(5)} * ${r(5)} * 300000)::bigint, (i % 3 = 0),
       case when ${r(6)} < 0.15 + 0.75 * ${r(1)} then floor(-25 + (1 - ${r(1)}) * 150 * ${r(7)})::int else null end
     from generate_series(1, $1::int) as i`,
    [persons],
  );
  const p = `'${tenantId}'`;
  await database.exec(`
    insert into persons (id, tenant_id, external_ref, given_name, family_name, state, created_at, updated_at)
    select ${p} || ':p' || i, ${p}, 'P' || i, 'Test', 'Patient ' || i, 'OH', now(), now() from scoring_seed on conflict do nothing;
    -- the current bill: due 30 days after service; age is days since service
    insert into accounts (id, tenant_id, person_id, external_ref, status, service_date, first_statement_on, due_on, created_at, updated_at)
    select ${p} || ':a' || i, ${p}, ${p} || ':p' || i, 'A' || i, 'open', date '${today}' - age, date '${today}' - age + 5, date '${today}' - age + 35, now(), now()
    from scoring_seed on conflict do nothing;
    -- an older bill for a third of the patients, paid by its due date by the willing ones
    insert into accounts (id, tenant_id, person_id, external_ref, status, service_date, first_statement_on, due_on, created_at, updated_at)
    select ${p} || ':o' || i, ${p}, ${p} || ':p' || i, 'O' || i, 'open', date '${today}' - age - 400, date '${today}' - age - 395, date '${today}' - age - 365, now(), now()
    from scoring_seed where prior on conflict do nothing;
    insert into ledger_entries (id, tenant_id, account_id, kind, amount_cents, bucket, effective_on, posted_at, source, source_ref)
    select ${p} || ':pr' || i, ${p}, ${p} || ':a' || i, 'patient_responsibility', amount, 'patient', date '${today}' - age + 5, now(), 'seed', 'pr' || i from scoring_seed
    union all
    select ${p} || ':pay' || i, ${p}, ${p} || ':a' || i, 'patient_payment', -amount, 'patient', date '${today}' - age + 35 + pay_after, now(), 'seed', 'pay' || i
      from scoring_seed where pay_after is not null and date '${today}' - age + 35 + pay_after <= date '${today}'
    union all
    select ${p} || ':opr' || i, ${p}, ${p} || ':o' || i, 'patient_responsibility', 8000, 'patient', date '${today}' - age - 395, now(), 'seed', 'opr' || i from scoring_seed where prior
    union all
    select ${p} || ':opay' || i, ${p}, ${p} || ':o' || i, 'patient_payment', -8000, 'patient', date '${today}' - age - 365 + case when u > 0.5 then -5 else 40 end, now(), 'seed', 'opay' || i
      from scoring_seed where prior and u > 0.25
    on conflict do nothing;
    insert into patient_coverages (id, tenant_id, person_id, source, payer_name, member_id, created_at)
    select ${p} || ':c' || i, ${p}, ${p} || ':p' || i, 'ingested', case when h < 0.2 then 'Ohio Medicaid' when c < 0.7 then 'Acme Health' else 'Medicare' end, 'M' || i, now()
    from scoring_seed where h < 0.2 or c < 0.85 on conflict do nothing;
    insert into assistance_applications (id, tenant_id, person_id, account_id, status, received_on, household, channel, created_by, created_at, updated_at)
    select ${p} || ':app' || i, ${p}, ${p} || ':p' || i, ${p} || ':a' || i, 'withdrawn', date '${today}' - age + 50,
      jsonb_build_object('size', 3, 'annualIncomeCents', 1500000 + floor(h * 4000000)::bigint, 'presumptive', '[]'::jsonb), 'portal', 'seed', now(), now()
    from scoring_seed where h < 0.3 and date '${today}' - age + 50 <= date '${today}' on conflict do nothing;
  `);
  // Households are stored encrypted, as the assistance module writes them, so reads pay the real
  // decryption cost.
  const plain = await database.query<{ id: string; household: string }>(
    `select id, household from assistance_applications where tenant_id = $1 and household not like 'kx1:%'`,
    [tenantId],
  );
  for (let i = 0; i < plain.length; i += 20_000) {
    const batch = plain.slice(i, i + 20_000);
    await database.query(
      `update assistance_applications ap set household = u.h from unnest($2::text[], $3::text[]) as u(id, h) where ap.tenant_id = $1 and ap.id = u.id`,
      [tenantId, batch.map((b) => b.id), batch.map((b) => fieldCipher().encrypt(b.household))],
    );
  }
  await database.query(
    `update accounts a set patient_due_cents = greatest(s.due, 0), balance_cents = greatest(s.due, 0), total_charges_cents = greatest(s.charges, 0)
     from (select account_id, sum(amount_cents) as due, sum(amount_cents) filter (where amount_cents > 0) as charges from ledger_entries where tenant_id = $1 group by account_id) s
     where a.tenant_id = $1 and a.id = s.account_id`,
    [tenantId],
  );
  await database.exec('drop table if exists scoring_seed');
  const [n] = await database.query<{ n: string | number }>('select count(*) as n from accounts where tenant_id = $1', [tenantId]);
  return { persons, accounts: Number(n?.n ?? 0) };
}
