import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import type { ApplicationDetail, ApplicationQueue, MissingRequest, SubmittedApplication, UploadedDocument } from './contracts/assistance.js';
import { createTestApp, type TestApp } from './testing.js';

const PDF = Buffer.from('%PDF-1.4\n%stub\n%%EOF\n');

// The test app fails any response whose schema would drop a field: each call here also checks
// that the assistance contracts describe everything the counselor's page is sent.
describeDb('a counselor files an application for the patient over HTTP, asks for what is missing and adds the document', (getDb) => {
  let t: TestApp;
  let counselor: string;
  let account: { id: string; personId: string };
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 4 });
    counselor = await t.signIn('counselor@riverbend.example');
    const list = (await t.app.inject({ url: '/api/v1/accounts?limit=50', headers: { cookie: counselor } })).json() as { items: Array<{ id: string; personId: string; patientDueCents: number }> };
    account = list.items.find((a) => a.patientDueCents > 0)!;
  });

  it('files, lists, requests the missing proof of income, takes the document and shows it on the application', async () => {
    const filed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/persons/${account.personId}/assistance-applications`,
      headers: { cookie: counselor },
      payload: { accountId: account.id, householdSize: 3, annualIncomeCents: 2_400_000, signatureName: 'A Patient', attest: true },
    });
    expect(filed.statusCode).toBe(200);
    const { applicationId, missing } = filed.json() as SubmittedApplication;
    expect(missing.map((m) => m.item)).toEqual(['income_proof']);

    const queue = (await t.app.inject({ url: '/api/v1/assistance/applications', headers: { cookie: counselor } })).json() as ApplicationQueue;
    expect(queue.items.find((i) => i.id === applicationId)).toMatchObject({ personId: account.personId, accountId: account.id, channel: 'staff', missing: ['income_proof'] });

    const asked = await t.app.inject({ method: 'POST', url: `/api/v1/assistance/applications/${applicationId}/request-missing`, headers: { cookie: counselor } });
    const request = asked.json() as MissingRequest;
    expect({ status: request.status, missing: request.missing.map((m) => m.item) }).toEqual({ status: 'incomplete', missing: ['income_proof'] });
    expect(request.missing[0]!.messageEs.length).toBeGreaterThan(0);

    const up = await t.app.inject({ method: 'POST', url: `/api/v1/assistance/applications/${applicationId}/documents?kind=pay_stub&fileName=stub.pdf`, headers: { cookie: counselor, 'content-type': 'application/pdf' }, payload: PDF });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ missing: [], sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } satisfies Partial<UploadedDocument>);

    const detail = (await t.app.inject({ url: `/api/v1/assistance/applications/${applicationId}`, headers: { cookie: counselor } })).json() as ApplicationDetail;
    expect(detail.personName.length).toBeGreaterThan(0);
    expect(detail.documents.map((d) => [d.kind, d.fileName, d.sizeBytes])).toEqual([['pay_stub', 'stub.pdf', PDF.length]]);
    expect(detail.household).toMatchObject({ size: 3, annualIncomeCents: 2_400_000 });
  });
});
