import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { payableAccounts, useSandbox, type PayableAccount } from '../../modules/payments/testing.js';
import { createTestApp, type TestApp } from './testing.js';

/**
 * A plan remembers the payment policy it was set up under. The billing office sets one up before
 * any policy is published (the default terms: version 0); the administrator publishes version 1
 * and a patient sets one up from the portal under it; after version 2 a counselor sets up a third,
 * and the portal plan still says version 1.
 */
describeDb('plans record the payment-policy version they were set up under', (getDb) => {
  let t: TestApp;
  let accts: PayableAccount[];
  let admin: string;
  let counselor: string;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    accts = await payableAccounts(getDb(), t.clock, { persons: 12 });
    useSandbox(getDb(), t.clock);
    admin = await t.signIn('admin@riverbend.example');
    counselor = await t.signIn('counselor@riverbend.example');
  });

  const planOnAccountPage = async (accountId: string) => {
    const r = await t.app.inject({ url: `/api/v1/workspace/accounts/${accountId}`, headers: { cookie: counselor } });
    expect(r.statusCode).toBe(200);
    return r.json().plan as { paymentPolicyVersion: number | null; status: string } | null;
  };
  const storedVersion = async (accountId: string) =>
    (await getDb().query<{ v: number | null }>('select payment_policy_version as v from payment_plans where account_id = $1', [accountId]))[0]?.v;
  const staffPlan = async (a: PayableAccount) => {
    const quotes = (await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${a.accountId}/plan-quotes`, headers: { cookie: counselor }, payload: {} })).json();
    const r = await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${a.accountId}/plans`, headers: { cookie: counselor }, payload: { months: quotes.options[0].months } });
    expect(r.statusCode, r.body).toBe(200);
  };
  const publish = async (body: unknown, baseVersion: number) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/config/publish', headers: { cookie: admin }, payload: { kind: 'payment_policy', name: 'default', body, baseVersion } });
    expect(r.json()).toEqual({ version: baseVersion + 1 });
  };

  it('records 0, then 1 from the portal, then 2 from the staff offer, and an old plan keeps its version', async () => {
    const [first, second, third] = accts;
    await staffPlan(first!);
    expect(await storedVersion(first!.accountId)).toBe(0);
    expect(await planOnAccountPage(first!.accountId)).toMatchObject({ status: 'active', paymentPolicyVersion: 0 });

    await publish({ plan: { maxMonths: 18, minMonthlyPaymentCents: 3000, maxShareOfMonthlyIncomePct: 8 } }, 0);
    const link = await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${second!.accountId}/payment-links`, headers: { cookie: counselor }, payload: {} });
    const token = link.json().token as string;
    const v = await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: { dateOfBirth: second!.birthDate, zip: second!.postalCode } });
    const portal = { 'x-portal-link': token, cookie: `kindly_portal=${v.cookies.find((c) => c.name === 'kindly_portal')!.value}` };
    const quotes = (await t.app.inject({ url: '/api/v1/portal/plan-quotes', headers: portal })).json();
    expect(Math.max(...quotes.options.map((o: { months: number }) => o.months))).toBeLessThanOrEqual(18);
    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/portal/plans', headers: portal, payload: { months: quotes.options[0].months } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await storedVersion(second!.accountId)).toBe(1);

    await publish({ plan: { maxMonths: 12, minMonthlyPaymentCents: 5000 } }, 1);
    await staffPlan(third!);
    expect(await planOnAccountPage(third!.accountId)).toMatchObject({ paymentPolicyVersion: 2 });
    // Publishing a new version does not rewrite what earlier plans were set up under.
    expect(await planOnAccountPage(second!.accountId)).toMatchObject({ paymentPolicyVersion: 1 });
    expect(await planOnAccountPage(first!.accountId)).toMatchObject({ paymentPolicyVersion: 0 });
    const [auditRow] = await getDb().query<{ details: { paymentPolicyVersion: number } }>(
      `select details from audit_log where record_type = 'payment_plan' and details->>'accountId' = $1`,
      [third!.accountId],
    );
    expect(auditRow!.details.paymentPolicyVersion).toBe(2);
  });
});
