import { expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../simulation/index.js';
import { exportCommunications, runSimulatedCycle } from '../outreach/index.js';
import { lazyEvaluate, simulationChannels } from '../../server/delivery.js';
import { ManualClock } from '../../platform/clock/index.js';
import { KPI_FIELDS, analyticsCsv, fairnessCsv, readAnalytics, readDashboard, readFairness, refreshAnalytics, resolveWindow, GROUP_BY, type Kpis } from './index.js';

const START = new Date('2026-03-02T05:00:00Z');
const END = new Date('2026-03-16T05:00:00Z');

describeDb('outcome analytics over two simulated weeks of the demo tenant', (getDb) => {
  it('gives every contract field, contact counts equal to the export, groups that partition the whole, and the same answer twice', async () => {
    const database = getDb();
    await seedDemoTenant(database.db, new ManualClock(START), { persons: 60 });
    const [t] = await database.query<{ id: string }>(`select id from tenants where slug = 'riverbend'`);
    const tenantId = t!.id;
    // Passes every 6 hours, the rollups refreshed before each as the worker does after each: the
    // first refresh of a UTC day settles ten days, the others recompute one day.
    const modes: string[] = [];
    await runSimulatedCycle({
      database, from: START, until: END, everyMs: 6 * 3_600_000, publicUrl: 'https://pay.example', channels: simulationChannels(), evaluate: lazyEvaluate,
      beforePass: async (now) => {
        modes.push((await refreshAnalytics({ database, now, tenantId })).mode[tenantId]!);
      },
    });
    expect(modes[0]).toBe('rebuild');
    expect(modes.filter((m) => m === 'settle').length).toBeGreaterThanOrEqual(13);
    expect(modes.filter((m) => m === 'pass').length).toBeGreaterThan(modes.length / 2);
    await refreshAnalytics({ database, now: END, tenantId });
    const window = resolveWindow(END, '2025-12-01', '2026-03-17');
    const report = await readAnalytics(database.db, { tenantId, tenantSlug: 'riverbend', now: END, window });
    expect(Object.keys(report.kpis)).toEqual([...KPI_FIELDS]);
    expect(report.kpis.cohortAccounts).toBeGreaterThan(0);
    expect(report.kpis.placedCents).toBeGreaterThan(0);

    // Contacts recomputed from the export: sent or delivered outbound lines whose `at` is in the window.
    const expected = { email: 0, sms: 0, letter: 0, call: 0 };
    let blocked = 0;
    for await (const line of exportCommunications(database, { tenantId })) {
      const at = Date.parse(line.at);
      if (line.direction !== 'outbound' || at < window.from.getTime() || at >= window.until.getTime()) continue;
      if (line.status === 'blocked') blocked++;
      else if (line.status === 'sent' || line.status === 'delivered') expected[line.channel === 'voicemail' ? 'call' : (line.channel as keyof typeof expected)]++;
    }
    expect(expected.email + expected.sms + expected.letter + expected.call).toBeGreaterThan(0);
    expect(report.kpis.contacts).toEqual(expected);
    expect(report.kpis.blockedContacts).toBe(blocked);

    // A full rebuild gives the same rollups as the incremental refreshes did.
    await refreshAnalytics({ database, now: END, tenantId, rebuild: true });
    const rebuilt = await readAnalytics(database.db, { tenantId, tenantSlug: 'riverbend', now: END, window });
    expect(rebuilt).toEqual(report);

    const additive: Array<keyof Kpis> = ['cohortAccounts', 'placedCents', 'collectedCents', 'assistanceAdjustedCents', 'resolvedAccounts', 'blockedContacts', 'optOuts', 'plansStarted', 'assistanceApplications', 'complaints'];
    for (const by of GROUP_BY) {
      const grouped = await readAnalytics(database.db, { tenantId, tenantSlug: 'riverbend', now: END, window, by });
      expect(grouped.kpis).toEqual(report.kpis);
      for (const f of additive) expect(grouped.groups!.reduce((s, g) => s + (g.kpis[f] as number), 0), `${by} ${f}`).toBe(report.kpis[f]);
      for (const ch of ['email', 'sms', 'letter', 'call'] as const) expect(grouped.groups!.reduce((s, g) => s + g.kpis.contacts[ch], 0)).toBe(report.kpis.contacts[ch]);
    }
    // The dashboard's cohort months and the fairness report add up to the same whole.
    const dash = await readDashboard(database.db, tenantId, window);
    expect(dash.cohorts.reduce((n, c) => n + c.accounts, 0)).toBe(report.kpis.cohortAccounts);
    expect(dash.cohorts.reduce((n, c) => n + c.placedCents, 0)).toBe(report.kpis.placedCents);
    expect(dash.monthly.reduce((n, m) => n + m.contacts, 0)).toBe(expected.email + expected.sms + expected.letter + expected.call);
    expect(dash.channelEffectiveness.reduce((n, c) => n + c.messages, 0)).toBe(expected.email + expected.sms + expected.letter + expected.call);
    expect(dash.aging.length).toBeGreaterThan(0);
    const fair = await readFairness(database.db, tenantId, window);
    expect(fair.overall.cohortAccounts).toBe(report.kpis.cohortAccounts);
    for (const dim of ['language', 'age_band', 'payer_type', 'zip_quintile']) {
      expect(fair.rows.filter((r) => r.dimension === dim).reduce((n, r) => n + r.cohortAccounts, 0), dim).toBe(report.kpis.cohortAccounts);
    }
    expect(fair.notes.join(' ')).toMatch(/Income quintile unavailable/);
    expect(fair.zipIncome.areas).toBe(0);
    expect(fairnessCsv(fair).split('\n')[0]).toContain('escalatedShare');

    const again = await readAnalytics(database.db, { tenantId, tenantSlug: 'riverbend', now: END, window, by: 'language' });
    const twice = await readAnalytics(database.db, { tenantId, tenantSlug: 'riverbend', now: END, window, by: 'language' });
    expect(analyticsCsv(twice)).toBe(analyticsCsv(again));
    expect(analyticsCsv(again).split('\n')[0]).toContain('contacts.email');
  });
});
