import { expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { decryptMessageFields } from './message-fields.js';
import { cancelQueuedCommunications, communicationRecipient, recordChannelResult, recordCommunication } from './record-communication.js';

const NOW = new Date('2026-04-02T15:00:00Z');

describeDb('the communications log has one writer', (getDb) => {
  it('records a message once by id, stores its words encrypted, and keeps what the channel said', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'comm-writer', name: 'Writer Clinic', kind: 'provider' });
    await database.query(`insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone) values ('cw-p', $1, 'cw-p', 'Ana', 'Log', 'en', 'America/Chicago')`, [tenantId]);
    const row = { id: 'cw-1', tenantId, personId: 'cw-p', accountId: null, direction: 'outbound' as const, channel: 'email' as const, status: 'sending', at: NOW, toAddress: 'ana@example.test', subject: 'Your receipt', body: 'Thank you for your payment.', purpose: 'payment_receipt' };
    expect(await recordCommunication(database.db, row)).toEqual({ id: 'cw-1', recorded: true });
    // A replay of the same id changes nothing.
    expect(await recordCommunication(database.db, { ...row, body: 'something else' })).toEqual({ id: 'cw-1', recorded: false });
    const [raw] = await database.query<{ to_address: string; body: string; reasons: string[] }>(`select to_address, body, reasons from communications where id = 'cw-1'`);
    expect(raw!.body).not.toContain('Thank you');
    expect(decryptMessageFields({ ...raw! })).toMatchObject({ to_address: 'ana@example.test', body: 'Thank you for your payment.', reasons: [] });
    expect(await communicationRecipient(database.db, 'cw-1')).toBe('ana@example.test');

    await recordChannelResult(database.db, 'cw-1', { status: 'delivered', externalId: 'sandbox-9' }, { deliveredAt: NOW });
    const [after] = await database.query<{ status: string; external_id: string; delivered_at: Date }>(`select status, external_id, delivered_at from communications where id = 'cw-1'`);
    expect(after).toMatchObject({ status: 'delivered', external_id: 'sandbox-9' });
    expect(new Date(after!.delivered_at).toISOString()).toBe(NOW.toISOString());
  });

  it('cancels only the queued outbound messages of the purposes a hold stops', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'comm-cancel', name: 'Cancel Clinic', kind: 'provider' });
    await database.query(`insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone) values ('cc-p', $1, 'cc-p', 'Bo', 'Hold', 'en', 'America/Chicago')`, [tenantId]);
    await database.query(`insert into accounts (id, tenant_id, person_id, external_ref, status) values ('cc-a', $1, 'cc-p', 'ENC-cc', 'open')`, [tenantId]);
    const base = { tenantId, personId: 'cc-p', accountId: 'cc-a', direction: 'outbound' as const, channel: 'sms' as const, at: NOW, body: 'Hello' };
    await recordCommunication(database.db, { ...base, id: 'cc-collect', status: 'queued', purpose: 'collection' });
    await recordCommunication(database.db, { ...base, id: 'cc-nopurpose', status: 'queued', purpose: null });
    await recordCommunication(database.db, { ...base, id: 'cc-receipt', status: 'queued', purpose: 'payment_receipt' });
    await recordCommunication(database.db, { ...base, id: 'cc-sent', status: 'sent', purpose: 'collection' });
    const n = await cancelQueuedCommunications(database.db, { tenantId, accountId: 'cc-a', reason: 'hold:dispute', purposes: ['collection', 'required_notice'] });
    expect(n).toBe(2);
    const all = await database.query<{ id: string; status: string; outcome: string | null; reasons: string[] }>(`select id, status, outcome, reasons from communications where account_id = 'cc-a' order by id`);
    expect(all).toEqual([
      { id: 'cc-collect', status: 'cancelled', outcome: 'not sent: hold:dispute', reasons: ['hold:dispute'] },
      { id: 'cc-nopurpose', status: 'cancelled', outcome: 'not sent: hold:dispute', reasons: ['hold:dispute'] },
      { id: 'cc-receipt', status: 'queued', outcome: null, reasons: [] },
      { id: 'cc-sent', status: 'sent', outcome: null, reasons: [] },
    ]);
  });
});
