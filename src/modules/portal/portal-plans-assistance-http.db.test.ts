import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTestApp, type TestApp } from '../../server/http/testing.js';
import { ledgerSum, payableAccounts, useSandbox, type PayableAccount } from '../payments/testing.js';
import { decryptMessageFields } from '../outreach/index.js';

const PDF = Buffer.from('%PDF-1.4\n%stub\n%%EOF\n');

// A patient who cannot pay in full: a plan if their budget allows, assistance when it does not.
describeDb('portal plans and financial assistance over HTTP', (getDb) => {
  let t: TestApp;
  let accts: PayableAccount[];

  beforeAll(async () => {
    t = await createTestApp(getDb());
    accts = await payableAccounts(getDb(), t.clock, { persons: 40 });
    useSandbox(getDb(), t.clock);
  });

  async function open(a: PayableAccount): Promise<Record<string, string>> {
    const staff = await t.signIn('counselor@riverbend.example');
    const link = await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${a.accountId}/payment-links`, headers: { cookie: staff }, payload: {} });
    const token = link.json().token as string;
    const v = await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: { dateOfBirth: a.birthDate, zip: a.postalCode } });
    expect(v.statusCode).toBe(200);
    return { 'x-portal-link': token, cookie: `kindly_portal=${v.cookies.find((c) => c.name === 'kindly_portal')!.value}` };
  }

  it('quotes plans within the stated budget, refers to assistance when none fits, and accepts one', async () => {
    const a = accts[0]!;
    const h = await open(a);
    const tooLow = await t.app.inject({ url: '/api/v1/portal/plan-quotes?monthlyBudgetCents=100', headers: h });
    expect(tooLow.json()).toMatchObject({ options: [], referToAssistance: true });
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/portal/plans', headers: { ...h, 'x-portal-language': 'es' }, payload: { months: 24, monthlyBudgetCents: 100 } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.userMessage).toMatch(/asistencia financiera/);
    const budget = Math.ceil(a.dueCents / 6);
    const quotes = (await t.app.inject({ url: `/api/v1/portal/plan-quotes?monthlyBudgetCents=${budget}`, headers: h })).json();
    expect(quotes.referToAssistance).toBe(false);
    for (const o of quotes.options) {
      expect(o.schedule.every((p: { amountCents: number }) => p.amountCents <= budget)).toBe(true);
      expect(o.schedule.reduce((s: number, p: { amountCents: number }) => s + p.amountCents, 0)).toBe(a.dueCents);
    }
    const chosen = quotes.options[0].months as number;
    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/portal/plans', headers: h, payload: { months: chosen, monthlyBudgetCents: budget } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().plan).toMatchObject({ status: 'active', remainingCents: a.dueCents });
    const summary = (await t.app.inject({ url: '/api/v1/portal/summary', headers: h })).json();
    expect(summary.plan.installments).toHaveLength(chosen);
    // On a plan, paying in full carries no discount.
    expect(summary.payInFull).toMatchObject({ discountCents: 0, amountDueCents: a.dueCents });
  });

  it('takes an application with an uploaded document, emails the written request, and the ECA check shows the hold', async () => {
    const a = accts.find((x) => x.email && x.accountId !== accts[0]!.accountId)!;
    const h = await open(a);
    const sub = await t.app.inject({ method: 'POST', url: '/api/v1/portal/assistance', headers: h, payload: { householdSize: 2, annualIncomeCents: 1_800_000, signatureName: 'A Patient', attest: true } });
    expect(sub.statusCode).toBe(200);
    const { applicationId, missing } = sub.json();
    expect(missing.map((m: { item: string }) => m.item)).toEqual(['income_proof']);
    const bad = await t.app.inject({ method: 'POST', url: `/api/v1/portal/assistance/${applicationId}/documents?kind=pay_stub&fileName=x.pdf`, headers: { ...h, 'content-type': 'application/pdf' }, payload: Buffer.from('hello') });
    expect(bad.statusCode).toBe(400);
    const finishEarly = await t.app.inject({ method: 'POST', url: `/api/v1/portal/assistance/${applicationId}/finish`, headers: h, payload: {} });
    expect(finishEarly.json()).toMatchObject({ status: 'incomplete', noticeSent: true });
    const [request] = await getDb().query<{ subject: string; body: string }>(
      `select d.subject, d.body from sandbox_deliveries d join communications c on c.id = d.communication_id where c.person_id = $1 and c.purpose = 'assistance_incomplete'`,
      [a.personId],
    );
    decryptMessageFields(request!);
    expect(request!.subject).toBe('We need a little more for your application');
    expect(request!.body).toMatch(/Proof of income/);
    const up = await t.app.inject({ method: 'POST', url: `/api/v1/portal/assistance/${applicationId}/documents?kind=pay_stub&fileName=stub.pdf`, headers: { ...h, 'content-type': 'application/pdf' }, payload: PDF });
    expect(up.statusCode).toBe(200);
    expect(up.json().missing).toEqual([]);

    const counselor = await t.signIn('counselor@riverbend.example');
    const check = await t.app.inject({ url: `/api/v1/accounts/${a.accountId}/escalation-check?action=credit_report`, headers: { cookie: counselor } });
    expect(check.json().question.fapApplication).toMatchObject({ decision: 'pending', complete: true });
    expect(check.json().decision.reasons).toContain('irc_501r6_fap_application_pending');
    expect(check.json().decision.allowed).toBe(false);

    // Everything is in now: back to 'submitted', waiting for a counselor.
    const queue = await t.app.inject({ url: '/api/v1/assistance/applications?status=submitted', headers: { cookie: counselor } });
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(applicationId);
    const detail = (await t.app.inject({ url: `/api/v1/assistance/applications/${applicationId}`, headers: { cookie: counselor } })).json();
    const doc = await t.app.inject({ url: `/api/v1/assistance/applications/${applicationId}/documents/${detail.documents[0].id}`, headers: { cookie: counselor } });
    expect(doc.rawPayload.equals(PDF)).toBe(true);
    // Billing staff may not decide.
    const billing = await t.signIn('billing@riverbend.example');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/assistance/applications/${applicationId}/decide`, headers: { cookie: billing }, payload: {} })).statusCode).toBe(403);

    const decided = await t.app.inject({ method: 'POST', url: `/api/v1/assistance/applications/${applicationId}/decide`, headers: { cookie: counselor }, payload: {} });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'approved', noticeSent: true, decision: { discountPct: 100 } });
    // The account page, the portal and the bill read the application (documents, decision) in their
    // own statements: the same view the counselor's page builds.
    const { personName: _name, ...decidedView } = (await t.app.inject({ url: `/api/v1/assistance/applications/${applicationId}`, headers: { cookie: counselor } })).json();
    expect(decidedView.documents.length).toBeGreaterThan(0);
    expect((await t.app.inject({ url: `/api/v1/workspace/accounts/${a.accountId}`, headers: { cookie: counselor } })).json().assistance).toEqual(decidedView);
    expect((await t.app.inject({ url: '/api/v1/portal/assistance', headers: h })).json().application).toEqual(decidedView);
    expect((await t.app.inject({ url: '/api/v1/portal/summary', headers: h })).json().assistance).toEqual(decidedView);
    expect(await ledgerSum(getDb(), a.accountId)).toBeLessThanOrEqual(0);
    const after = await t.app.inject({ url: `/api/v1/accounts/${a.accountId}/escalation-check?action=credit_report`, headers: { cookie: counselor } });
    expect(after.json().decision.reasons).not.toContain('irc_501r6_fap_application_pending');
    const letter = await t.app.inject({ url: `/api/v1/assistance/applications/${applicationId}/letter?language=es`, headers: { cookie: counselor } });
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(letter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const mine = await t.app.inject({ url: '/api/v1/portal/assistance/letter', headers: h });
    expect(mine.statusCode).toBe(200);
  });
});
