import { beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../../src/platform/db/testing.js';
import { payableAccounts, type PayableAccount } from '../../src/modules/payments/testing.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';

const MIN = 60_000;

describeDb('sessions end when they should, on the server', (getDb) => {
  let t: TestApp;
  let accts: PayableAccount[];

  beforeAll(async () => {
    t = await createTestApp(getDb());
    accts = await payableAccounts(getDb(), t.clock, { persons: 12 });
  });

  async function bearer(email = 'coordinator@riverbend.example'): Promise<string> {
    const cookie = await t.signIn(email);
    return cookie.slice('kindly_session='.length);
  }
  const me = (headers: Record<string, string>) => t.app.inject({ url: '/api/v1/me', headers });

  describe('staff', () => {
    it('Bearer logout ends the session: the same token is refused afterwards', async () => {
      const token = await bearer();
      const auth = { authorization: `Bearer ${token}` };
      expect((await me(auth)).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: auth })).statusCode).toBe(204);
      expect((await me(auth)).statusCode).toBe(401);
    });

    it('cookie logout ends the session even for a copy of the cookie', async () => {
      const cookie = await t.signIn('billing@riverbend.example');
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(204);
      expect((await me({ cookie })).statusCode).toBe(401);
    });

    it('ends after 30 idle minutes', async () => {
      const cookie = await t.signIn('counselor@riverbend.example');
      t.clock.advance(29 * MIN);
      expect((await me({ cookie })).statusCode).toBe(200);
      t.clock.advance(29 * MIN); // 29 minutes after the last request: still alive
      expect((await me({ cookie })).statusCode).toBe(200);
      t.clock.advance(31 * MIN);
      expect((await me({ cookie })).statusCode).toBe(401);
    });

    it('ends 12 hours after sign-in however busy it is', async () => {
      const cookie = await t.signIn('compliance@riverbend.example');
      for (let i = 0; i < 11 * 3; i++) {
        t.clock.advance(20 * MIN);
        expect((await me({ cookie })).statusCode).toBe(200);
      }
      for (const step of [20, 20, 19]) {
        t.clock.advance(step * MIN); // up to 11h59 after sign-in, never idle
        expect((await me({ cookie })).statusCode).toBe(200);
      }
      t.clock.advance(2 * MIN);
      expect((await me({ cookie })).statusCode).toBe(401);
    });

    it('takes its limits from configuration', async () => {
      const short = await createTestApp(getDb(), { sessionPolicy: { idleMinutes: 5, absoluteHours: 1 } });
      const res = await short.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@riverbend.example', password: 'kindly-demo' } });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toContain('Max-Age=3600');
      const cookie = `kindly_session=${res.cookies.find((c) => c.name === 'kindly_session')!.value}`;
      short.clock.advance(6 * MIN);
      expect((await short.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
      await short.app.close();
    });
  });

  describe('patients', () => {
    // Behind a configured proxy with a new client address per request, so that the per-IP limit
    // stays out of the way and only the link's own lockout is tested.
    let p: TestApp;
    let address = 1;
    const fresh = () => ({ 'x-forwarded-for': `198.51.100.${address++}` });
    beforeAll(async () => {
      p = await createTestApp(getDb(), { trustProxy: ['127.0.0.1'] });
    });

    async function issueLink(accountId: string): Promise<string> {
      const res = await p.app.inject({ method: 'POST', url: `/api/v1/accounts/${accountId}/payment-links`, headers: { cookie: await p.signIn('coordinator@riverbend.example') }, payload: {} });
      expect(res.statusCode).toBe(200);
      return res.json().token;
    }
    const verify = (token: string, body: Record<string, string>) => p.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token, ...fresh() }, payload: body });

    it('portal sign-out ends the session on the server, not just in the browser', async () => {
      const a = accts[0]!;
      const token = await issueLink(a.accountId);
      const res = await verify(token, { dateOfBirth: a.birthDate, zip: a.postalCode });
      expect(res.statusCode).toBe(200);
      const h = { 'x-portal-link': token, cookie: `kindly_portal=${res.cookies.find((c) => c.name === 'kindly_portal')!.value}` };
      expect((await p.app.inject({ url: '/api/v1/portal/summary', headers: h })).statusCode).toBe(200);
      expect((await p.app.inject({ method: 'POST', url: '/api/v1/portal/sign-out', headers: h })).statusCode).toBe(204);
      expect((await p.app.inject({ url: '/api/v1/portal/summary', headers: h })).statusCode).toBe(401);
    });

    it('the identity check escalates: 5 tries then 30 minutes, 5 more then 24 hours, 5 more and the link is closed and staff told', async () => {
      const a = accts[1]!;
      const token = await issueLink(a.accountId);
      const wrong = { dateOfBirth: '1900-01-01', lastName: a.familyName };
      const right = { dateOfBirth: a.birthDate, lastName: a.familyName };
      const fiveWrong = async () => {
        let last;
        for (let i = 0; i < 5; i++) last = await verify(token, wrong);
        return last!;
      };
      const first = await fiveWrong();
      expect(first.statusCode).toBe(423);
      expect(first.json().error.userMessage).toMatch(/30 minutes/);
      p.clock.advance(29 * MIN);
      expect((await verify(token, right)).statusCode).toBe(423);
      p.clock.advance(2 * MIN);
      const second = await fiveWrong();
      expect(second.statusCode).toBe(423);
      expect(second.json().error.userMessage).toMatch(/a day/);
      p.clock.advance(23 * 60 * MIN);
      expect((await verify(token, right)).statusCode).toBe(423);
      p.clock.advance(61 * MIN);
      const third = await fiveWrong();
      expect(third.statusCode).toBe(423);
      expect(third.json().error.userMessage).toMatch(/closed/);
      // Closed for good: even the right answer no longer opens anything.
      expect((await verify(token, right)).statusCode).toBe(410);
      const tasks = await getDb().query<{ person_id: string; account_id: string }>(
        `select person_id, account_id from agent_tasks where kind = 'security_review' and person_id = $1 and status = 'open'`,
        [a.personId],
      );
      expect(tasks).toEqual([{ person_id: a.personId, account_id: a.accountId }]);
    });
  });
});
