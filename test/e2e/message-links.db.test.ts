import { expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock/index.js';
import { describeDb } from '../../src/platform/db/testing.js';
import { stableId } from '../../src/platform/ids/index.js';
import { postLedgerEntries, refreshAccountBalances } from '../../src/modules/ledger/index.js';
import { decryptMessageFields, runSimulatedCycle } from '../../src/modules/outreach/index.js';
import { decryptPersonFields } from '../../src/modules/people/index.js';
import { seedDemoTenant } from '../../src/modules/simulation/index.js';
import { lazyEvaluate, simulationChannels } from '../../src/server/delivery.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';

// The demo tenant after 30 simulated days of outreach: every email and text that went out carries
// the person's own short link, the link opens that person's portal (and only after their identity
// check), letters print the short URL and a code to type, and an old link opens "paid" once paid.
const START = '2026-03-02T05:00:00Z';
const END = '2026-04-01T05:00:00Z';
const LINK = /http:\/\/localhost:3000\/([ps])\/([2-9A-HJKMNP-Z]{12})\b/;

interface Sent {
  id: string;
  person_id: string;
  account_id: string;
  channel: string;
  body: string;
  purpose: string;
  template: string;
  at: Date | string;
}

interface Holder {
  person_id: string;
  birth_date: string;
  postal_code: string;
}

describeDb('message links on the demo tenant after a 30-day cycle', (getDb) => {
  let t: TestApp;
  let sent: Sent[] = [];
  let holders: Map<string, Holder>;
  let ip = 0;
  // Each request from its own address: the public routes are rate limited per client.
  const from = () => `10.1.${Math.floor(++ip / 250)}.${ip % 250}`;

  it('sends every email and text with a link of its own, recorded with the message', async () => {
    const database = getDb();
    await seedDemoTenant(database.db, new ManualClock(START));
    await runSimulatedCycle({ database, from: new Date(START), until: new Date(END), everyMs: 6 * 3_600_000, publicUrl: 'http://localhost:3000', channels: simulationChannels(), evaluate: lazyEvaluate });
    sent = await database.query<Sent>(
      `select id, person_id, account_id, channel, body, purpose, template, at from communications
       where direction = 'outbound' and status in ('sent', 'delivered') and channel in ('email', 'sms', 'letter') order by id`,
    );
    for (const c of sent) decryptMessageFields(c);
    const electronic = sent.filter((c) => c.channel !== 'letter');
    expect(electronic.length).toBeGreaterThan(100);
    const links = await database.query<{ communication_id: string; person_id: string; account_id: string; short_code: string }>(
      `select communication_id, person_id, account_id, substr(id, 2) as short_code from payment_links where communication_id is not null`,
    );
    const byComm = new Map(links.map((l) => [l.communication_id, l]));
    for (const c of electronic) {
      const m = LINK.exec(c.body);
      expect(m, `${c.template}/${c.channel} ${c.id}`).not.toBeNull();
      const row = byComm.get(c.id);
      expect(row, c.id).toBeDefined();
      expect(row).toMatchObject({ person_id: c.person_id, account_id: c.account_id, short_code: m![2] });
      // Short enough for a text: /p/<code> is 15 characters.
      expect(`/${m![1]}/${m![2]}`.length).toBeLessThanOrEqual(30);
    }
    // Codes are never shared between messages.
    expect(new Set(links.map((l) => l.short_code)).size).toBe(links.length);
    const letters = sent.filter((c) => c.channel === 'letter');
    expect(letters.length).toBeGreaterThan(0);
    for (const l of letters) {
      const m = LINK.exec(l.body);
      expect(m, `${l.template} ${l.id}\n${l.body}`).not.toBeNull();
      // The code to type, grouped as printed, beside the short URL.
      expect(l.body).toMatch(new RegExp(`http://localhost:3000/p \\D+: ${m![2]!.match(/.{4}/g)!.join('-')}`));
    }
    holders = new Map(
      (await database.query<Holder>(`select id as person_id, birth_date, postal_code from persons where birth_date is not null and postal_code is not null`)).map((h) => [h.person_id, decryptPersonFields(h)]),
    );
    // A month of passes on a shared machine: generous, since speed is not what this test checks.
  });

  it("opens that person's portal for a sample of 50 messages, and never another person's", async () => {
    t = await createTestApp(getDb(), { now: '2026-04-01T06:00:00Z' });
    const electronic = sent.filter((c) => c.channel !== 'letter' && holders.has(c.person_id));
    // Spread over the whole month: every k-th message in id order.
    const step = Math.max(1, Math.floor(electronic.length / 50));
    const sample = electronic.filter((_, i) => i % step === 0).slice(0, 50);
    expect(sample.length).toBe(50);
    const people = [...new Set(electronic.map((c) => c.person_id))];
    for (const c of sample) {
      // The person reads it the next day.
      t.clock.set(new Date(new Date(c.at).getTime() + 86_400_000));
      const code = LINK.exec(c.body)![2];
      const r = await t.app.inject({ url: `/api/v1/portal/short-links/${code}`, remoteAddress: from() });
      expect(r.statusCode, c.id).toBe(200);
      const link = r.json();
      expect(link.state, c.id).toBe('open');
      expect(link.tenantName).toBe('Riverbend Community Hospital');
      const token = link.token as string;
      // Someone else's answers do not open it.
      const other = holders.get(people.find((p) => p !== c.person_id && holders.get(p)!.birth_date !== holders.get(c.person_id)!.birth_date)!)!;
      const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: { dateOfBirth: other.birth_date, zip: other.postal_code }, remoteAddress: from() });
      expect(wrong.statusCode).toBe(401);
      const me = holders.get(c.person_id)!;
      const ok = await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: { dateOfBirth: me.birth_date, zip: me.postal_code }, remoteAddress: from() });
      expect(ok.statusCode, c.id).toBe(200);
      const cookie = ok.cookies.find((k) => k.name === 'kindly_portal')!;
      const summary = await t.app.inject({ url: '/api/v1/portal/summary', headers: { 'x-portal-link': token, cookie: `kindly_portal=${cookie.value}` }, remoteAddress: from() });
      expect(summary.statusCode).toBe(200);
      expect(summary.json().account.id).toBe(c.account_id);
    }
  });

  it('opens "this bill is paid" from an old message once the bill is paid, and nothing for an unknown code', async () => {
    const database = getDb();
    const old = sent.find((c) => c.channel === 'email' && c.purpose !== 'relationship')!;
    const code = LINK.exec(old.body)![2]!;
    const [acct] = await database.query<{ tenant_id: string; patient_due_cents: number }>(`select tenant_id, patient_due_cents from accounts where id = $1`, [old.account_id]);
    t.clock.set(new Date('2026-06-01T12:00:00Z'));
    if (Number(acct!.patient_due_cents) > 0) {
      const before = await t.app.inject({ url: `/api/v1/portal/short-links/${code}`, remoteAddress: from() });
      expect(before.json().state).toBe('expired');
      const now = t.clock.now();
      await postLedgerEntries(database.db, [
        { id: stableId('entry', old.account_id, 'links-pay'), tenantId: acct!.tenant_id, accountId: old.account_id, kind: 'patient_payment', amountCents: -Number(acct!.patient_due_cents), bucket: 'patient', effectiveOn: now.toISOString().slice(0, 10), postedAt: now, source: 'test', sourceRef: 'links-pay' },
      ]);
      await refreshAccountBalances(database.db, acct!.tenant_id, [old.account_id]);
    }
    const after = await t.app.inject({ url: `/api/v1/portal/short-links/${code.toLowerCase().replace(/(.{4})/g, '$1-')}`, remoteAddress: from() });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ state: 'paid', tenantName: 'Riverbend Community Hospital' });
    const unknown = await t.app.inject({ url: '/api/v1/portal/short-links/ABCDEFGHJKMN', remoteAddress: from() });
    expect(unknown.statusCode).toBe(404);
  });
});
