import { afterAll, describe, expect, it } from 'vitest';
import { closeTestDatabase, openTestDatabase } from '../../src/platform/db/testing.js';
import type { Database } from '../../src/platform/db/index.js';
import { createTenant } from '../../src/modules/identity/index.js';
import { spawnKindly, stopProcess, waitFor } from './helpers.js';

/** An IANA zone where it is early afternoon right now, so the real clock falls inside 08:00-21:00. */
function afternoonZone(now: Date): { zone: string; offsetHours: number } {
  let offset = 13 - now.getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  // Etc/GMT zones have inverted signs: UTC+9 is Etc/GMT-9.
  return { zone: offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`, offsetHours: offset };
}

// Needs a real PostgreSQL shared by several processes; PGlite is single-process by design.
describe.skipIf(!process.env.DATABASE_URL)('orchestration passes in two worker processes, one killed mid-batch', () => {
  let database: Database;
  const workers: Array<ReturnType<typeof spawnKindly>> = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => stopProcess(w, 'SIGKILL')));
    if (database) await closeTestDatabase(database);
  });

  it('sends every due message exactly once: none twice, none lost', async () => {
    database = await openTestDatabase('postgresql');
    const { tenantId } = await createTenant(database.db, { slug: 'outreach-kill', name: 'Lakeview Clinic', kind: 'provider' });
    const now = new Date();
    const { zone, offsetHours } = afternoonZone(now);
    const localToday = new Date(now.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
    const total = 1500;
    // Set-based generation: every account is 3 days before its due date (the pre-due reminder step),
    // reachable by email only, in a zone where it is early afternoon.
    await database.query(
      `insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone, preferences)
       select 'kp' || g, $1, 'KP' || g, 'Pat' || g, 'Kill', 'en', $2, '{"sendHour": 8}'::jsonb from generate_series(1, $3::int) g`,
      [tenantId, zone, total],
    );
    await database.query(
      `insert into contact_points (id, tenant_id, person_id, system, value, use, rank, verified)
       select 'kc' || g, $1, 'kp' || g, 'email', 'pat' || g || '@example.test', 'home', 1, true from generate_series(1, $2::int) g`,
      [tenantId, total],
    );
    await database.query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
       select 'ka' || lpad(g::text, 6, '0'), $1, 'kp' || g, 'KA' || g, 'patient_due', $2::date + 3, $2::date - 27, 12345, 12345, 50000 from generate_series(1, $3::int) g`,
      [tenantId, localToday, total],
    );
    const env = {
      DATABASE_URL: process.env.DATABASE_URL,
      KINDLY_DB_SCHEMA: database.schema,
      KINDLY_SEED_DEMO: 'false',
      KINDLY_OUTREACH_PASS_SECONDS: '1',
      KINDLY_OUTREACH_BATCH: '50',
      KINDLY_OUTREACH_REQUEUE_SECONDS: '5',
    };
    workers.push(spawnKindly(['start', '--role', 'worker'], env), spawnKindly(['start', '--role', 'worker'], env));
    const count = async (where: string) => (await database.query<{ n: number }>(`select count(*)::int as n from communications where ${where}`))[0]!.n;
    // Kill one worker while passes are still claiming batches.
    await waitFor(async () => (await count(`direction = 'outbound'`)) > 150, 120_000, 'the first batches');
    const before = await count(`direction = 'outbound'`);
    workers[0]!.kill('SIGKILL');
    expect(before).toBeLessThan(total);
    await waitFor(async () => (await count(`status = 'sent'`)) === total, 240_000, 'every message delivered').catch(async (err: Error) => {
      const statuses = await database.query(`select status, count(*)::int as n from communications group by 1`);
      const states = await database.query(`select status, count(*)::int as n, min(next_eval_at) as next from journey_states group by 1`);
      const tail = (s: string) => s.split('\n').filter((l) => !l.includes('request completed') && !l.includes('incoming request')).slice(-40).join('\n');
      throw new Error(`${err.message}: ${JSON.stringify({ statuses, states })}\nsurviving worker:\n${tail(workers[1]!.output())}`);
    });
    const [stats] = await database.query<{ deliveries: number; messages: number; accounts: number; per_account_max: number }>(
      `select (select count(*)::int from sandbox_deliveries) as deliveries,
              (select count(distinct communication_id)::int from sandbox_deliveries) as messages,
              (select count(distinct account_id)::int from communications where direction = 'outbound') as accounts,
              (select max(n)::int from (select count(*) as n from communications where direction = 'outbound' group by account_id) x) as per_account_max`,
    );
    expect(stats).toEqual({ deliveries: total, messages: total, accounts: total, per_account_max: 1 });
    const [steps] = await database.query<{ step: string; n: number }>(`select step, count(*)::int as n from communications group by step`);
    expect(steps).toEqual({ step: 'pre-due-reminder', n: total });
  });
});
