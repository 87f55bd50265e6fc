import { expect, it } from 'vitest';
import type { AccessContext } from '../../platform/audit/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import type { Database } from '../../platform/db/index.js';
import { createTenant } from '../identity/index.js';
import { postLedgerEntries, refreshAccountBalances } from '../ledger/index.js';
import { decryptMessageFields, loadOutreachConfig, runOrchestrationPass } from '../outreach/index.js';
import { disputeLetterFor, disputesCsv, getDisputeDocument, listDisputes, recordDispute, releaseHold, renderDisputeLetterPdf, resolveDispute } from './index.js';

const T0 = new Date('2026-03-10T17:00:00Z');

async function seedAccount(database: Database, tenantId: string, n: string, dueCents = 25000): Promise<string> {
  await database.query(
    `insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone, address_line, city, state, postal_code)
     values ($2, $1, $2, 'Rosa', 'Disputa', 'es', 'America/Chicago', '12 Elm St', 'Peoria', 'IL', '61602')`,
    [tenantId, `dp-${n}`],
  );
  await database.query(`insert into contact_points (id, tenant_id, person_id, system, value, use, rank, verified) values ($2, $1, $3, 'email', $4, 'home', 1, true)`, [
    tenantId,
    `dp-e-${n}`,
    `dp-${n}`,
    `rosa${n}@example.test`,
  ]);
  const accountId = `da-${n}`;
  await database.query(
    `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, service_date) values ($2, $1, $3, $4, 'open', '2026-03-20', '2026-02-18', '2026-01-05')`,
    [tenantId, accountId, `dp-${n}`, `ENC-${n}`],
  );
  const e = (id: string, kind: 'charge' | 'insurer_payment' | 'contractual_adjustment' | 'patient_responsibility', amountCents: number, bucket: 'insurance' | 'patient') => ({
    id: `${accountId}-${id}`,
    tenantId,
    accountId,
    kind,
    amountCents,
    bucket,
    effectiveOn: '2026-01-20',
    postedAt: T0,
    source: 'x12:835',
    sourceRef: `${accountId}-${id}`,
  });
  await postLedgerEntries(database.db, [
    e('c', 'charge', 100000, 'insurance'),
    e('p', 'insurer_payment', -50000, 'insurance'),
    e('a', 'contractual_adjustment', -(50000 - dueCents), 'insurance'),
    e('r1', 'patient_responsibility', -dueCents, 'insurance'),
    e('r2', 'patient_responsibility', dueCents, 'patient'),
  ]);
  await refreshAccountBalances(database.db, tenantId, [accountId]);
  return accountId;
}

describeDb('a dispute from the portal to the verification letter and back to collection', (getDb) => {
  it('pauses collection on the disputed debt, gives billing the ledger, mails the answer, then resumes', async () => {
    const database = getDb();
    const clock = new ManualClock(T0.toISOString());
    const { tenantId } = await createTenant(database.db, { slug: 'disputes-1', name: 'Riverbend Disputes', kind: 'provider' });
    const accountId = await seedAccount(database, tenantId, '1');
    const patient: AccessContext = { tenantId, actor: { kind: 'patient', id: 'dp-1', roles: [] }, purpose: 'patient_self_service', clock };
    const billing: AccessContext = { tenantId, actor: { kind: 'user', id: 'u-billing', roles: ['billing_specialist'] }, purpose: 'payment', clock };
    const pass = () => runOrchestrationPass({ database, now: clock.now(), publicUrl: 'https://pay.example', config: loadOutreachConfig(), tenantId });

    // First the statement reminder is queued as usual.
    await pass();
    const queued = await database.query<{ id: string }>(`select id from communications where account_id = $1 and status = 'queued'`, [accountId]);
    expect(queued.length).toBe(1);

    // Then Rosa disputes it in the portal, with her insurer's EOB attached.
    const r = await recordDispute({
      database,
      ctx: patient,
      accountId,
      personId: 'dp-1',
      source: 'portal',
      category: 'insurance',
      description: 'My insurance should have paid more',
      document: { name: 'eob.pdf', type: 'application/pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
    });
    expect(r.created).toBe(true);
    const [acct] = await database.query<{ status: string }>(`select status from accounts where id = $1`, [accountId]);
    expect(acct!.status).toBe('disputed');
    // The queued reminder will not go out; the acknowledgement was mailed (in Spanish, her language).
    // Letters are stored encrypted, like every message.
    const comms = (
      await database.query<{ id: string; status: string; purpose: string | null; channel: string; body: string }>(
        `select id, status, purpose, channel, body from communications where account_id = $1 order by at, id`,
        [accountId],
      )
    ).map(decryptMessageFields);
    expect(comms.find((c) => c.id === queued[0]!.id)!.status).toBe('cancelled');
    const ack = comms.find((c) => c.purpose === 'dispute_acknowledgement')!;
    expect(ack).toMatchObject({ status: 'sent', channel: 'letter' });
    expect(ack.body).toContain('Dejamos de cobrar esta factura');
    // Billing's task carries the claim and ledger context and a due date 30 days out.
    const [task] = await database.query<{ kind: string; status: string; due_at: Date; detail: { claims: Array<{ kind: string; amountCents: number }>; ledger: unknown[]; description: string } }>(
      `select kind, status, due_at, detail from agent_tasks where id = $1`,
      [r.taskId],
    );
    expect(task).toMatchObject({ kind: 'resolve_dispute', status: 'open' });
    expect(new Date(task!.due_at).toISOString()).toBe('2026-04-09T17:00:00.000Z');
    expect(task!.detail.claims.map((c) => [c.kind, c.amountCents])).toContainEqual(['insurer_payment', -50000]);
    expect(task!.detail.ledger).toHaveLength(5);
    expect((await getDisputeDocument(database.db, billing, r.disputeId)).content.toString()).toContain('%PDF');

    // A week of passes: nothing goes out on the disputed debt.
    for (let day = 1; day <= 7; day++) {
      clock.set(new Date(T0.getTime() + day * 86_400_000).toISOString());
      await pass();
    }
    const during = await database.query<{ n: number }>(
      `select count(*)::int as n from communications where account_id = $1 and direction = 'outbound' and status in ('queued', 'sent', 'delivered') and purpose not like 'dispute_%'`,
      [accountId],
    );
    expect(during[0]!.n).toBe(0);
    const [open] = await listDisputes(database.db, billing, { status: 'open' });
    expect(open).toMatchObject({ id: r.disputeId, status: 'open', ageDays: 7, overdue: false, hasDocument: true });

    // Billing verifies the debt: the letter with the itemization is mailed, then collection resumes.
    const resolved = await resolveDispute({ database, ctx: billing, disputeId: r.disputeId, resolution: 'verified', note: 'EOB matches the 835: deductible applies' });
    expect(resolved.collectionResumedAt).not.toBeNull();
    const [letterRow] = (await database.query<{ status: string; purpose: string; body: string }>(`select status, purpose, body from communications where id = $1`, [resolved.letterId])).map(decryptMessageFields);
    expect(letterRow).toMatchObject({ status: 'sent', purpose: 'dispute_verification' });
    expect(letterRow!.body).toContain('Lo que debe ahora: $250.00');
    const { letter, phone } = await disputeLetterFor(database.db, billing, r.disputeId, 'en');
    expect(letter.itemization!.map((i) => i.amountCents)).toEqual([100000, -50000, -25000, 0, 0, 25000]);
    expect((await renderDisputeLetterPdf(letter, phone)).subarray(0, 5).toString()).toBe('%PDF-');
    const [after] = await database.query<{ status: string }>(`select status from accounts where id = $1`, [accountId]);
    expect(after!.status).toBe('patient_due');
    const [hold] = await database.query<{ resolved_at: Date | null }>(`select resolved_at from holds where id = $1`, [r.holdId]);
    expect(hold!.resolved_at).not.toBeNull();
    await expect(resolveDispute({ database, ctx: billing, disputeId: r.disputeId, resolution: 'verified', note: 'again' })).rejects.toThrow(/already resolved/);

    // The next pass collects again.
    clock.set(new Date(T0.getTime() + 8 * 86_400_000).toISOString());
    await pass();
    const resumed = await database.query<{ n: number }>(
      `select count(*)::int as n from communications where account_id = $1 and direction = 'outbound' and status = 'queued' and coalesce(purpose, 'collection') not like 'dispute_%'`,
      [accountId],
    );
    expect(resumed[0]!.n).toBe(1);
    const csv = disputesCsv(await listDisputes(database.db, billing));
    expect(csv.split('\n')[1]).toContain('"verified"');
  });

  it('a correction takes the amount off through the ledger; not ours closes the account; bad input names the field', async () => {
    const database = getDb();
    const clock = new ManualClock(T0.toISOString());
    const { tenantId } = await createTenant(database.db, { slug: 'disputes-2', name: 'Riverbend Corrections', kind: 'provider' });
    const a2 = await seedAccount(database, tenantId, '2');
    const a3 = await seedAccount(database, tenantId, '3');
    const agent: AccessContext = { tenantId, actor: { kind: 'user', id: 'u-agent', roles: ['collections_coordinator'] }, purpose: 'collections', clock };
    const billing: AccessContext = { tenantId, actor: { kind: 'user', id: 'u-billing', roles: ['billing_specialist'] }, purpose: 'payment', clock };

    await expect(recordDispute({ database, ctx: agent, accountId: a2, source: 'call', category: 'amount', description: ' ' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: 'description' }] });
    const d2 = await recordDispute({ database, ctx: agent, accountId: a2, source: 'call', category: 'amount', description: 'Charged twice for the same visit' });
    // A second report on the same debt joins the open dispute.
    const again = await recordDispute({ database, ctx: agent, accountId: a2, source: 'call', category: 'amount', description: 'Called again about it' });
    expect(again).toMatchObject({ disputeId: d2.disputeId, created: false });
    await expect(resolveDispute({ database, ctx: billing, disputeId: d2.disputeId, resolution: 'corrected', note: 'duplicate charge', adjustmentCents: 0 })).rejects.toMatchObject({ issues: [{ path: 'adjustmentCents' }] });
    await resolveDispute({ database, ctx: billing, disputeId: d2.disputeId, resolution: 'corrected', note: 'duplicate charge', adjustmentCents: 10000 });
    const [acct2] = await database.query<{ status: string; patient_due_cents: string | number }>(`select status, patient_due_cents from accounts where id = $1`, [a2]);
    expect({ status: acct2!.status, due: Number(acct2!.patient_due_cents) }).toEqual({ status: 'patient_due', due: 15000 });
    const [entry] = await database.query<{ kind: string; amount_cents: string | number; source: string }>(`select kind, amount_cents, source from ledger_entries where account_id = $1 and source = 'disputes'`, [a2]);
    expect({ ...entry, amount_cents: Number(entry!.amount_cents) }).toEqual({ kind: 'discount', amount_cents: -10000, source: 'disputes' });

    const d3 = await recordDispute({ database, ctx: agent, accountId: a3, source: 'call', category: 'not_mine', description: 'I was never a patient there' });
    await resolveDispute({ database, ctx: billing, disputeId: d3.disputeId, resolution: 'not_ours', note: 'wrong Rosa: different birth date', notOurs: { action: 'close' } });
    const [acct3] = await database.query<{ status: string }>(`select status from accounts where id = $1`, [a3]);
    expect(acct3!.status).toBe('closed');
  });

  it('only attorney, bankruptcy, deceased and cease holds are released by an officer, with a reason, audited', async () => {
    const database = getDb();
    const clock = new ManualClock(T0.toISOString());
    const { tenantId } = await createTenant(database.db, { slug: 'disputes-3', name: 'Riverbend Holds', kind: 'provider' });
    const a4 = await seedAccount(database, tenantId, '4');
    const officer: AccessContext = { tenantId, actor: { kind: 'user', id: 'u-officer', roles: ['compliance_officer'] }, purpose: 'compliance_review', clock };
    await database.query(`insert into holds (id, tenant_id, person_id, type, since, reason, created_by) values ('h-att', $1, 'dp-4', 'attorney', $2, 'reply: attorney', 'outreach.reply')`, [tenantId, T0]);
    const d4 = await recordDispute({ database, ctx: { ...officer, actor: { kind: 'user', id: 'u-agent', roles: ['collections_coordinator'] } }, accountId: a4, source: 'call', category: 'other', description: 'Not sure about this bill' });
    await expect(releaseHold({ database, ctx: officer, holdId: d4.holdId, reason: 'billing said it was fine' })).rejects.toThrow(/not released this way/);
    await expect(releaseHold({ database, ctx: officer, holdId: 'h-att', reason: 'short' })).rejects.toMatchObject({ issues: [{ path: 'reason' }] });
    await releaseHold({ database, ctx: officer, holdId: 'h-att', reason: 'The attorney wrote that they no longer represent the patient' });
    const [rel] = await database.query<{ released_by: string; reason: string }>(`select released_by, reason from hold_releases where hold_id = 'h-att'`);
    expect(rel).toEqual({ released_by: 'u-officer', reason: 'The attorney wrote that they no longer represent the patient' });
    const audits = await database.query<{ n: number }>(`select count(*)::int as n from audit_log where record_type = 'hold_release' and record_id = 'h-att'`);
    expect(audits[0]!.n).toBe(1);
    await expect(releaseHold({ database, ctx: officer, holdId: 'h-att', reason: 'The attorney wrote that they no longer represent the patient' })).rejects.toThrow(/already released/);
  });

  it('a request for the original creditor pauses collection until its name and address are mailed (1006.38(c))', async () => {
    const database = getDb();
    const clock = new ManualClock(T0.toISOString());
    const { tenantId } = await createTenant(database.db, { slug: 'disputes-oc', name: 'Northgate Recovery', kind: 'agency' });
    const accountId = await seedAccount(database, tenantId, 'oc');
    const patient: AccessContext = { tenantId, actor: { kind: 'patient', id: 'dp-oc', roles: [] }, purpose: 'patient_self_service', clock };
    const billing: AccessContext = { tenantId, actor: { kind: 'user', id: 'u-billing', roles: ['billing_specialist'] }, purpose: 'payment', clock };
    const pass = () => runOrchestrationPass({ database, now: clock.now(), publicUrl: 'https://pay.example', config: loadOutreachConfig(), tenantId });

    const r = await recordDispute({ database, ctx: patient, personId: 'dp-oc', accountId, source: 'portal', category: 'original_creditor', description: 'Who did this bill come from?', language: 'en' });
    const [acct] = await database.query<{ status: string }>(`select status from accounts where id = $1`, [accountId]);
    expect(acct!.status).toBe('disputed');
    for (let day = 1; day <= 3; day++) {
      clock.set(new Date(T0.getTime() + day * 86_400_000).toISOString());
      await pass();
    }
    const during = await database.query<{ n: number }>(
      `select count(*)::int as n from communications where account_id = $1 and direction = 'outbound' and status in ('queued', 'sent', 'delivered') and purpose not like 'dispute_%'`,
      [accountId],
    );
    expect(during[0]!.n).toBe(0);

    // Verification alone does not answer the request; the answer needs a name and an address.
    await expect(resolveDispute({ database, ctx: billing, disputeId: r.disputeId, resolution: 'verified', note: 'checked the ledger' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ path: 'resolution' }],
    });
    await expect(
      resolveDispute({ database, ctx: billing, disputeId: r.disputeId, resolution: 'original_creditor', note: 'placed by Mercy', originalCreditor: { name: 'Mercy General Hospital', address: '' } }),
    ).rejects.toMatchObject({ issues: [{ path: 'originalCreditor.address' }] });
    const resolved = await resolveDispute({
      database,
      ctx: billing,
      disputeId: r.disputeId,
      resolution: 'original_creditor',
      note: 'placed by Mercy General',
      originalCreditor: { name: 'Mercy General Hospital', address: '400 Main St\nPeoria, IL 61602' },
    });
    const [letterRow] = (await database.query<{ status: string; purpose: string; body: string }>(`select status, purpose, body from communications where id = $1`, [resolved.letterId])).map(decryptMessageFields);
    expect(letterRow).toMatchObject({ status: 'sent', purpose: 'dispute_original_creditor' });
    expect(letterRow!.body).toContain('Mercy General Hospital, 400 Main St, Peoria, IL 61602');
    const es = await disputeLetterFor(database.db, billing, r.disputeId, 'es');
    expect(es.letter.paragraphs.join(' ')).toContain('acreedor original');
    const [hold] = await database.query<{ resolved_at: Date | null }>(`select resolved_at from holds where id = $1`, [r.holdId]);
    expect(hold!.resolved_at).not.toBeNull();
    expect(resolved.collectionResumedAt).not.toBeNull();
  });
});
