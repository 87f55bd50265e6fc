import { expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { AppError } from '../../platform/errors/index.js';
import { createTenant } from '../identity/index.js';
import { importZipIncome, readFairness, refreshAnalytics, resolveWindow } from './index.js';

const NOW = new Date('2026-03-10T17:00:00Z');

describeDb('ZIP income quintiles in the fairness report', (getDb) => {
  it('says the income quintile is unavailable until a file is loaded, refuses a bad file whole, and splits the cohort in five once loaded', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'zip-clinic', name: 'Lakeside Clinic', kind: 'provider' });
    // 50 patients across 10 ZIP areas (100..109), each billed once.
    await database.query(
      `insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone, zip3)
       select 'zp' || g, $1, 'ZP' || g, 'Pat', 'Test', 'en', 'America/Chicago', (100 + g % 10)::text from generate_series(1, 50) g`,
      [tenantId],
    );
    await database.query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
       select 'za' || g, $1, 'zp' || g, 'ZA' || g, 'patient_due', date '2026-03-01', date '2026-02-01', 10000, 10000, 10000 from generate_series(1, 50) g`,
      [tenantId],
    );
    const window = resolveWindow(NOW, '2026-01-01', '2026-03-11');
    await refreshAnalytics({ database, now: NOW, tenantId });
    const before = await readFairness(database.db, tenantId, window);
    expect(before.zipIncome.areas).toBe(0);
    expect(before.notes.join(' ')).toMatch(/Income quintile unavailable/);
    expect(before.rows.filter((r) => r.dimension === 'zip_quintile').map((r) => r.key)).toEqual(['unknown']);

    const bad = 'zip3,median_household_income_usd\n100,40000\n1O1,52000\n102,-5\n';
    const err = await importZipIncome(database.db, { tenantId, csv: bad, file: 'areas.csv', source: 'Census ACS B19013 (test figures)', now: NOW }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).issues.map((i) => `${i.file}:${i.line}:${i.path}`)).toEqual(['areas.csv:3:zip3', 'areas.csv:4:median_household_income_usd']);
    const [{ n }] = (await database.query<{ n: number }>('select count(*)::int as n from zip_income where tenant_id = $1', [tenantId])) as [{ n: number }];
    expect(n).toBe(0);

    const good = ['zip3,median_household_income_usd', ...Array.from({ length: 10 }, (_, i) => `${100 + i},${30000 + i * 10000}`)].join('\n');
    const summary = await importZipIncome(database.db, { tenantId, csv: good, file: 'areas.csv', source: 'test figures, not real incomes', now: NOW });
    expect(summary).toMatchObject({ areas: 10, source: 'test figures, not real incomes' });
    await refreshAnalytics({ database, now: NOW, tenantId, rebuild: true });
    const after = await readFairness(database.db, tenantId, window);
    const quintiles = after.rows.filter((r) => r.dimension === 'zip_quintile');
    // Two areas per quintile, five patients per area: ten accounts in each, lowest incomes in q1.
    expect(quintiles.map((r) => [r.key, r.cohortAccounts])).toEqual([['q1', 10], ['q2', 10], ['q3', 10], ['q4', 10], ['q5', 10]]);
    expect(after.notes.join(' ')).toContain('source: test figures, not real incomes');
  }, 120_000);
});
