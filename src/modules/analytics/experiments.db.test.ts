import { expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { assignArm, createExperiment, exportCommunications, getExperiment, loadOutreachConfig, runOrchestrationPass, setExperimentStatus } from '../outreach/index.js';
import { readAnalytics, readExperimentResults, refreshAnalytics, resolveWindow } from './index.js';

const NOW = new Date('2026-03-10T17:00:00Z');
const N = 240;
const STEPS = ['statement-ready', 'gentle-reminder', 'plan-offer', 'assistance-offer', 'check-in', 'final-notice', 'continued-care'];

describeDb('experiments on journey steps', (getDb) => {
  it('assigns each person an arm in the pass, records it on the message and the export, and a guardrail stops a harmful arm', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'exp-clinic', name: 'Riverside Clinic', kind: 'provider' });
    await database.query(
      `insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone)
       select 'xp' || g, $1, 'XP' || g, 'Pat', 'Test', 'en', 'America/Chicago' from generate_series(1, $2::int) g`,
      [tenantId, N],
    );
    await database.query(
      `insert into contact_points (id, tenant_id, person_id, system, value, use, rank, verified)
       select 'xe' || g, $1, 'xp' || g, 'email', 'pat' || g || '@example.test', 'home', 1, true from generate_series(1, $2::int) g`,
      [tenantId, N],
    );
    await database.query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
       select 'xa' || lpad(g::text, 4, '0'), $1, 'xp' || g, 'XA' || g, 'patient_due', date '2026-03-10' + (g % 120) - 90, date '2026-03-10' + (g % 120) - 120,
         20000, 20000, 40000 from generate_series(1, $2::int) g`,
      [tenantId, N],
    );
    const experiments = [];
    for (const step of STEPS) {
      const e = await createExperiment(database.db, {
        tenantId, actorId: 'admin', now: NOW,
        definition: { name: `Tone on ${step}`, journey: 'self-pay-standard', step, kind: 'tone', holdoutPct: 10,
          arms: [{ id: 'A', label: 'Warm', tone: 'warm' }, { id: 'B', label: 'Plain', tone: 'informative' }],
          guardrails: { maxOptOutRate: 0.01, maxComplaintRate: 0.5, minContacts: 3 } },
      });
      experiments.push(await setExperimentStatus(database.db, { tenantId, id: e.id, status: 'running', now: NOW }));
    }
    // A bad definition is refused with every problem named.
    await expect(createExperiment(database.db, { tenantId, actorId: 'admin', now: NOW, definition: { name: 'x', journey: 'self-pay-standard', step: 'nope', kind: 'tone', arms: [{ id: 'A', label: 'a' }, { id: 'A', label: 'b', channels: ['fax'] }] } }))
      .rejects.toThrow(/arms\.1\.channels/);

    await runOrchestrationPass({ database, now: NOW, publicUrl: 'https://pay.example', config: loadOutreachConfig(), tenantId, batchSize: 50 });
    await database.query(`update communications set status = 'sent' where tenant_id = $1 and status = 'queued'`, [tenantId]);
    const lines = [];
    for await (const l of exportCommunications(database, { tenantId })) lines.push(l);
    const sent = lines.filter((l) => l.status === 'sent');
    expect(sent.length).toBeGreaterThan(20);
    for (const l of sent) {
      const exp = experiments.find((e) => e.step === l.step);
      if (!exp) {
        expect(l.variant).toBeNull();
        continue;
      }
      // The arm on the message is the person's deterministic assignment, and the tone follows it.
      expect(l.variant).toBe(assignArm(exp, l.personId)?.variant ?? null);
    }
    const [tones] = await database.query<{ arms: number }>(
      `select count(distinct variant)::int as arms from communications where tenant_id = $1 and variant is not null`, [tenantId]);
    expect(tones!.arms).toBeGreaterThan(2);

    // Grouped by arm, the groups add up to the whole.
    await refreshAnalytics({ database, now: NOW, tenantId });
    const window = resolveWindow(NOW);
    const byArm = await readAnalytics(database.db, { tenantId, tenantSlug: 'exp-clinic', now: NOW, window, by: 'variant' });
    const total = (k: typeof byArm.kpis) => k.contacts.email + k.contacts.sms + k.contacts.letter + k.contacts.call;
    expect(byArm.groups!.reduce((s, g) => s + total(g.kpis), 0)).toBe(total(byArm.kpis));

    // Everyone messaged in arm B of the busiest experiment opts out: the guardrail stops arm B.
    const [busiest] = await database.query<{ variant: string; n: number }>(
      `select variant, count(*)::int as n from communications where tenant_id = $1 and variant like '%:B' group by variant order by n desc, variant limit 1`, [tenantId]);
    expect(busiest!.n).toBeGreaterThanOrEqual(3);
    const expId = busiest!.variant.split(':')[0]!;
    await database.query(
      `insert into revocations (id, tenant_id, person_id, channel, received_at, means)
       select 'rv-' || id, tenant_id, person_id, 'all', $2::timestamptz + interval '1 hour', 'reply' from communications where tenant_id = $1 and variant = $3`,
      [tenantId, NOW, busiest!.variant],
    );
    // Survey answers to the arms' messages: 5 to arm A's, 2 to arm B's.
    await database.query(
      `insert into csat_responses (id, tenant_id, person_id, account_id, communication_id, score, language, created_at, updated_at)
       select 'cs-' || id, tenant_id, person_id, account_id, id, case when variant like '%:A' then 5 else 2 end, 'en', $2, $2
       from communications where tenant_id = $1 and variant in ($3, $4)`,
      [tenantId, NOW, `${busiest!.variant.split(':')[0]}:A`, busiest!.variant],
    );
    const later = new Date(NOW.getTime() + 2 * 3_600_000);
    const refreshed = await refreshAnalytics({ database, now: later, tenantId });
    expect(refreshed.stoppedArms).toEqual([expect.objectContaining({ experimentId: expId, arm: 'B' })]);
    expect(Object.keys((await getExperiment(database.db, tenantId, expId)).stoppedArms)).toEqual(['B']);

    const result = await readExperimentResults(database.db, { tenantId, id: expId, now: later });
    expect(result.baseline).toBe('holdout');
    const b = result.arms.find((a) => a.arm === 'B')!;
    expect(b.accounts).toBe(busiest!.n);
    expect(b.optOutRate).toBe(1);
    expect(b.stopped).not.toBeNull();
    expect(b.csatAverage).toBe(2);
    expect(result.arms.find((a) => a.arm === 'A')!.csatAverage).toBe(5);
    // The holdout answered nothing, so there is no interval against it.
    expect(b.uplift!.csatAverage).toBeNull();
    expect(result.sampleSize.map((s) => s.mde)).toEqual([0.02, 0.05, 0.1]);
  });
});
