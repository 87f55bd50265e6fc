import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { createPaymentLink, openPaymentLink, resolvePortalSession, revokePaymentLink, verifyLinkHolder } from './index.js';
import { payableAccounts, staffCtx, type PayableAccount } from './testing.js';

const SECRET = 'short-app-secret';

describeDb('secure payment links', (getDb) => {
  const clock = new ManualClock('2026-11-23T15:00:00Z');
  let accts: PayableAccount[];
  beforeAll(async () => {
    accts = await payableAccounts(getDb(), clock);
  });
  const issue = (a: PayableAccount, ttlMinutes?: number) =>
    getDb().db.transaction((tx) => createPaymentLink({ q: tx, ctx: staffCtx(a.tenantId, clock), accountId: a.accountId, appSecret: SECRET, publicUrl: 'https://pay.example/', ttlMinutes }));

  it('is scoped to one account and a few actions, carries only IDs, and expires', async () => {
    const a = accts[0]!;
    const link = await issue(a, 60);
    expect(link.url).toBe(`https://pay.example/pay/${link.token}`);
    const body = Buffer.from(link.token.split('.')[0]!, 'base64url').toString();
    expect(body).not.toContain(a.familyName);
    const opened = await openPaymentLink(getDb().db, { token: link.token, appSecret: SECRET, now: clock.now() });
    expect(opened).toMatchObject({ ok: true, claims: { accountId: a.accountId, personId: a.personId, actions: ['view_bill', 'pay', 'plan', 'assistance'] } });
    expect(await openPaymentLink(getDb().db, { token: link.token, appSecret: 'another-secret', now: clock.now() })).toEqual({ ok: false, reason: 'invalid' });
    expect(await openPaymentLink(getDb().db, { token: link.token, appSecret: SECRET, now: new Date(clock.now().getTime() + 60 * 60_000) })).toEqual({ ok: false, reason: 'expired' });
    await getDb().db.transaction((tx) => revokePaymentLink({ q: tx, ctx: staffCtx(a.tenantId, clock), linkId: link.linkId }));
    expect(await openPaymentLink(getDb().db, { token: link.token, appSecret: SECRET, now: clock.now() })).toMatchObject({ ok: false, reason: 'revoked' });
  });

  it('counts concurrent wrong guesses under a row lock: the fifth locks, the rest are refused', async () => {
    const a = accts[1]!;
    const link = await issue(a);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => verifyLinkHolder({ db: getDb().db, clock, linkId: link.linkId, given: { dateOfBirth: '1901-02-03', lastName: a.familyName } })),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'mismatch')).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(6);
    const [row] = await getDb().query<{ lockouts: number; locked_until: Date }>('select lockouts, locked_until from payment_links where id = $1', [link.linkId]);
    expect(row!.lockouts).toBe(1);
    expect(new Date(row!.locked_until).getTime()).toBe(clock.now().getTime() + 30 * 60_000);
    const audits = await getDb().query<{ action: string; n: number }>(`select action, count(*)::int as n from audit_log where record_id = $1 and record_type = 'payment_link' group by action order by action`, [link.linkId]);
    expect(audits).toEqual([{ action: 'denied', n: 5 }, { action: 'login_failed', n: 5 }, { action: 'write', n: 1 }]);
  });

  it('opens a short session bound to its link after the right answer', async () => {
    const a = accts[2]!;
    const link = await issue(a);
    const r = await verifyLinkHolder({ db: getDb().db, clock, linkId: link.linkId, given: { dateOfBirth: a.birthDate, zip: `${a.postalCode}-1234` } });
    if (!r.ok) throw new Error('expected success');
    expect(r.method).toBe('dob_zip');
    const tenantId = a.tenantId;
    expect(await resolvePortalSession(getDb().db, { sessionToken: r.sessionToken, tenantId, linkId: link.linkId, now: clock.now() })).toMatchObject({ accountId: a.accountId, personId: a.personId });
    expect(await resolvePortalSession(getDb().db, { sessionToken: r.sessionToken, tenantId, linkId: 'another-link', now: clock.now() })).toBeNull();
    expect(await resolvePortalSession(getDb().db, { sessionToken: r.sessionToken, tenantId: 'another-tenant', linkId: link.linkId, now: clock.now() })).toBeNull();
    expect(await resolvePortalSession(getDb().db, { sessionToken: r.sessionToken, tenantId, linkId: link.linkId, now: new Date(clock.now().getTime() + 31 * 60_000) })).toBeNull();
    const [stored] = await getDb().query<{ token_hash: string }>('select token_hash from portal_sessions where link_id = $1', [link.linkId]);
    expect(stored!.token_hash).not.toBe(r.sessionToken);
  });
});
