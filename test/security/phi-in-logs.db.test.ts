import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock/index.js';
import { describeDb } from '../../src/platform/db/testing.js';
import { createLogger } from '../../src/platform/logging/index.js';
import { contactPoints, persons } from '../../src/modules/people/index.js';
import { payableAccounts, useSandbox, type PayableAccount } from '../../src/modules/payments/testing.js';
import { buildApp, type ZodApp } from '../../src/server/http/app.js';
import type { AppDeps } from '../../src/server/http/context.js';
import { routeGroups } from '../../src/server/http/routes/index.js';

/**
 * A realistic session against the product with every log line captured: staff sign in, search a
 * patient by name, open the 360 view, a patient opens a portal link and verifies, an agent posts
 * what the patient said, a file with a NUL byte is uploaded, and a database error carrying a
 * patient's details happens inside a request. Then the whole log is searched for the seeded PHI.
 */
describeDb('security: no PHI in a whole run of logs', (getDb) => {
  const lines: string[] = [];
  let app: ZodApp;
  let accts: PayableAccount[];
  let phi: { names: string[]; dobs: string[]; phones: string[]; emails: string[]; addresses: string[] };
  const secrets: string[] = [];

  beforeAll(async () => {
    const clock = new ManualClock('2026-11-23T15:00:00Z');
    accts = await payableAccounts(getDb(), clock);
    useSandbox(getDb(), clock);
    // Read through the people tables' definitions (they decrypt): raw SQL would give ciphertext,
    // and the search below would then look for ciphertext instead of the names.
    const people = await getDb().db.select().from(persons);
    const contacts = await getDb().db.select().from(contactPoints);
    phi = {
      names: [...new Set(people.flatMap((p) => [p.givenName, p.familyName]).filter((n) => n && n.length >= 4))],
      dobs: people.map((p) => p.birthDate).filter((d): d is string => Boolean(d)),
      phones: contacts.filter((c) => c.system === 'phone').map((c) => c.value.replace(/\D/g, '').slice(-10)),
      emails: contacts.filter((c) => c.system === 'email').map((c) => c.value),
      addresses: people.map((p) => p.addressLine).filter((a): a is string => Boolean(a && a.length > 6)),
    };
    expect(phi.names).toContain(accts[0]!.familyName);
    expect(phi.dobs).toContain(accts[0]!.birthDate);
    expect(phi.phones.every((p) => /^\d{10}$/.test(p))).toBe(true);
    expect(phi.names.length).toBeGreaterThan(10);
    expect(phi.dobs.length).toBeGreaterThan(10);
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const deps: AppDeps = { database: getDb(), clock, logger: createLogger({ level: 'trace', destination: sink }), secret: 'test-secret-0123456789-abcdefghij', publicUrl: 'http://localhost:3000' };
    // A route that fails in the database with a patient's details in the statement's parameters.
    const failing = (z: ZodApp) => {
      z.get('/api/v1/test/failing-query', async () => {
        const p = accts[0]!;
        await getDb().db.execute(sql`select ${`${p.familyName} ${p.birthDate}`}::int as n`);
        return {};
      });
    };
    app = await buildApp(deps, [...routeGroups, failing]);
    await app.ready();
  });

  it('walks through staff and patient flows, then finds none of the seeded PHI or tokens in the log', async () => {
    const a = accts[0]!;
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'coordinator@riverbend.example', password: 'kindly-demo' } });
    expect(login.statusCode).toBe(200);
    const session = login.cookies.find((c) => c.name === 'kindly_session')!.value;
    secrets.push(session, 'kindly-demo');
    const cookie = `kindly_session=${session}`;
    const billing = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'billing@riverbend.example', password: 'kindly-demo' } });
    const billingCookie = `kindly_session=${billing.cookies.find((c) => c.name === 'kindly_session')!.value}`;

    // Search by name and by birth date; open the account.
    expect((await app.inject({ url: `/api/v1/accounts?search=${encodeURIComponent(a.familyName)}`, headers: { cookie } })).statusCode).toBe(200);
    await app.inject({ url: `/api/v1/accounts?search=${a.birthDate}`, headers: { cookie } });
    expect((await app.inject({ url: `/api/v1/accounts/${a.accountId}`, headers: { cookie } })).statusCode).toBe(200);

    // A portal link: issued, opened as a page and through the API, identity verified.
    const link = await app.inject({ method: 'POST', url: `/api/v1/accounts/${a.accountId}/payment-links`, headers: { cookie }, payload: {} });
    expect(link.statusCode).toBe(200);
    const token = link.json().token as string;
    secrets.push(token);
    await app.inject({ url: `/pay/${encodeURIComponent(token)}` });
    await app.inject({ url: `/api/v1/portal/link?token=${encodeURIComponent(token)}`, headers: { 'x-portal-link': token } });
    const verified = await app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: { dateOfBirth: a.birthDate, lastName: a.familyName } });
    expect(verified.statusCode).toBe(200);
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: { dateOfBirth: '1901-01-01', lastName: `${a.familyName}x` } });
    expect(wrong.statusCode).toBeGreaterThanOrEqual(400);

    // A live conversation: the patient's words, with their name and phone in them.
    const conv = await app.inject({ method: 'POST', url: '/api/v1/conversations', headers: { cookie }, payload: { personId: a.personId, accountId: a.accountId, channel: 'call' } });
    expect(conv.statusCode).toBe(200);
    const said = `This is ${a.familyName}, born ${a.birthDate}, call me at ${phi.phones[0]}, I lost my job and my lawyer says stop`;
    expect((await app.inject({ method: 'POST', url: `/api/v1/conversations/${conv.json().id}/utterances`, headers: { cookie }, payload: { speaker: 'patient', text: said } })).statusCode).toBe(200);
    await app.inject({ method: 'POST', url: `/api/v1/conversations/${conv.json().id}/utterances`, headers: { cookie }, payload: { speaker: 'patient', text: `${said}\u0000` } });

    // Uploads: a CSV with two patients' details and a NUL byte; a FHIR bundle that fails validation.
    const csv = `account_ref,patient_ref,given_name,family_name,birth_date,balance_cents\nX-1,P-1,${a.familyName},${a.familyName},${a.birthDate},100\nX-2,P-2,${accts[1]!.familyName},x\u0000,${accts[1]!.birthDate},200\n`;
    await app.inject({ method: 'POST', url: '/api/v1/ingestion/uploads?filename=balances.csv', headers: { cookie: billingCookie, 'content-type': 'text/csv' }, payload: csv });
    await app.inject({ method: 'POST', url: `/api/v1/ingestion/uploads?filename=${encodeURIComponent(a.familyName)}.json`, headers: { cookie: billingCookie, 'content-type': 'application/fhir+json' }, payload: `{"resourceType":"Patient","name":[{"family":"${a.familyName}"}],"birthDate":"${a.birthDate}"` });

    // A database error inside a request.
    expect((await app.inject({ url: '/api/v1/test/failing-query', headers: { cookie } })).statusCode).toBe(500);
    // A 404 for a URL carrying a name.
    await app.inject({ url: `/api/v1/nothing-here/${encodeURIComponent(a.familyName)}?dob=${a.birthDate}` });

    const log = lines.join('');
    expect(log.length).toBeGreaterThan(1000);
    // The log did see the flow (so the absence below means something).
    expect(log).toContain('/api/v1/portal/verify');
    expect(log).toContain('unhandled error');
    const found: string[] = [];
    for (const n of phi.names) if (new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(log)) found.push(`name ${n}`);
    for (const d of phi.dobs) if (log.includes(d)) found.push(`dob ${d}`);
    for (const p of phi.phones) if (p.length === 10 && log.replace(/[\s().+-]/g, '').includes(p)) found.push(`phone ${p}`);
    for (const ad of phi.addresses) if (log.includes(ad)) found.push(`address ${ad}`);
    for (const e of phi.emails) if (log.toLowerCase().includes(e.toLowerCase())) found.push(`email ${e}`);
    for (const s of secrets) if (log.includes(s) || log.includes(encodeURIComponent(s))) found.push(`secret ${s.slice(0, 6)}...`);
    expect(found).toEqual([]);
  });
});
