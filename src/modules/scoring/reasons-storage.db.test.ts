import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { TARGETS } from './features.js';
import { explainReasons, packReasons, unpackReasons, type StoredReason } from './reasons.js';
import { getAccountScores } from './read-scores.js';
import { scoreAccounts } from './score-accounts.js';
import { seedScoringBook } from './testing.js';

const now = new Date('2026-11-24T16:00:00Z');
const today = '2026-11-24';
const migration = readFileSync(new URL('../../../migrations/0043_compact_score_reasons.sql', import.meta.url), 'utf8');

describeDb('score reasons stored as integer arrays read as the same words', (getDb) => {
  let tenantId: string;
  beforeAll(async () => {
    ({ tenantId } = await createTenant(getDb().db, { slug: 'reasons-storage', name: 'Reasons Storage Hospital', kind: 'nonprofit_hospital', state: 'OH' }));
    await seedScoringBook({ database: getDb(), tenantId, persons: 150, today });
    await scoreAccounts({ database: getDb(), tenantId, now });
  }, 60_000);

  it('packs and unpacks every reason exactly, empty slots included', () => {
    const reasons: Record<(typeof TARGETS)[number], StoredReason[]> = {
      pay_30: [['log_balance', 6.2146, -1], ['days_past_due', -60, 1], ['zip_low_income', 1, -1]],
      pay_90: [['balance_share_of_monthly_income', 0.2501, 1]],
      hardship: [],
    };
    const packed = packReasons(reasons);
    expect(packed.features).toEqual([-1, 2, -20, 18, 0, 0, 0, 0, 0]);
    expect(unpackReasons(packed.features, packed.values)).toEqual(reasons);
    expect(unpackReasons(`{${packed.features.join(',')}}`, `{${packed.values.join(',')}}`)).toEqual(reasons);
  });

  it('a row stored as JSON before the migration reads, after it, as the same words the JSON gave', async () => {
    const database = getDb();
    const scored = await database.query<{ account_id: string; reason_features: number[] | string; reason_values: number[] | string }>(
      'select account_id, reason_features, reason_values from account_scores where tenant_id = $1 order by account_id',
      [tenantId],
    );
    expect(scored.length).toBeGreaterThan(50);
    // The rows as the JSON column held them: {"pay_30": [[feature, value, ±1], ...], ...}, with
    // one row of fewer reasons and one of none.
    const before = new Map(scored.map((r) => [r.account_id, unpackReasons(r.reason_features, r.reason_values)]));
    const [few, none] = scored.map((r) => r.account_id);
    before.set(few!, { pay_30: [['prompt_paid_bills', 2, 1]], pay_90: [], hardship: [['balance_share_of_monthly_income', 0.2501, 1], ['log_other_balance', 7.0012, 1]] });
    before.set(none!, { pay_30: [], pay_90: [], hardship: [] });
    expect([...before.values()].flatMap((r) => TARGETS.flatMap((t) => r[t])).length).toBeGreaterThan(scored.length * 3);
    await database.exec(`alter table account_scores add column reasons jsonb not null default '{}'::jsonb`);
    for (const [accountId, reasons] of before) {
      await database.query(`update account_scores set reasons = $3::jsonb, reason_features = '{}', reason_values = '{}' where tenant_id = $1 and account_id = $2`, [
        tenantId,
        accountId,
        JSON.stringify(accountId === none ? {} : reasons),
      ]);
    }
    await database.exec(migration);
    const mismatches: string[] = [];
    for (const [accountId, reasons] of before) {
      const view = await getAccountScores(database.db, tenantId, accountId);
      for (const s of view.scores) {
        const words = JSON.stringify(explainReasons(reasons[s.target]));
        if (JSON.stringify(s.reasons) !== words) mismatches.push(`${accountId} ${s.target}: ${JSON.stringify(s.reasons)} vs ${words}`);
      }
    }
    expect(mismatches).toEqual([]);
    const [column] = await database.query<{ n: string | number }>(`select count(*) as n from information_schema.columns where table_schema = current_schema() and table_name = 'account_scores' and column_name = 'reasons'`);
    expect(Number(column!.n)).toBe(0);
  }, 60_000);
});
