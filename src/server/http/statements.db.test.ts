import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

describeDb('statements over HTTP', (getDb) => {
  let t: TestApp;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 15 });
    const [row] = await getDb().query<{ person_id: string }>(`select person_id from accounts where patient_due_cents > 0 order by id limit 1`);
    personId = row!.person_id;
  });

  it('gives a guarantor a statement whose total is what the ledger says they owe', async () => {
    const cookie = await t.signIn('billing@riverbend.example');
    const res = await t.app.inject({ url: `/api/v1/persons/${personId}/statement`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const [due] = await getDb().query<{ s: number }>(`select sum(patient_due_cents)::int s from accounts where person_id = $1`, [personId]);
    expect(res.json().totals.youOweCents).toBe(due!.s);
  });

  it('renders Spanish HTML and a PDF letter', async () => {
    const cookie = await t.signIn('counselor@riverbend.example');
    const html = await t.app.inject({ url: `/api/v1/persons/${personId}/statement?format=html&language=es`, headers: { cookie } });
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('Su factura, explicada');
    const pdf = await t.app.inject({ url: `/api/v1/persons/${personId}/statement?format=pdf`, headers: { cookie } });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
