import { expect, it } from 'vitest';
import { ManualClock } from '../platform/clock/index.js';
import { fieldCipher, installFieldEncryption, parseKeys, reencryptTables } from '../platform/crypto/index.js';
import { TEST_ENCRYPTION_KEY } from '../platform/crypto/testing.js';
import type { Database } from '../platform/db/index.js';
import { describeDb } from '../platform/db/testing.js';
import { listAccounts } from '../modules/ledger/index.js';
import { getAccount } from '../modules/workspace/index.js';
import { exportCommunications, handleInboundReply, loadOutreachConfig, runSimulatedCycle } from '../modules/outreach/index.js';
import { contactPoints, persons } from '../modules/people/index.js';
import { seedDemoTenant } from '../modules/simulation/index.js';
import { addUtterance, listUtterances, startConversation } from '../modules/workspace/index.js';
import { lazyEvaluate, simulationChannels } from './delivery.js';
import { ENCRYPTED_TABLES } from './encryption.js';
import { loadSecret } from './runtime.js';

const START = new Date('2026-03-02T14:00:00Z');
const UTTERANCE = 'I lost my job at the Millbrook cannery and cannot pay this month';
const REPLY = 'Please call me after 6, my shift at Ostrander ends then';
const ROTATED = `rot2:${Buffer.alloc(32, 5).toString('base64')}`;

/** Every value of every text, json, array or bytea column of every table, as one text per table. */
async function dumpAllColumns(database: Database): Promise<Map<string, string>> {
  const cols = await database.query<{ table_name: string; column_name: string; data_type: string }>(
    `select table_name, column_name, data_type from information_schema.columns
     where table_schema = current_schema() and data_type in ('text', 'character varying', 'json', 'jsonb', 'ARRAY', 'bytea')`,
  );
  const byTable = new Map<string, string[]>();
  for (const c of cols) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
  const out = new Map<string, string>();
  for (const [table, columns] of byTable) {
    const exprs = columns.map((c) => `coalesce(${`"${c}"`}::text, '')`).join(` || '|' || `);
    const [row] = await database.query<{ all: string | null }>(`select string_agg(${exprs}, E'\\n') as all from "${table}"`);
    out.set(table, row?.all ?? '');
  }
  return out;
}

function findPlain(dump: Map<string, string>, secrets: string[]): string[] {
  const hits: string[] = [];
  for (const [table, text] of dump) for (const s of secrets) if (text.includes(s)) hits.push(`${table}: ${s}`);
  return hits;
}

describeDb('PHI at rest is encrypted', (getDb) => {
  const clock = new ManualClock(START);
  let tenantId = '';
  const phi: string[] = [];
  let someone: { personId: string; accountId: string; familyName: string; givenName: string; phone: string; email: string };

  it('first the demo tenant is seeded, messages go out, a patient replies and talks to an agent', async () => {
    const database = getDb();
    await seedDemoTenant(database.db, clock, { persons: 60 });
    [{ id: tenantId }] = (await database.query<{ id: string }>(`select id from tenants where slug = 'riverbend'`)) as [{ id: string }];
    // Read back through the table definitions: Drizzle decrypts, so these are the plain values.
    const people = await database.db.select().from(persons);
    const contacts = await database.db.select().from(contactPoints);
    for (const p of people) {
      phi.push(`${p.givenName} ${p.familyName}`, p.familyName);
      if (p.birthDate) phi.push(p.birthDate);
      if (p.addressLine) phi.push(p.addressLine);
    }
    for (const c of contacts) phi.push(c.value, c.value.replace(/^\+1/, ''));
    const withPhone = people.find((p) => contacts.some((c) => c.personId === p.id && c.system === 'phone') && contacts.some((c) => c.personId === p.id && c.system === 'email'))!;
    const [acct] = await database.query<{ id: string }>('select id from accounts where person_id = $1 order by id limit 1', [withPhone.id]);
    someone = {
      personId: withPhone.id,
      accountId: acct!.id,
      familyName: withPhone.familyName,
      givenName: withPhone.givenName,
      phone: contacts.find((c) => c.personId === withPhone.id && c.system === 'phone')!.value,
      email: contacts.find((c) => c.personId === withPhone.id && c.system === 'email')!.value,
    };

    const summary = await runSimulatedCycle({
      database, from: START, until: new Date(START.getTime() + 2 * 3_600_000), everyMs: 3_600_000, publicUrl: 'http://localhost:3000',
      channels: simulationChannels(), evaluate: lazyEvaluate, tenantId,
    });
    expect(summary.deliveries.sent ?? 0).toBeGreaterThan(0);
    const replies = await handleInboundReply(
      database,
      { channel: 'sms', from: someone.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3'), body: REPLY, receivedAt: new Date(START.getTime() + 3 * 3_600_000) },
      { config: loadOutreachConfig(), evaluate: lazyEvaluate, publicUrl: 'http://localhost:3000' },
    );
    // Found by the blind index of the phone number, whatever its punctuation.
    expect(replies.map((r) => r.personId)).toEqual([someone.personId]);
    const ctx = { tenantId, actor: { kind: 'user' as const, id: 'agent-1', roles: ['collections_coordinator' as const] }, purpose: 'operations' as const, clock };
    const conv = await startConversation(database.db, ctx, { personId: someone.personId, channel: 'chat' });
    await addUtterance(database.db, ctx, conv.id, { speaker: 'patient', text: UTTERANCE });
    await loadSecret(database);

    const bodies: string[] = [];
    for await (const c of exportCommunications(database, { tenantId })) if (c.body && c.direction === 'outbound') bodies.push(c.body);
    expect(bodies.length).toBeGreaterThan(0);
    // A body's first line is distinctive (it carries the person's name and amounts).
    phi.push(...bodies.map((b) => b.split('\n')[0]!).filter((l) => l.length > 20).slice(0, 50), UTTERANCE, REPLY);
  });

  it('no name, date of birth, address, phone, email, message body, utterance or secret is readable in any column', async () => {
    const database = getDb();
    const [secret] = await database.query<{ value: string }>(`select value from app_settings where key = 'link_secret'`);
    const plainSecret = fieldCipher().decrypt(secret!.value);
    expect(secret!.value).not.toBe(plainSecret);
    const dump = await dumpAllColumns(database);
    expect(dump.get('persons')).toContain('kx1:test1:');
    expect(phi.length).toBeGreaterThan(200);
    // The check itself sees plain text where there is some (the tenant's name is not PHI).
    expect(findPlain(dump, ['Riverbend Community Hospital'])).not.toEqual([]);
    expect(findPlain(dump, [...phi, plainSecret])).toEqual([]);
  });

  it('the application still reads everything, and finds people by name, phone and email', async () => {
    const database = getDb();
    const ctx = { tenantId, actor: { kind: 'user' as const, id: 'rep-1', roles: ['billing_specialist' as const] }, purpose: 'operations' as const, clock };
    const detail = await getAccount(database.db, ctx, someone.accountId);
    expect(detail.person).toMatchObject({ familyName: someone.familyName, givenName: someone.givenName });
    expect(detail.person).not.toHaveProperty('nameBidx');
    expect(detail.contactPoints.map((c) => c.value).sort()).toEqual([someone.email, someone.phone].sort());
    const found = async (search: string) => (await listAccounts(database.db, ctx, { search, limit: 200 })).items.map((i) => i.personId);
    const full = `${someone.givenName.split(' ')[0]} ${someone.familyName}`;
    expect(await found(full.toUpperCase())).toContain(someone.personId);
    expect(await found(someone.familyName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())).toContain(someone.personId);
    expect(await found(`${someone.familyName}, ${someone.givenName}`)).toContain(someone.personId);
    expect(new Set(await found(someone.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3')))).toEqual(new Set(await found(someone.phone)));
    expect(await found(someone.phone)).toContain(someone.personId);
    expect(await found(someone.email.toUpperCase())).toContain(someone.personId);
    expect(await found('zz-nobody')).toEqual([]);
    const [conv] = await database.query<{ id: string }>('select id from conversations where person_id = $1', [someone.personId]);
    expect((await listUtterances(database.db, ctx, conv!.id)).map((u) => u.text)).toEqual([UTTERANCE]);
  });

  it('keys rotate re-encrypts everything under the newest key, once; then the old key can go', async () => {
    const database = getDb();
    const rotated = await installFieldEncryption(database, { keyring: parseKeys(`${TEST_ENCRYPTION_KEY},${ROTATED}`), tables: [] });
    const first = await reencryptTables(database, rotated.cipher, ENCRYPTED_TABLES, 'rotate', 50);
    expect(first.persons!.reencrypted).toBe(60);
    expect(first.communications!.reencrypted).toBeGreaterThan(0);
    expect(first.conversation_utterances!.reencrypted).toBe(1);
    expect(first.app_settings!.reencrypted).toBe(2);
    const again = await reencryptTables(database, rotated.cipher, ENCRYPTED_TABLES, 'rotate', 50);
    expect(Object.values(again).reduce((n, t) => n + t.reencrypted + t.encrypted, 0)).toBe(0);
    const dump = await dumpAllColumns(database);
    expect([...dump.values()].some((t) => t.includes('kx1:test1:'))).toBe(false);

    // Only the new key now: everything still reads, and search (blind indexes) still finds.
    await installFieldEncryption(database, { keyring: parseKeys(ROTATED), tables: [] });
    const ctx = { tenantId, actor: { kind: 'user' as const, id: 'rep-1', roles: ['billing_specialist' as const] }, purpose: 'operations' as const, clock };
    const detail = await getAccount(database.db, ctx, someone.accountId);
    expect(detail.person).toMatchObject({ familyName: someone.familyName });
    expect((await listAccounts(database.db, ctx, { search: someone.familyName })).items.map((i) => i.personId)).toContain(someone.personId);
    const bodies: string[] = [];
    for await (const c of exportCommunications(database, { tenantId })) if (c.body) bodies.push(c.body);
    expect(bodies).toContain(REPLY);

    // And with only the old key, the database refuses clearly instead of showing garbage.
    await expect(installFieldEncryption(database, { keyring: parseKeys(TEST_ENCRYPTION_KEY), tables: [] })).rejects.toThrow(/key "rot2", which is not among the configured keys \(test1\)/);
    await installFieldEncryption(database, { keyring: parseKeys(ROTATED), tables: [] });
  });

  it('rows written before encryption existed are encrypted once, on the next start, with their blind indexes', async () => {
    const database = getDb();
    await database.query(`insert into persons (id, tenant_id, external_ref, given_name, family_name, birth_date) values ('legacy-p', $1, 'LEG-1', 'Zoë', 'Quintanilla', '1961-07-04')`, [tenantId]);
    await database.query(`insert into contact_points (id, tenant_id, person_id, system, value) values ('legacy-c', $1, 'legacy-p', 'phone', '+15550001961')`, [tenantId]);
    await database.query(`insert into accounts (id, tenant_id, person_id, external_ref) values ('legacy-a', $1, 'legacy-p', 'LEG-A')`, [tenantId]);
    await database.query(`delete from app_settings where key = 'field_encryption'`);
    const started = await installFieldEncryption(database, { keyring: parseKeys(ROTATED), tables: ENCRYPTED_TABLES });
    expect(started.backfill!.persons).toMatchObject({ encrypted: 1 });
    expect(started.backfill!.contact_points).toMatchObject({ encrypted: 1 });
    expect(findPlain(await dumpAllColumns(database), ['Quintanilla', '1961-07-04', '5550001961'])).toEqual([]);
    expect((await installFieldEncryption(database, { keyring: parseKeys(ROTATED), tables: ENCRYPTED_TABLES })).backfill).toBeNull();
    const ctx = { tenantId, actor: { kind: 'user' as const, id: 'rep-1', roles: ['billing_specialist' as const] }, purpose: 'operations' as const, clock };
    expect((await listAccounts(database.db, ctx, { search: 'zoe quintanilla' })).items.map((i) => i.personName)).toEqual(['Zoë Quintanilla']);
    expect((await listAccounts(database.db, ctx, { search: '555-000-1961' })).items.map((i) => i.id)).toEqual(['legacy-a']);
  });
});
