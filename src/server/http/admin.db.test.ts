import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { repoRoot } from '../../platform/shared-data/index.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

const NOW = '2026-03-02T15:00:00Z';
const shippedEn = () => JSON.parse(readFileSync(join(repoRoot, 'config', 'templates', 'en.json'), 'utf8')) as { templates: Record<string, Record<string, { subject?: string; body: string }>> };
const shippedJourney = () => JSON.parse(readFileSync(join(repoRoot, 'config', 'journeys', 'self-pay-standard.json'), 'utf8')) as { steps: Array<{ window: { fromDay: number; toDay: number } }> };

describeDb('administration over HTTP', (getDb) => {
  let t: TestApp;
  let admin: string;
  const req = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

  beforeAll(async () => {
    await seedDemoTenant(getDb().db, new ManualClock(NOW));
    t = await createTestApp(getDb(), { now: NOW });
    admin = await t.signIn('admin@riverbend.example');
  });

  describe('two-step sign-in', () => {
    it('once confirmed, sign-in asks for a code; a wrong or replayed code is refused, a recovery code works once', async () => {
      const cookie = await t.signIn('billing@riverbend.example');
      const start = await req('POST', '/api/v1/me/two-factor/start', cookie);
      expect(start.statusCode).toBe(200);
      const { secret, qrSvg, otpauthUrl } = start.json() as { secret: string; qrSvg: string; otpauthUrl: string };
      expect(qrSvg).toContain('<svg');
      expect(otpauthUrl).toContain('issuer=Kindly');
      // Until confirmed, nothing changes at sign-in.
      await t.signIn('billing@riverbend.example');
      const epoch = () => Math.floor(t.clock.now().getTime() / 1000);
      expect((await req('POST', '/api/v1/me/two-factor/confirm', cookie, { code: '000000' })).statusCode).toBe(400);
      const confirm = await req('POST', '/api/v1/me/two-factor/confirm', cookie, { code: await generate({ secret, epoch: epoch() }) });
      expect(confirm.statusCode).toBe(200);
      const { recoveryCodes } = confirm.json() as { recoveryCodes: string[] };
      expect(recoveryCodes).toHaveLength(10);

      const login = (code?: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'billing@riverbend.example', password: 'kindly-demo', ...(code ? { code } : {}) } });
      const noCode = await login();
      expect(noCode.statusCode).toBe(401);
      expect(noCode.json().error.issues).toEqual([{ path: 'code', message: 'required' }]);
      // The code used to confirm is spent: the same 30 seconds cannot sign in with it.
      expect((await login(await generate({ secret, epoch: epoch() }))).statusCode).toBe(401);
      t.clock.advance(30_000);
      expect((await login('123456')).json().error.issues).toEqual([{ path: 'code', message: 'does not match' }]);
      expect((await login(await generate({ secret, epoch: epoch() }))).statusCode).toBe(200);
      expect((await login(recoveryCodes[0]!)).statusCode).toBe(200);
      expect((await login(recoveryCodes[0]!)).statusCode).toBe(401);
      const security = await req('GET', '/api/v1/me/security', cookie);
      expect(security.json()).toMatchObject({ twoFactor: true, recoveryCodesLeft: 9 });
    });
  });

  describe('users', () => {
    it('invites a coordinator, changes the role, deactivates (ending their sessions), resets a password; each change audited', async () => {
      const invite = await req('POST', '/api/v1/admin/users', admin, { email: 'Casey.New@riverbend.example', displayName: 'Casey New', role: 'collections_coordinator' });
      expect(invite.statusCode).toBe(200);
      const { id, emailed, link } = invite.json() as { id: string; emailed: boolean; link?: string };
      expect(emailed).toBe(false);
      expect(link).toMatch(/\/set-password#token=/);
      const list = (await req('GET', '/api/v1/admin/users', admin)).json().items as Array<{ id: string; invitePending: boolean; roles: string[] }>;
      expect(list.find((u) => u.id === id)).toMatchObject({ invitePending: true, roles: ['collections_coordinator'] });
      const token = link!.split('#token=')[1]!;
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/invites/accept', payload: { token, password: 'a long new passphrase' } })).statusCode).toBe(200);
      const casey = await t.signIn('casey.new@riverbend.example', 'a long new passphrase');

      expect((await req('PATCH', `/api/v1/admin/users/${id}`, admin, { roles: ['financial_counselor'] })).json().roles).toEqual(['financial_counselor']);
      const sessions = (await req('GET', `/api/v1/admin/sessions?userId=${id}`, admin)).json().items as Array<{ id: string }>;
      expect(sessions).toHaveLength(1);
      expect((await req('PATCH', `/api/v1/admin/users/${id}`, admin, { active: false })).json()).toMatchObject({ disabled: true, activeSessions: 0 });
      expect((await req('GET', '/api/v1/me', casey)).statusCode).toBe(401);
      expect((await req('PATCH', `/api/v1/admin/users/${id}`, admin, { active: true })).json().disabled).toBe(false);
      const reset = await req('POST', `/api/v1/admin/users/${id}/reset-password`, admin);
      expect(reset.json().link).toMatch(/set-password#token=/);
      // An administrator cannot lock themself out.
      const me = (await req('GET', '/api/v1/me', admin)).json() as { userId: string };
      expect((await req('PATCH', `/api/v1/admin/users/${me.userId}`, admin, { roles: ['billing_specialist'] })).statusCode).toBe(409);
      // Staff without users.manage cannot.
      const coordinator = await t.signIn('coordinator@riverbend.example');
      expect((await req('GET', '/api/v1/admin/users', coordinator)).statusCode).toBe(403);

      const trail = (await req('GET', `/api/v1/audit?recordType=user&recordId=${id}`, admin)).json().items as Array<{ details: { change?: string }; actorName: string | null }>;
      expect(trail.map((r) => r.details.change)).toEqual(expect.arrayContaining(['invited', 'roles', 'deactivated', 'reactivated', 'password_reset_link_sent']));
      expect(trail.find((r) => r.details.change === 'roles')!.actorName).toBe('Avery Admin');
    });

    it('changes one’s own password only with the current one and a password the policy accepts', async () => {
      const cookie = await t.signIn('counselor@riverbend.example');
      expect((await req('POST', '/api/v1/me/password', cookie, { current: 'wrong', next: 'a long new passphrase' })).json().error.issues[0].path).toBe('current');
      expect((await req('POST', '/api/v1/me/password', cookie, { current: 'kindly-demo', next: 'short' })).json().error.issues[0].path).toBe('next');
      expect((await req('POST', '/api/v1/me/password', cookie, { current: 'kindly-demo', next: 'a long new passphrase' })).statusCode).toBe(204);
      await t.signIn('counselor@riverbend.example', 'a long new passphrase');
    });
  });

  describe('audit viewer', () => {
    it('pages newest first by keyset, names the actor, filters, and keeps its own reads out of the list unless asked', async () => {
      const p1 = (await req('GET', '/api/v1/audit?limit=3&action=login', admin)).json() as { items: Array<{ id: number; action: string; actorName: string }>; nextBefore: number };
      expect(p1.items).toHaveLength(3);
      expect(p1.items.every((r) => r.action === 'login' && r.actorName)).toBe(true);
      const p2 = (await req('GET', `/api/v1/audit?limit=3&action=login&before=${p1.nextBefore}`, admin)).json() as { items: Array<{ id: number }> };
      expect(Math.max(...p2.items.map((r) => r.id))).toBeLessThan(Math.min(...p1.items.map((r) => r.id)));
      const plain = (await req('GET', '/api/v1/audit?limit=500', admin)).json().items as Array<{ recordType: string }>;
      expect(plain.some((r) => r.recordType === 'audit_log')).toBe(false);
      const all = (await req('GET', '/api/v1/audit?limit=500&includeAuditViews=true', admin)).json().items as Array<{ recordType: string }>;
      expect(all.filter((r) => r.recordType === 'audit_log').length).toBeGreaterThanOrEqual(3);
      const csv = await req('GET', '/api/v1/audit.csv?action=login', admin);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.split('\n')[0]).toBe('id,at,actor_kind,actor_id,actor_name,actor_email,action,purpose,record_type,record_id,request_id,details');
      expect(csv.body).toContain('Avery Admin');
    });

    it('answers who looked at a patient from the account', async () => {
      const [acct] = await getDb().query<{ id: string; person_id: string }>(`select id, person_id from accounts order by id limit 1`);
      const coordinator = await t.signIn('coordinator@riverbend.example');
      expect((await req('GET', `/api/v1/accounts/${acct!.id}`, coordinator)).statusCode).toBe(200);
      const log = await req('GET', `/api/v1/accounts/${acct!.id}/access-log`, admin);
      expect(log.statusCode).toBe(200);
      const body = log.json() as { personId: string; items: Array<{ actorName: string; action: string; recordType: string }> };
      expect(body.personId).toBe(acct!.person_id);
      expect(body.items.some((r) => r.actorName === 'Cameron Coordinator' || (r.action === 'read' && r.recordType === 'account'))).toBe(true);
      expect((await req('GET', `/api/v1/accounts/${acct!.id}/access-log`, coordinator)).statusCode).toBe(403);
    });

    it('keeps audit rows six years unless set longer, never shorter', async () => {
      expect((await req('GET', '/api/v1/admin/audit-retention', admin)).json()).toEqual({ years: 6, minimumYears: 6 });
      expect((await req('PUT', '/api/v1/admin/audit-retention', admin, { years: 5 })).statusCode).toBe(400);
      expect((await req('PUT', '/api/v1/admin/audit-retention', admin, { years: 7 })).json().years).toBe(7);
    });
  });

  describe('configuration as data', () => {
    it('refuses a text message that names a diagnosis and a journey step that can never run, with the reason', async () => {
      const en = shippedEn();
      en.templates['past-due-gentle']!.sms!.body = '{{org}}: Hi {{firstName}}, your chemotherapy bill is past due. {{link}}';
      const bad = await req('POST', '/api/v1/config/publish', admin, { kind: 'templates', name: 'en', body: en });
      expect(bad.statusCode).toBe(400);
      const issues = bad.json().error.issues as Array<{ path: string; message: string; file: string }>;
      expect(issues).toContainEqual(expect.objectContaining({ file: 'templates/en.json', path: 'templates.past-due-gentle.sms', message: expect.stringContaining('diagnosis') }));

      const j = shippedJourney();
      j.steps[1]!.window = { fromDay: 5, toDay: 2 };
      const badJourney = await req('POST', '/api/v1/config/publish', admin, { kind: 'journey', name: 'self-pay-standard', body: j });
      expect(badJourney.statusCode).toBe(400);
      expect(badJourney.json().error.issues).toContainEqual(expect.objectContaining({ path: 'steps[1].window', message: expect.stringContaining('unreachable') }));
      const docs = (await req('GET', '/api/v1/config/documents', admin)).json().items as Array<{ kind: string; name: string; version: number }>;
      expect(docs.find((d) => d.name === 'en')!.version).toBe(0);
    });

    it('previews a template with its compliance check, publishes a new version, and the next pass writes messages from it', async () => {
      const en = shippedEn();
      for (const t2 of Object.values(en.templates)) if (t2.sms) t2.sms.body = t2.sms.body.replace('{{org}}:', '{{org}} (billing):');
      const preview = await req('POST', '/api/v1/config/preview', admin, { name: 'en', body: en, template: 'past-due-gentle', channel: 'sms', tone: 'warm' });
      expect(preview.json().rendered).toMatchObject({ body: expect.stringContaining('Riverbend Community Hospital (billing):'), content: { allowed: true } });
      const pub = await req('POST', '/api/v1/config/publish', admin, { kind: 'templates', name: 'en', body: en, note: 'say billing', baseVersion: 0 });
      expect(pub.json()).toEqual({ version: 1 });
      // A stale editor does not overwrite it.
      expect((await req('POST', '/api/v1/config/publish', admin, { kind: 'templates', name: 'en', body: en, baseVersion: 0 })).statusCode).toBe(409);
      expect((await req('POST', '/api/v1/outreach/pass', admin)).statusCode).toBe(200);
      const sent = await getDb().query<{ language: string; template_version: number; n: number }>(
        `select language, template_version, count(*)::int as n from communications where direction = 'outbound' and channel <> 'call' group by 1, 2`,
      );
      expect(sent.find((r) => r.language === 'en')?.template_version).toBe(1);
      for (const r of sent) expect(r.template_version).toBe(r.language === 'en' ? 1 : 0);
      const versions = (await req('GET', '/api/v1/config/documents/templates/en/versions', admin)).json().items as Array<{ version: number; note: string }>;
      expect(versions).toEqual([expect.objectContaining({ version: 1, note: 'say billing' })]);
    });
  });
});
