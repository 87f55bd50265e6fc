import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as crypto from '../../src/platform/crypto/index.js';
import { describeDb } from '../../src/platform/db/testing.js';
import { seedDemoTenant } from '../../src/modules/simulation/index.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';

// Counts the password checks that really run, so that "unknown emails cost the same" is tested by
// the work done rather than by a timing (which would depend on the machine).
vi.mock('../../src/platform/crypto/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/platform/crypto/index.js')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const ADMIN = 'admin@riverbend.example';
const xff = (i: number) => `203.0.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
let nextAddress = 1000;
/** A fresh client address for each request through the proxy. */
const fresh = () => ({ 'x-forwarded-for': xff(nextAddress++) });

describeDb('staff sign-in under brute force', (getDb) => {
  let t: TestApp;
  let viaProxy: TestApp;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 4 });
    // The same product behind a configured reverse proxy: X-Forwarded-For is believed, so every
    // request of the attack below comes from a "different" address and per-IP limits never bite.
    viaProxy = await createTestApp(getDb(), { trustProxy: ['127.0.0.1'] });
  });

  const login = (app: TestApp, email: string, password: string, i: number) =>
    app.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'x-forwarded-for': xff(i) }, payload: { email, password } });

  it('ignores X-Forwarded-For unless a proxy is configured: a rotating header does not reset the per-IP limit', async () => {
    const codes: number[] = [];
    // A new email each time, so that only the per-IP limit can answer 429.
    for (let i = 0; i < 30; i++) codes.push((await login(t, `nobody-${i}@riverbend.example`, 'wrong', i)).statusCode);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(10);
    expect(codes.indexOf(429)).toBeLessThanOrEqual(20);
  });

  it('applies the same per-IP limit to the public message-verify route', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 40; i++) {
      codes.push((await t.app.inject({ url: '/api/v1/outreach/verify/ZZZZZ9', headers: { 'x-forwarded-for': xff(i) } })).statusCode);
    }
    expect(codes.slice(0, 30).every((c) => c === 200)).toBe(true);
    expect(codes.slice(30).every((c) => c === 429)).toBe(true);
  });

  it('stops a 500-request attack from rotating addresses after at most 10 failures, and the right password then does not sign in', async () => {
    let failures = 0;
    for (let i = 0; i < 500; i++) {
      // The attacker is patient: a second passes between tries, so short back-offs run out.
      viaProxy.clock.advance(1000);
      const res = await login(viaProxy, ADMIN, `guess-${i}`, i);
      expect([401, 423, 429]).toContain(res.statusCode);
      if (res.statusCode === 401) failures++;
    }
    // Patient enough to wait out every back-off, the attacker still gets exactly 10 password checks.
    expect(failures).toBe(10);
    const right = await login(viaProxy, ADMIN, 'kindly-demo', 501);
    expect(right.statusCode).toBe(423);
    expect(right.cookies.find((c) => c.name === 'kindly_session')).toBeUndefined();
    expect(right.json().error.userMessage).toMatch(/paused/);

    // The lockout is audited and the tenant's admins get a security review task.
    const [admin] = await getDb().query<{ id: string; tenant_id: string }>('select id, tenant_id from users where email = $1', [ADMIN]);
    const locked = await getDb().query<{ details: { reason: string } }>(`select details from audit_log where record_id = $1 and action = 'denied' and details->>'reason' = 'account_locked'`, [admin!.id]);
    expect(locked.length).toBe(1);
    const tasks = await getDb().query<{ kind: string; person_id: string | null; detail: { userId: string } }>(
      `select kind, person_id, detail from agent_tasks where tenant_id = $1 and kind = 'security_review' and detail->>'userId' = $2`,
      [admin!.tenant_id, admin!.id],
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.person_id).toBeNull();
  });

  it('counts concurrent guesses under a lock: 30 at once get only the 3 free checks', async () => {
    const email = 'access@riverbend.example';
    const all = await Promise.all(
      Array.from({ length: 30 }, () => viaProxy.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: fresh(), payload: { email, password: 'wrong' } })),
    );
    const codes = all.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(3);
    expect(codes.filter((c) => c === 429)).toHaveLength(27);
  });

  it('escalates the lockout: 15 minutes, then an hour', async () => {
    const email = 'billing@riverbend.example';
    const fail = () => viaProxy.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: fresh(), payload: { email, password: 'wrong' } });
    const ok = () => viaProxy.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: fresh(), payload: { email, password: 'kindly-demo' } });
    const tenFailures = async () => {
      for (let i = 0; i < 10; i++) {
        viaProxy.clock.advance(70_000); // longer than the longest back-off
        expect((await fail()).statusCode).toBe(401);
      }
    };
    await tenFailures();
    expect((await ok()).statusCode).toBe(423);
    viaProxy.clock.advance(15 * 60_000);
    await tenFailures();
    viaProxy.clock.advance(30 * 60_000);
    expect((await ok()).statusCode).toBe(423);
    viaProxy.clock.advance(31 * 60_000);
    expect((await ok()).statusCode).toBe(200);
  });

  it('backs off exponentially after three failures: a fourth try at once is refused unchecked', async () => {
    const email = 'coordinator@riverbend.example';
    const fail = () => viaProxy.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: fresh(), payload: { email, password: 'wrong' } });
    for (let i = 0; i < 3; i++) expect((await fail()).statusCode).toBe(401);
    const calls = vi.mocked(crypto.verifyPassword).mock.calls.length;
    const refused = await fail();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(vi.mocked(crypto.verifyPassword).mock.calls.length).toBe(calls);
    viaProxy.clock.advance(1000);
    expect((await fail()).statusCode).toBe(401);
    expect((await fail()).statusCode).toBe(429);
    viaProxy.clock.advance(1000);
    expect((await fail()).statusCode).toBe(429); // the 4th failure asks for 2 seconds
    viaProxy.clock.advance(1000);
    expect((await viaProxy.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: fresh(), payload: { email, password: 'kindly-demo' } })).statusCode).toBe(200);
  });

  it("shows the lockouts to the tenant's admins as security reviews, and to no one else", async () => {
    viaProxy.clock.advance(60 * 60_000); // the admin's own lock has run out
    const signIn = async (email: string) => {
      const res = await viaProxy.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: fresh(), payload: { email, password: 'kindly-demo' } });
      expect(res.statusCode).toBe(200);
      return `kindly_session=${res.cookies.find((c) => c.name === 'kindly_session')!.value}`;
    };
    const admin = await signIn(ADMIN);
    const res = await viaProxy.app.inject({ url: '/api/v1/security/reviews', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const staffLocks = (res.json().items as Array<{ subject: string; reason: string }>).filter((i) => i.subject === 'staff_sign_in');
    expect(staffLocks.length).toBe(3); // the admin once, billing twice
    expect(staffLocks[0]!.reason).toMatch(/locked after repeated wrong passwords/);
    const other = await signIn('compliance@riverbend.example');
    expect((await viaProxy.app.inject({ url: '/api/v1/security/reviews', headers: { cookie: other } })).statusCode).toBe(403);
  });

  describe('unknown emails', () => {
    it('check a password all the same (a dummy hash), so they take as long as known ones', async () => {
      const spy = vi.mocked(crypto.verifyPassword);
      spy.mockClear();
      const res = await viaProxy.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: fresh(), payload: { email: 'no-such-person@riverbend.example', password: 'whatever' } });
      expect(res.statusCode).toBe(401);
      expect(spy).toHaveBeenCalledTimes(1);
      const known = await viaProxy.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: fresh(), payload: { email: 'counselor@riverbend.example', password: 'whatever' } });
      expect(known.statusCode).toBe(401);
      expect(spy).toHaveBeenCalledTimes(2);
      expect(known.json().error).toEqual(res.json().error);
    });

    it('are throttled exactly like known ones, so lockouts reveal no accounts', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 12; i++) {
        viaProxy.clock.advance(70_000);
        codes.push((await viaProxy.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: fresh(), payload: { email: 'ghost@riverbend.example', password: 'x' } })).statusCode);
      }
      expect(codes).toEqual([...Array(10).fill(401), 423, 423]);
    });
  });
});
