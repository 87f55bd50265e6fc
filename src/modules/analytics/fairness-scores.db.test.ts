import { expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { HARDSHIP_FLAG, scoreAccounts, screenBook } from '../scoring/index.js';
import { seedScoringBook } from '../scoring/testing.js';
import { fairnessScoresCsv, readFairness, refreshAnalytics, resolveWindow, SCORE_GAP } from './index.js';

const now = new Date('2026-11-24T16:00:00Z');

describeDb('the fairness report compares today’s scores between groups of patients', (getDb) => {
  it('groups every scored account by language, age band and ZIP-income quintile, and the groups add up to everyone', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'fair-scores', name: 'Fair Scores Hospital', kind: 'nonprofit_hospital', state: 'OH' });
    await seedScoringBook({ database, tenantId, persons: 400, today: '2026-11-24' });
    // A third of the patients read Spanish; birth years spread them over the age bands.
    await database.query(`update persons set language = case when right(id, 1) in ('0', '3', '6') then 'es' else 'en' end, birth_year = 1940 + (length(id) * 7 + ascii(right(id, 1))) % 70 where tenant_id = $1`, [tenantId]);
    const scored = await scoreAccounts({ database, tenantId, now });
    await screenBook({ database, tenantId, now });
    await refreshAnalytics({ database, now, tenantId });

    const report = await readFairness(database.db, tenantId, resolveWindow(now));
    const { overall, rows } = report.scores;
    expect(overall.scoredAccounts).toBe(scored.scored);
    expect(overall.meanPay30).toBeCloseTo(scored.mean.pay_30, 3);
    const [direct] = await database.query<{ flagged: string | number; likely: string | number }>(
      `select count(*) filter (where sc.hardship >= $2) as flagged, count(*) filter (where s.status = 'likely_eligible') as likely
       from account_scores sc left join account_screenings s on s.tenant_id = sc.tenant_id and s.account_id = sc.account_id where sc.tenant_id = $1`,
      [tenantId, HARDSHIP_FLAG],
    );
    expect(overall.hardshipFlaggedShare).toBeCloseTo(Number(direct!.flagged) / scored.scored, 5);
    expect(overall.likelyEligibleShare).toBeCloseTo(Number(direct!.likely) / scored.scored, 5);
    expect(overall.likelyEligibleShare).toBeGreaterThan(0);

    for (const dim of ['language', 'age_band', 'zip_quintile'] as const) {
      const groups = rows.filter((r) => r.dimension === dim);
      expect(groups.length, dim).toBeGreaterThan(0);
      expect(groups.reduce((s, g) => s + g.scoredAccounts, 0), dim).toBe(overall.scoredAccounts);
      // The groups' means, weighted by size, are the overall mean.
      const weighted = groups.reduce((s, g) => s + g.meanHardship! * g.scoredAccounts, 0) / overall.scoredAccounts;
      expect(weighted, dim).toBeCloseTo(overall.meanHardship!, 3);
      for (const g of groups) {
        const far = g.scoredAccounts >= 10 && Math.abs(g.meanPay30! - overall.meanPay30!) >= SCORE_GAP;
        expect(g.gaps.includes('meanPay30'), `${dim} ${g.key}`).toBe(far);
      }
    }
    expect(rows.filter((r) => r.dimension === 'language').map((r) => r.key)).toEqual(['en', 'es']);
    // No ZIP income loaded: every account is in the "unknown" quintile.
    expect(rows.filter((r) => r.dimension === 'zip_quintile').map((r) => r.key)).toEqual(['unknown']);
    const csv = fairnessScoresCsv(report).split('\n');
    expect(csv[0]).toBe('dimension,group,scoredAccounts,meanPay30,meanPay90,meanHardship,hardshipFlaggedShare,likelyEligibleShare,gaps');
    expect(csv[1]).toMatch(new RegExp(`^all,all,${scored.scored},`));
  }, 120_000);

  it('says so when nothing has been scored yet', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'fair-unscored', name: 'Unscored Hospital', kind: 'nonprofit_hospital', state: 'OH' });
    const report = await readFairness(database.db, tenantId, resolveWindow(now));
    expect(report.scores.overall.scoredAccounts).toBe(0);
    expect(report.scores.overall.meanPay30).toBeNull();
    expect(report.scores.rows).toEqual([]);
    expect(report.notes.some((n) => n.startsWith('No account has been scored yet'))).toBe(true);
  });
});
