import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { publishWebhookEvent } from '../../platform/events/index.js';
import { deliverWebhook, dispatchWebhookEvents, verifyWebhookSignature, WEBHOOK_SIGNATURE_HEADER } from '../../modules/integrations/index.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

const NOW = '2026-03-02T15:00:00Z';

describeDb('outbound webhooks', (getDb) => {
  let t: TestApp;
  let admin: string;
  let tenantId: string;
  let server: Server;
  let url = '';
  const answers = [500];
  const received: Array<{ signature: string; body: string; verified: boolean }> = [];
  let secret = '';

  beforeAll(async () => {
    // The receiver checks each signature as a tenant's system would, with the secret it was given.
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        const signature = String(req.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()] ?? '');
        received.push({ signature, body, verified: verifyWebhookSignature(secret, signature, body, Math.floor(t.clock.now().getTime() / 1000)) });
        res.statusCode = answers.shift() ?? 200;
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/kindly-hook`;
    await seedDemoTenant(getDb().db, new ManualClock(NOW), { persons: 2 });
    t = await createTestApp(getDb(), { now: NOW });
    admin = await t.signIn('admin@riverbend.example');
    tenantId = (await getDb().query<{ id: string }>(`select id from tenants where slug = 'riverbend'`))[0]!.id;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('a dispute event reaches the endpoint signed; a failed attempt is retried and both attempts are in the log', async () => {
    const db = getDb();
    // An event from before the endpoint existed is not sent to it.
    await publishWebhookEvent(db.db, { tenantId, type: 'dispute.opened', payload: { disputeId: 'd-old', accountId: 'a-old' }, at: t.clock.now() });
    await dispatchWebhookEvents({ database: db, now: t.clock.now(), enqueue: async () => undefined });
    t.clock.advance(1000);

    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/admin/webhooks', headers: { cookie: admin }, payload: { url: 'http://billing.example/hook', events: ['dispute.opened'] } });
    expect(refused.json().error.issues).toEqual([{ path: 'url', message: 'must start with https://' }]);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/webhooks', headers: { cookie: admin }, payload: { url, events: ['dispute.opened', 'payment.received'] } });
    expect(created.statusCode).toBe(200);
    secret = created.json().secret;
    expect(secret).toMatch(/^whsec_/);
    const [stored] = await db.query<{ secret: string }>(`select secret from webhook_endpoints where tenant_id = $1`, [tenantId]);
    expect(stored!.secret).not.toContain(secret);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/webhooks', headers: { cookie: admin } })).body).not.toContain(secret);

    t.clock.advance(1000);
    await publishWebhookEvent(db.db, { tenantId, type: 'dispute.opened', payload: { disputeId: 'd-1', accountId: 'a-1', category: 'amount' }, at: t.clock.now() });
    await publishWebhookEvent(db.db, { tenantId, type: 'plan.set_up', payload: { planId: 'p-1', accountId: 'a-1' }, at: t.clock.now() });
    const queued: Array<{ tenantId: string; deliveryId: string }> = [];
    expect(await dispatchWebhookEvents({ database: db, now: t.clock.now(), enqueue: async (_tx, items) => void queued.push(...items) })).toBe(1);
    expect(queued).toHaveLength(1);
    // The events are consumed: a second pass delivers nothing new.
    expect(await dispatchWebhookEvents({ database: db, now: t.clock.now(), enqueue: async () => undefined })).toBe(0);

    const job = { database: db, tenantId, deliveryId: queued[0]!.deliveryId };
    await expect(deliverWebhook({ ...job, now: t.clock.now() })).rejects.toThrow(/answered 500/);
    t.clock.advance(10_000);
    expect(await deliverWebhook({ ...job, now: t.clock.now() })).toBe('delivered');
    expect(await deliverWebhook({ ...job, now: t.clock.now() })).toBe('skipped');

    expect(received).toHaveLength(2);
    expect(received.every((r) => r.verified)).toBe(true);
    const body = JSON.parse(received[1]!.body) as { id: string; type: string; data: Record<string, unknown> };
    expect(body).toMatchObject({ type: 'dispute.opened', data: { disputeId: 'd-1', accountId: 'a-1', category: 'amount' } });
    // A tampered body or a stale timestamp fails the receiver's check.
    expect(verifyWebhookSignature(secret, received[1]!.signature, received[1]!.body.replace('d-1', 'd-2'), Math.floor(t.clock.now().getTime() / 1000))).toBe(false);
    expect(verifyWebhookSignature(secret, received[1]!.signature, received[1]!.body, Math.floor(t.clock.now().getTime() / 1000) + 3600)).toBe(false);

    const log = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/webhooks', headers: { cookie: admin } })).json().deliveries;
    expect(log).toEqual([expect.objectContaining({ eventType: 'dispute.opened', status: 'delivered', attempts: 2, responseStatus: 200, lastError: null })]);
  });
});
