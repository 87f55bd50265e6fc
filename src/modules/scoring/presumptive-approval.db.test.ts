import { expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { DEFAULT_FAP_POLICY, applyPresumptiveApproval } from '../assistance/index.js';
import { createTenant } from '../identity/index.js';
import { screenBook } from './index.js';

// 12:00 in Ohio.
const NOW = new Date('2026-03-10T17:00:00Z');

async function book(database: Parameters<typeof screenBook>[0]['database'], slug: string, applyAutomatically: boolean) {
  const { tenantId } = await createTenant(database.db, { slug, name: `${slug} Hospital`, kind: 'nonprofit_hospital', state: 'OH' });
  await database.query(`update tenants set settings = jsonb_set(coalesce(settings, '{}'::jsonb), '{payments}', $2::jsonb) where id = $1`, [
    tenantId,
    JSON.stringify({ fap: { ...DEFAULT_FAP_POLICY, presumptive: { applyAutomatically } } }),
  ]);
  for (const p of [{ id: `${slug}-medicaid`, medicaid: true }, { id: `${slug}-commercial`, medicaid: false }]) {
    await database.query(`insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone, state) values ($1, $2, $1, 'Pat', 'Lake', 'en', 'America/New_York', 'OH')`, [p.id, tenantId]);
    await database.query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
       values ($1, $2, $3, $1, 'patient_due', date '2026-03-07', date '2026-02-05', 0, 0, 0)`,
      [`acct-${p.id}`, tenantId, p.id],
    );
    // $900 of charges, $420 left to the patient after insurance.
    await database.query(
      `insert into ledger_entries (id, tenant_id, account_id, kind, amount_cents, bucket, effective_on, posted_at, source, source_ref) values
       ($1 || ':c', $2, $1, 'charge', 90000, 'insurance', date '2026-01-20', $3, 'test', $1 || ':c'),
       ($1 || ':p', $2, $1, 'insurer_payment', -48000, 'insurance', date '2026-02-01', $3, 'test', $1 || ':p'),
       ($1 || ':r', $2, $1, 'patient_responsibility', 42000, 'patient', date '2026-02-01', $3, 'test', $1 || ':r')`,
      [`acct-${p.id}`, tenantId, NOW],
    );
    await database.query(`update accounts set balance_cents = 42000, patient_due_cents = 42000, total_charges_cents = 90000 where id = $1`, [`acct-${p.id}`]);
    await database.query(`insert into patient_coverages (id, tenant_id, person_id, source, payer_name, member_id, created_at) values ($1, $2, $3, 'ingested', $4, 'M1', $5)`, [
      `cov-${p.id}`, tenantId, p.id, p.medicaid ? 'Ohio Medicaid' : 'Acme Health', NOW,
    ]);
  }
  return tenantId;
}

describeDb('presumptive approvals where the policy applies them', (getDb) => {
  it('approves a Medicaid patient without an application: decision, ledger discount, audit and letter; a second run changes nothing', async () => {
    const database = getDb();
    const tenantId = await book(database, 'presumptive-auto', true);
    const first = await screenBook({ database, tenantId, now: NOW });
    expect(first.approved).toBe(1);
    expect(first.tasksCreated).toBe(0);
    const [acct] = await database.query<{ patient_due_cents: string | number }>(`select patient_due_cents from accounts where id = 'acct-presumptive-auto-medicaid'`);
    expect(Number(acct!.patient_due_cents)).toBe(0);
    const [other] = await database.query<{ patient_due_cents: string | number }>(`select patient_due_cents from accounts where id = 'acct-presumptive-auto-commercial'`);
    expect(Number(other!.patient_due_cents)).toBe(42000);
    const decisions = await database.query<{ decision: string; discount_pct: number; reasons: string[]; decided_by: string; person_id: string }>(
      `select d.decision, d.discount_pct, d.reasons, d.decided_by, ap.person_id from assistance_decisions d join assistance_applications ap on ap.id = d.application_id where d.tenant_id = $1`,
      [tenantId],
    );
    expect(decisions).toEqual([{ decision: 'approved', discount_pct: 100, reasons: ['presumptive_medicaid'], decided_by: 'system:presumptive-screening', person_id: 'presumptive-auto-medicaid' }]);
    const [entry] = await database.query<{ kind: string; amount_cents: string | number }>(`select kind, amount_cents from ledger_entries where account_id = 'acct-presumptive-auto-medicaid' and source = 'assistance'`);
    expect({ kind: entry!.kind, amount: Number(entry!.amount_cents) }).toEqual({ kind: 'assistance_adjustment', amount: -42000 });
    const [audited] = await database.query<{ n: string | number }>(`select count(*) as n from audit_log where tenant_id = $1 and record_type = 'assistance_application' and actor_id = 'presumptive-screening'`, [tenantId]);
    expect(Number(audited!.n)).toBe(1);
    const [screening] = await database.query<{ status: string; applied_application_id: string | null; approved_cents: string | number }>(
      `select status, applied_application_id, approved_cents from account_screenings where account_id = 'acct-presumptive-auto-medicaid'`,
    );
    expect(screening!.status).toBe('assisted');
    expect(screening!.applied_application_id).not.toBeNull();
    expect(Number(screening!.approved_cents)).toBe(42000);

    // The approval letter comes from the assistance letter code, in the patient's language.
    const again = await applyPresumptiveApproval({
      database, ctx: { tenantId, actor: { kind: 'system', id: 'presumptive-screening', roles: [] }, purpose: 'system', clock: { now: () => NOW } },
      personId: 'presumptive-auto-medicaid', accountId: 'acct-presumptive-auto-medicaid', kind: 'medicaid',
    });
    expect(again.applied).toBe(false); // already approved today: nothing new is written
    expect(again.letter?.kind).toBe('approved');
    expect(`${again.letter!.bullets.join(' ')} ${again.letter!.paragraphs.join(' ')}`).toContain('You are enrolled in Medicaid.');
    expect(again.letterPdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const second = await screenBook({ database, tenantId, now: new Date(NOW.getTime() + 86_400_000) });
    expect(second.approved).toBe(0);
    const [n] = await database.query<{ n: string | number }>(`select count(*) as n from assistance_decisions where tenant_id = $1`, [tenantId]);
    expect(Number(n!.n)).toBe(1);
  }, 60_000);

  it('keeps the counselor task when the policy does not apply presumptive approvals by itself', async () => {
    const database = getDb();
    const tenantId = await book(database, 'presumptive-manual', false);
    const r = await screenBook({ database, tenantId, now: NOW });
    expect(r.approved).toBe(0);
    expect(r.tasksCreated).toBe(1);
    const [n] = await database.query<{ n: string | number }>(`select count(*) as n from assistance_decisions where tenant_id = $1`, [tenantId]);
    expect(Number(n!.n)).toBe(0);
    const [acct] = await database.query<{ patient_due_cents: string | number }>(`select patient_due_cents from accounts where id = 'acct-presumptive-manual-medicaid'`);
    expect(Number(acct!.patient_due_cents)).toBe(42000);
  }, 60_000);
});
