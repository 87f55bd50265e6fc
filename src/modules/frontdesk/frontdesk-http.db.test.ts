import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTestApp, type TestApp } from '../../server/http/testing.js';
import { ledgerSum, payableAccounts, useSandbox, type PayableAccount } from '../payments/testing.js';

// An access representative checks in a returning patient: insurance card, eligibility, copay.
describeDb('front desk check-in over HTTP', (getDb) => {
  let t: TestApp;
  let a: PayableAccount;
  let access: string;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    a = (await payableAccounts(getDb(), t.clock, { persons: 20 }))[0]!;
    useSandbox(getDb(), t.clock);
    access = await t.signIn('access@riverbend.example');
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: unknown, cookie = access) => t.app.inject({ method, url, headers: { cookie }, payload: payload as never });

  it('only the access representative (and admin) may use the desk', async () => {
    const coordinator = await t.signIn('coordinator@riverbend.example');
    expect((await call('GET', `/api/v1/frontdesk/patients?name=${a.familyName}`, undefined, coordinator)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/frontdesk/patients')).statusCode).toBe(400);
  });

  it('finds the patient, records the card, runs eligibility, checks in, takes the copay and prints a receipt', async () => {
    const found = (await call('GET', `/api/v1/frontdesk/patients?name=${encodeURIComponent(a.familyName)}&birthDate=${a.birthDate}`)).json().items as Array<{ personId: string; mrn: string }>;
    expect(found.map((p) => p.personId)).toContain(a.personId);
    const byMrn = (await call('GET', `/api/v1/frontdesk/patients?mrn=${encodeURIComponent(found.find((p) => p.personId === a.personId)!.mrn)}`)).json().items;
    expect(byMrn).toHaveLength(1);

    const desk = (await call('GET', `/api/v1/frontdesk/patients/${a.personId}`)).json();
    expect(desk.coverages).toEqual([]);
    expect(desk.priorBalanceCents).toBeGreaterThanOrEqual(a.dueCents);

    const bad = await call('POST', `/api/v1/frontdesk/patients/${a.personId}/coverages`, { payerName: 'Prairie Health Plan', memberId: 'x' });
    expect(bad.statusCode).toBe(400);
    const cov = (await call('POST', `/api/v1/frontdesk/patients/${a.personId}/coverages`, { payerName: 'Prairie Health Plan', payerId: 'PHP01', memberId: 'W11122333' })).json();
    const elig = await call('POST', `/api/v1/frontdesk/coverages/${cov.id}/eligibility`, { serviceType: '98' });
    expect(elig.statusCode).toBe(200);
    const result = elig.json().result;
    expect(result.active).toBe(true);
    expect(elig.json().coverage.eligibility.checkedAt).toBe('2026-11-23T15:00:00.000Z');
    const copay = result.copayCents['98'] as number;

    const visit = (await call('POST', `/api/v1/frontdesk/patients/${a.personId}/check-in`, { visitType: 'office', coverageId: cov.id })).json();
    expect(visit).toMatchObject({ paymentPrompt: true, emtalaNotice: null, copayCents: copay, priorBalanceCents: desk.priorBalanceCents });
    expect(visit.script.en.join(' ')).toMatch(/does not change your care/);
    expect(visit.script.es.join(' ')).toMatch(/no cambia su atención/);

    const tok = (await call('POST', '/api/v1/payments/card-tokens', { number: '4242424242424242', expMonth: 12, expYear: 2030 })).json();
    const paid = await call('POST', `/api/v1/frontdesk/visits/${visit.visitId}/copay`, { paymentMethod: tok.token, idempotencyKey: 'desk-copay-0001' });
    expect(paid.statusCode).toBe(200);
    expect(paid.json().payment).toMatchObject({ status: 'succeeded', amountCents: copay });
    expect(await ledgerSum(getDb(), paid.json().accountId)).toBe(0);
    // The copay is not an earlier balance.
    expect((await call('GET', `/api/v1/frontdesk/patients/${a.personId}`)).json().priorBalanceCents).toBe(desk.priorBalanceCents);

    const receipt = (await call('GET', `/api/v1/frontdesk/payments/${paid.json().payment.id}/receipt`)).json();
    expect(receipt).toMatchObject({ amountCents: copay, card: { last4: '4242' }, purpose: { en: "Copay for today's visit" } });
    expect(JSON.stringify(receipt)).not.toMatch(/4242424242424242/);
    expect((await call('POST', `/api/v1/frontdesk/visits/${visit.visitId}/copay`, { paymentMethod: tok.token, idempotencyKey: 'desk-copay-0002' })).statusCode).toBe(409);
  });

  it('a declined card leaves nothing owing for the copay', async () => {
    const cov = (await call('GET', `/api/v1/frontdesk/patients/${a.personId}`)).json().coverages[0];
    const visit = (await call('POST', `/api/v1/frontdesk/patients/${a.personId}/check-in`, { visitType: 'office', coverageId: cov.id })).json();
    const tok = (await call('POST', '/api/v1/payments/card-tokens', { number: '4000000000000002', expMonth: 12, expYear: 2030 })).json();
    const r = await call('POST', `/api/v1/frontdesk/visits/${visit.visitId}/copay`, { paymentMethod: tok.token, idempotencyKey: 'desk-copay-0003' });
    expect(r.statusCode).toBe(402);
    const [acct] = await getDb().query<{ id: string; patient_due_cents: number }>(`select id, patient_due_cents from accounts where external_ref = $1`, [`visit|${visit.visitId}`]);
    expect(Number(acct!.patient_due_cents)).toBe(0);
  });

  it('in the emergency department there is no payment prompt, and the screen says why', async () => {
    const cov = (await call('GET', `/api/v1/frontdesk/patients/${a.personId}`)).json().coverages[0];
    const visit = (await call('POST', `/api/v1/frontdesk/patients/${a.personId}/check-in`, { visitType: 'emergency', coverageId: cov.id })).json();
    expect(visit).toMatchObject({ paymentPrompt: false, copayCents: null, priorBalanceCents: 0, script: { en: [], es: [] } });
    expect(visit.emtalaNotice).toMatch(/EMTALA/);
    const tok = (await call('POST', '/api/v1/payments/card-tokens', { number: '4242424242424242', expMonth: 12, expYear: 2030 })).json();
    const r = await call('POST', `/api/v1/frontdesk/visits/${visit.visitId}/copay`, { paymentMethod: tok.token, idempotencyKey: 'desk-copay-0004' });
    expect(r.statusCode).toBe(422);
  });

  it('estimates a planned service from the 271, and gives a self-pay patient a Good Faith Estimate PDF in Spanish', async () => {
    const cov = (await call('GET', `/api/v1/frontdesk/patients/${a.personId}`)).json().coverages[0];
    const insured = (await call('POST', `/api/v1/frontdesk/patients/${a.personId}/estimate`, { items: [{ code: '73721' }], coverageId: cov.id })).json();
    expect(insured.estimate.kind).toBe('insured');
    expect(insured.estimate.patientCents + insured.estimate.insuranceCents).toBe(78000);
    expect(insured.goodFaithEstimate.required).toBe(false);
    const self = (await call('POST', `/api/v1/frontdesk/patients/${a.personId}/estimate`, { items: [{ code: '73721' }, { code: '36415', quantity: 2 }], scheduledFor: '2026-12-15' })).json();
    expect(self.estimate).toMatchObject({ kind: 'self_pay', expectedCents: 65000 + 2000, patientCents: 67000 });
    // Scheduled 16 business days ahead: due within 3 business days (Monday 23 November -> Thursday 26).
    expect(self.goodFaithEstimate).toEqual({ required: true, dueBy: '2026-11-26' });
    const unknown = await call('POST', `/api/v1/frontdesk/patients/${a.personId}/estimate`, { items: [{ code: 'NOPE' }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toBe('items[0].code');
    const pdf = await call('POST', `/api/v1/frontdesk/patients/${a.personId}/good-faith-estimate`, { items: [{ code: '73721' }], language: 'es' });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
