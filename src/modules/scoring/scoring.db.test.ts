import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { getAccountScores, readScreeningCounts, runScoring, scoreAccounts, screenBook, trainScoringModels } from './index.js';
import { seedScoringBook } from './testing.js';

const now = new Date('2026-11-24T16:00:00Z');
const today = '2026-11-24';

describeDb('scoring: trained on the tenant’s own history, explained in plain words', (getDb) => {
  let tenantId: string;
  beforeAll(async () => {
    ({ tenantId } = await createTenant(getDb().db, { slug: 'scoring-book', name: 'Scoring Book Hospital', kind: 'nonprofit_hospital', state: 'OH' }));
    await seedScoringBook({ database: getDb(), tenantId, persons: 2000, today });
  }, 60_000);

  it('fits three models on a time split and reports calibration and discrimination on the later period', async () => {
    const first = await trainScoringModels({ database: getDb(), tenantId, now });
    expect(first.rows.train).toBeGreaterThan(500);
    expect(first.rows.holdout).toBeGreaterThan(500);
    for (const m of first.models) {
      expect(m.model.kind, `${m.target}: ${m.metrics.fallbackReason}`).toBe('logistic');
      expect(m.metrics.holdout?.trainAsOf).toBe('2026-05-28');
      expect(m.metrics.holdout?.holdoutAsOf).toBe('2026-08-26');
      expect(m.metrics.holdout?.reliability).toHaveLength(10);
      expect(m.metrics.holdout!.brier!).toBeLessThan(0.25);
    }
    // Willingness drives both earlier bills paid on time and the next payment: the model finds it.
    const pay90 = first.models.find((m) => m.target === 'pay_90')!;
    expect(pay90.metrics.holdout!.auc!).toBeGreaterThan(0.65);
    expect(pay90.model.features.find((f) => f.name === 'prompt_paid_bills')!.weight).toBeGreaterThan(0);
    // Reproducible: the same data gives the same weights and the same version.
    const again = await trainScoringModels({ database: getDb(), tenantId, now });
    expect(again.version).toBe(first.version);
    expect(again.models.map((m) => m.model)).toEqual(first.models.map((m) => m.model));
  }, 120_000);

  it('scores every account that owes something, with reasons in plain words and the model version', async () => {
    const r = await scoreAccounts({ database: getDb(), tenantId, now });
    const [owing] = await getDb().query<{ n: string | number }>('select count(*) as n from accounts where tenant_id = $1 and patient_due_cents > 0', [tenantId]);
    expect(r.scored).toBe(Number(owing!.n));
    // This first run inserted every row, so it left the table analyzed: the next night's statement is
    // planned for the table's size (each row found by its key), not for the empty table it started from.
    const [stats] = await getDb().query<{ reltuples: number; n: number }>(
      `select reltuples::float8 as reltuples, (select count(*) from account_scores)::float8 as n from pg_class where oid = 'account_scores'::regclass`,
    );
    expect(Number(stats!.reltuples)).toBe(Number(stats!.n));
    const [one] = await getDb().query<{ id: string }>('select id from accounts where tenant_id = $1 and patient_due_cents > 0 order by id limit 1', [tenantId]);
    const view = await getAccountScores(getDb().db, tenantId, one!.id);
    expect(view.modelVersion).toBe(r.modelVersion);
    expect(view.scores.map((s) => s.target)).toEqual(['pay_30', 'pay_90', 'hardship']);
    for (const s of view.scores) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeGreaterThan(0);
      for (const reason of s.reasons) expect(reason.text).toMatch(/^[a-z$0-9]/);
    }
    // Propensity to pay within 90 days is never below that within 30 days on average.
    expect(r.mean.pay_90).toBeGreaterThan(r.mean.pay_30);

    // Scoring a few accounts (reading only their people's records) gives exactly the full run's
    // scores and reasons, and rewrites those rows in place.
    const some = await getDb().query<{ account_id: string; pay_30: number; pay_90: number; hardship: number; reason_features: unknown; reason_values: unknown }>(
      `select account_id, pay_30, pay_90, hardship, reason_features, reason_values from account_scores where tenant_id = $1 order by account_id limit 5`,
      [tenantId],
    );
    const later = new Date(now.getTime() + 60_000);
    const part = await scoreAccounts({ database: getDb(), tenantId, now: later, accountIds: some.map((s) => s.account_id) });
    expect(part.scored).toBe(5);
    const again = await getDb().query<{ account_id: string; pay_30: number; pay_90: number; hardship: number; reason_features: unknown; reason_values: unknown; scored_at: Date }>(
      `select account_id, pay_30, pay_90, hardship, reason_features, reason_values, scored_at from account_scores where tenant_id = $1 and account_id = any($2::text[]) order by account_id`,
      [tenantId, some.map((s) => s.account_id)],
    );
    expect(again.map(({ scored_at: _, ...rest }) => rest)).toEqual(some);
    expect(again.every((s) => new Date(s.scored_at).getTime() === later.getTime())).toBe(true);
    const [total] = await getDb().query<{ n: string | number }>('select count(*) as n from account_scores where tenant_id = $1', [tenantId]);
    expect(Number(total!.n)).toBe(r.scored);
  }, 60_000);

  it('screens the book: Medicaid on file is presumptively eligible, gets one counselor task, and is counted', async () => {
    const first = await screenBook({ database: getDb(), tenantId, now });
    expect(first.byStatus.likely_eligible).toBeGreaterThan(0);
    expect(first.tasksCreated).toBe(first.byStatus.likely_eligible);
    const [medicaid] = await getDb().query<{ account_id: string; status: string; basis: string }>(
      `select s.account_id, s.status, s.basis from account_screenings s join patient_coverages c on c.tenant_id = s.tenant_id and c.person_id = s.person_id
       where s.tenant_id = $1 and c.payer_name = 'Ohio Medicaid' order by s.account_id limit 1`,
      [tenantId],
    );
    expect(medicaid).toMatchObject({ status: 'likely_eligible', basis: 'presumptive' });
    const view = await getAccountScores(getDb().db, tenantId, medicaid!.account_id);
    expect(view.screening?.reasons[0]?.text).toBe('has Medicaid coverage on file');
    expect(view.screening?.taskCreated).toBe(true);
    // A second run creates no second task.
    const second = await screenBook({ database: getDb(), tenantId, now });
    expect(second.tasksCreated).toBe(0);
    const [tasks] = await getDb().query<{ n: string | number }>(`select count(*) as n from agent_tasks where tenant_id = $1 and kind = 'presumptive_assistance'`, [tenantId]);
    expect(Number(tasks!.n)).toBe(first.tasksCreated);
    const counts = await readScreeningCounts(getDb().db, tenantId);
    expect(counts.screened).toBeGreaterThan(0);
    expect(counts.likelyEligible).toBe(first.byStatus.likely_eligible);
  }, 60_000);

  it('runs the whole chain for every tenant (what the worker schedules)', async () => {
    const r = await runScoring({ database: getDb(), now, train: false });
    expect(r.tenants.find((t) => t.tenantId === tenantId)?.scored.scored).toBeGreaterThan(0);
  }, 60_000);
});

