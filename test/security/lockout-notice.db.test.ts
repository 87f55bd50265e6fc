import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../src/platform/db/testing.js';
import { persons } from '../../src/modules/people/index.js';
import { seedDemoTenant } from '../../src/modules/simulation/index.js';
import { smtpStaffMailer } from '../../src/server/delivery.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';

const WRONG = 'guess-Tr0ub4dor&3';

describeDb('security: a lockout is emailed to the tenant admins', (getDb) => {
  const received: Array<{ to: string[]; data: string }> = [];
  let server: SMTPServer;
  let mailer: ReturnType<typeof smtpStaffMailer>;
  let t: TestApp;
  let quiet: TestApp;

  beforeAll(async () => {
    // A real SMTP conversation with an in-process server on the loopback interface.
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.server.address() as { port: number }).port;
    mailer = smtpStaffMailer({ url: `smtp://127.0.0.1:${port}`, from: 'Kindly <security@kindly.local>' });
    t = await createTestApp(getDb(), { staffMailer: mailer });
    quiet = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 4 });
  });
  afterAll(async () => {
    mailer?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** Ten wrong passwords, each after the back-off has passed: the tenth locks the account. */
  async function lockOut(app: TestApp, email: string): Promise<number[]> {
    const codes: number[] = [];
    for (let i = 0; i < 10; i++) {
      app.clock.advance(65_000);
      codes.push((await app.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: WRONG } })).statusCode);
    }
    return codes;
  }

  it('sends each admin one email naming the locked account, without patient data, the guess or an address; and audits it', async () => {
    const codes = await lockOut(t, 'billing@riverbend.example');
    expect(codes).toEqual(Array(10).fill(401));
    const admins = await getDb().query<{ id: string; email: string }>(`select u.id, u.email from users u join tenants t on t.id = u.tenant_id where t.slug = 'riverbend' and 'admin' = any(u.roles) and not u.disabled order by u.email`);
    expect(admins.length).toBeGreaterThan(0);
    expect(received.map((m) => m.to).flat().sort()).toEqual(admins.map((a) => a.email));
    const mail = received[0]!.data;
    expect(mail).toMatch(/^Subject: Kindly: sign-in locked for /m);
    expect(mail).toContain('billing@riverbend.example');
    expect(mail).toMatch(/locked until \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    // No PHI (no patient's name), not the password tried, not the client's address.
    const people = await getDb().db.select().from(persons);
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) expect(mail).not.toContain(p.familyName);
    expect(mail).not.toContain(WRONG);
    expect(mail).not.toContain('127.0.0.1');
    const [billing] = await getDb().query<{ id: string }>(`select id from users where email = 'billing@riverbend.example'`);
    const audits = await getDb().query<{ details: { notice: string; sent: number; failed: number; admins: string[] } }>(`select details from audit_log where action = 'write' and record_type = 'lockout_notice' and record_id = $1`, [billing!.id]);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ notice: 'account_locked', sent: admins.length, failed: 0 });
    expect(audits[0]!.details.admins.sort()).toEqual(admins.map((a) => a.id).sort());
    // Refused tries during the lock send nothing more.
    t.clock.advance(60_000);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'billing@riverbend.example', password: WRONG } })).statusCode).toBe(423);
    expect(received).toHaveLength(admins.length);
  });

  it('without SMTP configured, the lockout still opens the review task and the audit says no email went out', async () => {
    const before = received.length;
    expect(await lockOut(quiet, 'counselor@riverbend.example')).toEqual(Array(10).fill(401));
    expect(received.length).toBe(before);
    const [u] = await getDb().query<{ id: string; tenant_id: string }>(`select id, tenant_id from users where email = 'counselor@riverbend.example'`);
    const [audit] = await getDb().query<{ details: { sent: number; reason: string } }>(`select details from audit_log where action = 'write' and record_type = 'lockout_notice' and record_id = $1`, [u!.id]);
    expect(audit!.details).toMatchObject({ sent: 0, reason: 'no_smtp_configured' });
    const tasks = await getDb().query<{ n: number }>(`select count(*)::int n from agent_tasks where tenant_id = $1 and kind = 'security_review' and detail->>'userId' = $2`, [u!.tenant_id, u!.id]);
    expect(tasks[0]!.n).toBe(1);
  });
});
