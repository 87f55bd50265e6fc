import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

const csv = readFileSync(new URL('../../modules/ingestion/persist/fixtures/balances.csv', import.meta.url), 'utf8');

describeDb('ingestion over HTTP: upload, quarantine, re-submit', (getDb) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 5 });
    cookie = await t.signIn('billing@riverbend.example');
  });

  it('ingests an uploaded CSV and quarantines its bad rows with file, line and field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/ingestion/uploads?filename=october.csv', headers: { cookie, 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ balances: 2, rejected: 2 });
    const q = await t.app.inject({ url: '/api/v1/ingestion/rejections', headers: { cookie } });
    expect(q.json().items.map((r: { file: string; line: number }) => [r.file, r.line]).sort()).toEqual([['october.csv', 4], ['october.csv', 5]]);
  });

  it('resolves a quarantined row when its corrected version ingests cleanly', async () => {
    const q = await t.app.inject({ url: '/api/v1/ingestion/rejections', headers: { cookie } });
    const row = q.json().items.find((r: { line: number }) => r.line === 5);
    const fixed = 'account_number,first_name,last_name,birth_date,service_date,charges,insurance_paid,adjustments,patient_paid,balance,state\nA-103,Off,ByOne,1990-01-01,2026-08-21,100.00,0,0,1.00,99.00,OH\n';
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/ingestion/rejections/${row.id}/resubmit`, headers: { cookie }, payload: { content: fixed } });
    expect(res.json().resolved).toBe(true);
    const open = await t.app.inject({ url: '/api/v1/ingestion/rejections', headers: { cookie } });
    expect(open.json().items).toHaveLength(1);
  });

  it('is refused to the compliance officer (read-only) with 403', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/ingestion/uploads?filename=x.csv', headers: { cookie: await t.signIn('compliance@riverbend.example'), 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode).toBe(403);
  });
});
