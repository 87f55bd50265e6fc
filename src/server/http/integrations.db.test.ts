import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { repoRoot } from '../../platform/shared-data/index.js';
import { scanDropFolders } from '../../modules/integrations/index.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { simulationChannels, tenantChannels } from '../delivery.js';
import { createTestApp, type TestApp } from './testing.js';

const NOW = '2026-03-02T15:00:00Z';
const PASSWORD = 'smtp-pass-Very$ecret-42';

describeDb('integrations over HTTP', (getDb) => {
  let t: TestApp;
  let admin: string;
  let tenantId: string;
  let smtp: SMTPServer;
  let port = 0;
  const received: Array<{ to: string[]; user: string | undefined; data: string }> = [];
  const req = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

  beforeAll(async () => {
    // A real SMTP conversation with an in-process server that checks the password.
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: true,
      onAuth(auth, _session, cb) {
        if (auth.username === 'kindly' && auth.password === PASSWORD) cb(null, { user: auth.username });
        else cb(new Error('bad credentials'));
      },
      onData(stream, session, cb) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), user: session.user as string | undefined, data });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    port = (smtp.server.address() as { port: number }).port;
    await seedDemoTenant(getDb().db, new ManualClock(NOW), { persons: 3 });
    t = await createTestApp(getDb(), { now: NOW });
    admin = await t.signIn('admin@riverbend.example');
    tenantId = (await getDb().query<{ id: string }>(`select id from tenants where slug = 'riverbend'`))[0]!.id;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  describe('SMTP', () => {
    it('lists every problem at once, stores the password encrypted, never returns it, and a test email arrives', async () => {
      const bad = await req('PUT', '/api/v1/admin/integrations/smtp', admin, { settings: { host: 'smtp://x', port: 0, from: 'nobody' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['settings.from', 'settings.host', 'settings.port']);

      const saved = await req('PUT', '/api/v1/admin/integrations/smtp', admin, { settings: { host: '127.0.0.1', port, user: 'kindly', from: 'Riverbend Billing <billing@riverbend.example>' }, secrets: { password: PASSWORD } });
      expect(saved.statusCode).toBe(200);
      expect(saved.body).not.toContain(PASSWORD);
      expect(saved.json().secrets).toEqual([{ name: 'password', set: true, changedAt: t.clock.now().toISOString() }]);
      const [row] = await getDb().query<{ secrets: string }>(`select secrets from tenant_integrations where tenant_id = $1 and kind = 'smtp'`, [tenantId]);
      expect(row!.secrets).toMatch(/^kx1:/);
      expect(row!.secrets).not.toContain(PASSWORD);
      const listed = await req('GET', '/api/v1/admin/integrations', admin);
      expect(listed.body).not.toContain(PASSWORD);

      // Saving the other settings again keeps the password (no secret given).
      const again = await req('PUT', '/api/v1/admin/integrations/smtp', admin, { settings: { host: '127.0.0.1', port, user: 'kindly', from: 'Riverbend <billing@riverbend.example>' } });
      expect(again.json().secrets[0].set).toBe(true);

      const test = await req('POST', '/api/v1/admin/integrations/smtp/test', admin, {});
      expect(test.json()).toMatchObject({ ok: true });
      const mail = received.at(-1)!;
      expect(mail.to).toEqual(['admin@riverbend.example']);
      expect(mail.user).toBe('kindly');
      expect(mail.data).toContain('Subject: Kindly test email');

      const audits = await getDb().query<{ details: { change: string; secrets?: string[] } }>(`select details from audit_log where tenant_id = $1 and record_type = 'integration' order by id`, [tenantId]);
      expect(audits.map((a) => a.details.change)).toEqual(['configured', 'updated', 'tested']);
      expect(audits[0]!.details.secrets).toEqual(['password']);
      expect(JSON.stringify(audits)).not.toContain(PASSWORD);
    });

    it("delivery sends the tenant's email through its SMTP server; a tenant without settings keeps the installation's", async () => {
      const base = simulationChannels();
      const channels = await tenantChannels(getDb(), tenantId, base);
      expect(channels.email.name).toBe('smtp');
      expect(channels.sms).toBe(base.sms);
      const r = await channels.email.send({ communicationId: 'c-int-1', tenantId, channel: 'email', to: 'patient@example.org', subject: 'Your statement', body: 'Hello' } as never, {} as never);
      expect(r.status).toBe('sent');
      expect(received.at(-1)!.to).toEqual(['patient@example.org']);
      expect(await tenantChannels(getDb(), 'another-tenant', base)).toBe(base);

      expect((await req('DELETE', '/api/v1/admin/integrations/smtp', admin)).json()).toEqual({ removed: true });
      expect((await tenantChannels(getDb(), tenantId, base)).email).toBe(base.email);
    });
  });

  describe('SMS and gateway', () => {
    it('the sandboxes test fine; Twilio and Stripe need their secrets, named at once', async () => {
      expect((await req('PUT', '/api/v1/admin/integrations/sms', admin, { settings: { provider: 'sandbox' } })).statusCode).toBe(200);
      expect((await req('POST', '/api/v1/admin/integrations/sms/test', admin, {})).json()).toMatchObject({ ok: true });
      const twilio = await req('PUT', '/api/v1/admin/integrations/sms', admin, { settings: { provider: 'twilio', accountSid: 'AC123', fromNumber: '6145550100' } });
      expect(twilio.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['secrets.authToken', 'settings.accountSid', 'settings.fromNumber']);
      const stripe = await req('PUT', '/api/v1/admin/integrations/gateway', admin, { settings: { provider: 'stripe' }, secrets: { secretKey: 'sk_test_123' } });
      expect(stripe.json().error.issues).toEqual([
        { path: 'settings.publishableKey', message: 'the publishable key is needed' },
        { path: 'secrets.webhookSecret', message: 'the webhook signing secret is needed' },
      ]);
      expect((await req('PUT', '/api/v1/admin/integrations/gateway', admin, { settings: { provider: 'sandbox' } })).statusCode).toBe(200);
      expect((await req('POST', '/api/v1/admin/integrations/gateway/test', admin, {})).json()).toMatchObject({ ok: true });
    });

    it('only administrators see integrations', async () => {
      const billing = await t.signIn('billing@riverbend.example');
      expect((await req('GET', '/api/v1/admin/integrations', billing)).statusCode).toBe(403);
    });
  });

  describe('drop folder', () => {
    it('ingests files of tenants that turned it on, moves them to processed/ or failed/ with a report, and a re-run finds nothing', async () => {
      const root = mkdtempSync(join(tmpdir(), 'kindly-drop-'));
      const dir = join(root, 'riverbend');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'balances.csv'), readFileSync(join(repoRoot, 'src/modules/ingestion/fixtures/balances-default.csv')));
      writeFileSync(join(dir, 'notes.txt'), 'not a claim file\n');
      writeFileSync(join(dir, 'later.csv.part'), 'still uploading');
      // Off: nothing is touched.
      expect(await scanDropFolders({ database: getDb(), root, clock: t.clock })).toEqual([]);
      expect((await req('PUT', '/api/v1/admin/integrations/drop_folder', admin, { settings: { enabled: true } })).statusCode).toBe(200);

      const first = await scanDropFolders({ database: getDb(), root, clock: t.clock });
      expect(first.map((f) => [f.name, f.status])).toEqual([['balances.csv', 'processed'], ['notes.txt', 'failed']]);
      expect(readdirSync(dir).sort()).toEqual(['.processing', 'failed', 'later.csv.part', 'processed']);
      const processed = readdirSync(join(dir, 'processed'));
      expect(processed.some((n) => n.endsWith('-balances.csv'))).toBe(true);
      const report = JSON.parse(readFileSync(join(dir, 'processed', processed.find((n) => n.endsWith('.report.json'))!), 'utf8'));
      expect(report.balances).toBeGreaterThan(0);
      const failedReport = readdirSync(join(dir, 'failed')).find((n) => n.endsWith('.report.json'))!;
      const why = JSON.parse(readFileSync(join(dir, 'failed', failedReport), 'utf8')) as { error?: string; errors?: Array<{ file: string; message: string }> };
      expect(why.error ?? why.errors?.[0]?.message).toBeTruthy();
      expect(why.errors?.[0]?.file ?? 'notes.txt').toBe('notes.txt');
      expect(await scanDropFolders({ database: getDb(), root, clock: t.clock })).toEqual([]);
      expect(existsSync(join(dir, 'later.csv.part'))).toBe(true);

      const page = (await req('GET', '/api/v1/admin/integrations', admin)).json();
      expect(page.dropFolder.enabled).toBe(true);
      expect(page.dropFolder.recent.map((f: { name: string; status: string }) => f.status).sort()).toEqual(['failed', 'processed']);
      expect(page.uploads.endpoints[0].url).toContain('/api/v1/ingestion/uploads');
    });
  });
});
