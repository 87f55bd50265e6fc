import { beforeAll, expect, it } from 'vitest';
import { fieldCipher } from '../../platform/crypto/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { extractFeatures, FEATURES, featureSql, TARGETS, type Target } from './features.js';
import { guidelineForDay } from './guidelines.js';
import { loadHouseholdColumns } from './household-facts.js';
import { compileModel, priorModel, scoreRow, type StoredModel } from './model.js';
import { unpackReasons } from './reasons.js';
import { scoreAccounts } from './score-accounts.js';
import { scoreSql, storedScoreSql } from './score-sql.js';
import { seedScoringBook } from './testing.js';
import { loadScoringModels, trainScoringModels } from './train-scoring-models.js';

const now = new Date('2026-11-24T16:00:00Z');
const today = '2026-11-24';

describeDb('scoring in SQL gives the scores and reasons of the model computed here', (getDb) => {
  let tenantId: string;
  beforeAll(async () => {
    const database = getDb();
    ({ tenantId } = await createTenant(database.db, { slug: 'score-sql', name: 'Score SQL Hospital', kind: 'nonprofit_hospital', state: 'OH' }));
    await seedScoringBook({ database, tenantId, persons: 900, today });
    const t = tenantId;
    // What the synthetic book lacks, so that every feature takes several values: bills without a due
    // date, plans (some in trouble), messages both ways, approvals, area income, and households
    // with no income, no size, a very large size or no income reported.
    await database.query(`update accounts set due_on = null where tenant_id = $1 and id like '%0'`, [t]);
    await database.query(
      `insert into payment_plans (id, tenant_id, account_id, person_id, status, time_zone, anchor_day, total_cents, remaining_cents, monthly_payment_cents, state, source, created_by, created_at, updated_at)
       select a.id || ':plan', a.tenant_id, a.id, a.person_id, (array['active', 'missed', 'defaulted', 'hardship_paused', 'completed'])[1 + (row_number() over (order by a.id))::int % 5],
         'UTC', 1, 10000, 5000, 1000, '{}'::jsonb, 'staff', 'seed', timestamptz '2026-06-01', timestamptz '2026-06-01'
       from accounts a where a.tenant_id = $1 and a.id like '%7'`,
      [t],
    );
    await database.query(
      `insert into communications (id, tenant_id, person_id, direction, channel, status, at)
       select p.id || ':m' || k, p.tenant_id, p.id, case when k % 3 = 0 then 'inbound' else 'outbound' end, 'sms',
         case when k % 3 = 0 then 'received' when k % 3 = 1 then 'delivered' else 'failed' end, timestamptz '2026-11-20' - (k || ' days')::interval
       from persons p, generate_series(1, 25) as k
       where p.tenant_id = $1 and k <= 1 + length(p.id) % 7 * 4`,
      [t],
    );
    await database.query(
      `insert into assistance_decisions (id, tenant_id, application_id, decision, decided_on, decided_by, decided_at)
       select ap.id || ':d', ap.tenant_id, ap.id, 'approved', ap.received_on + 5, 'seed', now() from assistance_applications ap
       where ap.tenant_id = $1 and ap.id like '%3' and ap.received_on + 5 <= date '${today}'`,
      [t],
    );
    await database.query(
      `insert into zip_income (tenant_id, zip3, median_household_income_cents, source, loaded_at)
       select $1, lpad(k::text, 3, '0'), 3000000 + k * 500000, 'test', now() from generate_series(100, 109) as k`,
      [t],
    );
    await database.query(`update persons set zip3 = lpad((100 + length(id) % 10)::text, 3, '0') where tenant_id = $1`, [t]);
    const households = [{ size: 2, annualIncomeCents: 0 }, { annualIncomeCents: 2000000 }, { size: 40, annualIncomeCents: 9000000 }, { size: 1 }, { size: 4, annualIncomeCents: 2600000 }];
    const owing = await database.query<{ id: string; person_id: string }>(
      `select id, person_id from accounts where tenant_id = $1 and patient_due_cents > 0 and id like '%:a%' order by id limit 40`,
      [t],
    );
    for (const [i, a] of owing.entries()) {
      await database.query(
        `insert into assistance_applications (id, tenant_id, person_id, account_id, status, received_on, household, channel, created_by, created_at, updated_at)
         values ($2, $1, $3, $4, 'withdrawn', date '2026-11-01', $5, 'portal', 'seed', now(), now())`,
        [t, `${a.id}:app-extra`, a.person_id, a.id, fieldCipher().encrypt(JSON.stringify({ ...households[i % households.length], presumptive: [] }))],
      );
    }
  }, 120_000);

  async function compare(models: Record<Target, StoredModel>) {
    const database = getDb();
    const guidelineFor = guidelineForDay(today);
    const households = await loadHouseholdColumns(database, tenantId, { owing: true });
    const js = await extractFeatures({ database, tenantId, asOf: today, withLabels: false, live: true, guidelineFor, households });
    const width = FEATURES.length;
    // Every input varies in this book, so a mistake in any one feature's SQL shows.
    for (let j = 0; j < width; j++) {
      const values = new Set<number>();
      for (let i = 0; i < js.rows; i++) values.add(js.x[i * width + j]!);
      expect(values.size, FEATURES[j]).toBeGreaterThan(1);
    }
    const featureQuery = scoreSql({ models, asOf: today, guidelineFor, zipIncomeLoaded: true, households, featuresOnly: true });
    const xs = new Map((await database.query<Record<string, number | string>>(featureQuery.text, [tenantId, today, ...featureQuery.params])).map((r) => [String(r.id), r]));
    // Mismatches are collected and compared once: an expect per value would dominate the test's time.
    const featureMismatches: string[] = [];
    for (let i = 0; i < js.rows; i++) {
      const x = xs.get(js.accountIds[i]!)!;
      for (let j = 0; j < width; j++) {
        if (!(Math.abs(Number(x[`x${j}`]) - js.x[i * width + j]!) <= 1e-12)) featureMismatches.push(`${js.accountIds[i]} ${FEATURES[j]}: ${x[`x${j}`]} vs ${js.x[i * width + j]}`);
      }
    }
    expect(featureMismatches).toEqual([]);
    const { text, params } = scoreSql({ models, asOf: today, guidelineFor, zipIncomeLoaded: true, households });
    const rows = await database.query<{ id: string; p_pay_30: number; p_pay_90: number; p_hardship: number; reason_features: number[] | string; reason_values: number[] | string }>(text, [tenantId, today, ...params]);
    expect(rows).toHaveLength(js.rows);
    const byId = new Map(rows.map((r) => [r.id, { ...r, reasons: unpackReasons(r.reason_features, r.reason_values) }]));
    const compiled = TARGETS.map((t) => compileModel(models[t]));
    let reasonsSeen = 0;
    const mismatches: string[] = [];
    for (let i = 0; i < js.rows; i++) {
      const sql = byId.get(js.accountIds[i]!);
      if (!sql) {
        mismatches.push(`${js.accountIds[i]}: not scored in SQL`);
        continue;
      }
      for (const m of compiled) {
        const { score, reasons } = scoreRow(m, js.x, i * width);
        const p = Number(sql[`p_${m.target}`]);
        if (!(Math.abs(p - score) <= 1e-9)) mismatches.push(`${js.accountIds[i]} ${m.target}: ${p} vs ${score}`);
        if (JSON.stringify(sql.reasons[m.target]) !== JSON.stringify(reasons)) mismatches.push(`${js.accountIds[i]} ${m.target}: ${JSON.stringify(sql.reasons[m.target])} vs ${JSON.stringify(reasons)}`);
        reasonsSeen += reasons.length;
      }
    }
    expect(mismatches).toEqual([]);
    expect(reasonsSeen).toBeGreaterThan(js.rows * 3);
  }

  it('reads each person fact (plans, messages, approvals, coverage, area income) as a plain per-person query gives it', async () => {
    // The feature query reads these tables only for people with an account that owes something, and
    // in two halves of the book on PostgreSQL: each owing account must still get exactly its person's facts.
    const database = getDb();
    const plain = await database.query<Record<string, unknown>>(
      `select a.id,
         exists (select 1 from payment_plans p where p.tenant_id = $1 and p.person_id = a.person_id and p.created_at < $2::date + 1) as had_plan,
         exists (select 1 from payment_plans p where p.tenant_id = $1 and p.person_id = a.person_id and p.created_at < $2::date + 1
           and p.status in ('missed', 'defaulted', 'hardship_paused')) as trouble,
         (select count(*) from communications c where c.tenant_id = $1 and c.person_id = a.person_id and c.at >= $2::date - 90 and c.at < $2::date + 1 and c.direction = 'inbound')::int as inbound,
         (select count(*) from communications c where c.tenant_id = $1 and c.person_id = a.person_id and c.at >= $2::date - 90 and c.at < $2::date + 1 and c.direction = 'outbound' and c.status = 'failed')::int as failed,
         (select count(*) from communications c where c.tenant_id = $1 and c.person_id = a.person_id and c.at >= $2::date - 90 and c.at < $2::date + 1 and c.direction = 'outbound' and c.status in ('sent', 'delivered'))::int as sent,
         exists (select 1 from assistance_decisions d join assistance_applications ap on ap.tenant_id = d.tenant_id and ap.id = d.application_id
           where d.tenant_id = $1 and ap.person_id = a.person_id and d.decision = 'approved' and d.decided_on <= $2::date) as approved,
         exists (select 1 from patient_coverages c where c.tenant_id = $1 and c.person_id = a.person_id
           and (c.payer_name ilike '%medicaid%' or c.payer_name ilike '%medi-cal%' or coalesce(c.plan_name, '') ilike '%medicaid%')) as medicaid,
         exists (select 1 from patient_coverages c where c.tenant_id = $1 and c.person_id = a.person_id
           and (c.payer_name ilike '%medicare%' or coalesce(c.plan_name, '') ilike '%medicare%')) as medicare,
         exists (select 1 from patient_coverages c where c.tenant_id = $1 and c.person_id = a.person_id) as covered,
         p.zip3 in (select zip3 from (select zip3, ntile(5) over (order by median_household_income_cents, zip3) as q from zip_income where tenant_id = $1) z where q = 1) as zip_low
       from accounts a join persons p on p.tenant_id = a.tenant_id and p.id = a.person_id
       where a.tenant_id = $1 and a.patient_due_cents > 0 and coalesce(a.service_date, a.created_at::date) <= $2::date`,
      [tenantId, today],
    );
    const facts = (r: Record<string, unknown>) =>
      JSON.stringify([!!r.had_plan, !!r.trouble, Number(r.inbound ?? 0), Number(r.failed ?? 0), Number(r.sent ?? 0), !!r.approved, !!r.medicaid, !!r.medicare, !!r.covered, !!r.zip_low]);
    const expected = new Map(plain.map((r) => [String(r.id), facts(r)]));
    // Every fact takes both values in this book, so a fact read for the wrong people shows.
    for (let k = 0; k < 10; k++) expect(new Set([...expected.values()].map((v) => JSON.stringify(JSON.parse(v)[k]))).size, `fact ${k}`).toBeGreaterThan(1);
    for (const part of [undefined, { count: 2, index: 0 }, { count: 2, index: 1 }]) {
      const q = featureSql({ withLabels: false, live: true, unordered: true, ...(part ? { part } : {}) }, true);
      const rows = await database.query<Record<string, unknown>>(q.text, [tenantId, today, ...q.extraParams]);
      const mismatches = rows.filter((r) => expected.get(String(r.id)) !== facts(r)).map((r) => `${r.id}: ${facts(r)} vs ${expected.get(String(r.id))}`);
      expect(mismatches).toEqual([]);
      if (!part) expect(rows).toHaveLength(expected.size);
    }
  }, 120_000);

  it('with the documented prior (every input weighted)', async () => {
    await compare({ pay_30: priorModel('pay_30'), pay_90: priorModel('pay_90'), hardship: priorModel('hardship') });
  }, 120_000);

  it('with models fitted on the book', async () => {
    const trained = await trainScoringModels({ database: getDb(), tenantId, now });
    for (const m of trained.models) expect(m.model.kind, `${m.target}: ${m.metrics.fallbackReason}`).toBe('logistic');
    await compare(Object.fromEntries(trained.models.map((m) => [m.target, m.model])) as Record<Target, StoredModel>);
  }, 120_000);

  it('the nightly run stores, row for row, the scores and reasons of the SQL form', async () => {
    // scoreAccounts evaluates the models in this process from the feature query's compact rows;
    // what it stores must be exactly what scoreSql gives (rounded as stored), with the fitted models
    // of the test above, for the whole book and for a few accounts.
    const database = getDb();
    const { version, models } = await loadScoringModels(database, tenantId);
    const households = await loadHouseholdColumns(database, tenantId, { owing: true });
    const { text, params } = scoreSql({ models, asOf: today, guidelineFor: guidelineForDay(today), zipIncomeLoaded: true, households });
    const expected = await database.query<Record<string, unknown>>(
      `select s.id as account_id, ${TARGETS.map((t) => `${storedScoreSql(`s.p_${t}`)} as ${t}`).join(', ')}, s.reason_features, s.reason_values
       from (${text}) s order by s.id collate "C"`,
      [tenantId, today, ...params],
    );
    const stored = () =>
      database.query<Record<string, unknown>>(
        `select account_id, pay_30, pay_90, hardship, reason_features, reason_values from account_scores where tenant_id = $1 order by account_id collate "C"`,
        [tenantId],
      );
    const run = await scoreAccounts({ database, tenantId, now });
    expect(run.scored).toBe(expected.length);
    expect(run.modelVersion).toBe(version);
    expect(await stored()).toEqual(expected);
    const [written] = await database.query<{ n: number }>('select count(*)::int as n from account_scores where tenant_id = $1 and scored_at = $2', [tenantId, now]);
    expect(written!.n).toBe(expected.length);
    // A few accounts, after their rows were changed: rewritten to the same values.
    const some = expected.slice(0, 7).map((r) => String(r.account_id));
    await database.query(`update account_scores set pay_30 = 0, reason_features = '{}' where tenant_id = $1 and account_id = any($2::text[])`, [tenantId, some]);
    const later = new Date(now.getTime() + 60_000);
    expect((await scoreAccounts({ database, tenantId, now: later, accountIds: some })).scored).toBe(some.length);
    expect(await stored()).toEqual(expected);
  }, 120_000);
});
