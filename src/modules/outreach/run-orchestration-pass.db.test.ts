import { expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { loadOutreachConfig } from './journeys/load-outreach-config.js';
import { addCounts, emptyCounts, runOrchestrationPass } from './run-orchestration-pass.js';

const NOW = new Date('2026-03-10T17:00:00Z');
const N = 240;

describeDb('orchestration passes over a new book of accounts', (getDb) => {
  it('decides every account once when two workers start on it together, and then only what is due', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'pass-race', name: 'Riverside Clinic', kind: 'provider' });
    // Accounts spread over the journey's steps, in zones from coast to coast; no journey state yet.
    await database.query(
      `insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone)
       select 'rp' || g, $1, 'RP' || g, 'Pat', 'Race', 'en', (array['America/New_York','America/Chicago','America/Denver','America/Los_Angeles'])[1 + g % 4]
       from generate_series(1, $2::int) g`,
      [tenantId, N],
    );
    await database.query(
      `insert into contact_points (id, tenant_id, person_id, system, value, use, rank, verified)
       select 're' || g, $1, 'rp' || g, 'email', 'pat' || g || '@example.test', 'home', 1, true from generate_series(1, $2::int) g`,
      [tenantId, N],
    );
    await database.query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
       select 'ra' || lpad(g::text, 4, '0'), $1, 'rp' || g, 'RA' || g, 'patient_due', date '2026-03-10' + (g % 120) - 90, date '2026-03-10' + (g % 120) - 120,
         20000, 20000, 40000 from generate_series(1, $2::int) g`,
      [tenantId, N],
    );
    const config = loadOutreachConfig();
    const pass = () => runOrchestrationPass({ database, now: NOW, publicUrl: 'https://pay.example', config, tenantId, batchSize: 25 });

    // Two workers at the same instant: each new account's state is created by exactly one of them.
    const [a, b] = await Promise.all([pass(), pass()]);
    const both = addCounts(addCounts(emptyCounts(), a), b);
    expect(both.evaluated).toBe(N);
    const [states] = await database.query<{ n: number; accounts: number }>(`select count(*)::int as n, count(distinct account_id)::int as accounts from journey_states where tenant_id = $1`, [tenantId]);
    expect(states).toEqual({ n: N, accounts: N });
    const [comms] = await database.query<{ n: number; accounts: number }>(
      `select count(*)::int as n, count(distinct account_id)::int as accounts from communications where tenant_id = $1 and direction = 'outbound' and status = 'queued'`,
      [tenantId],
    );
    const sent = Object.values(both.sent).reduce((x, y) => x + y, 0);
    expect(sent).toBeGreaterThan(0);
    expect(comms).toEqual({ n: sent, accounts: sent });

    // Every decision moved its account's next look into the future: a pass at the same instant
    // finds nothing new and nothing due.
    const again = await pass();
    expect(again.evaluated).toBe(0);
  });
});
