import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { AccessContext } from '../../platform/audit/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { ingestFiles } from '../ingestion/index.js';
import { buildStatement, statementVerifyCode, verifyLedger } from '../ledger/index.js';
import { assignClaimTask, checkClaimStatus, closeAppeal, listClaimFollowups, listDenials, openAppeal, openClaimWorkTasks, SandboxClearinghouse, setAppealWindow } from './index.js';

const FIXTURES = join(import.meta.dirname, '..', 'ingestion', 'fixtures');
const claimsFile = join(FIXTURES, 'claims-bad-lines.837');
const remitFile = join(FIXTURES, 'remit-denial.835');

describeDb('a provider runs from its X12 feed: claims, a denial, an appeal', (getDb) => {
  const clock = new ManualClock('2026-10-20T15:00:00Z');
  let ctx: AccessContext;
  beforeAll(async () => {
    const { tenantId } = await createTenant(getDb().db, { slug: 'x12-only', name: 'Riverbend Clinic', kind: 'provider' });
    ctx = { tenantId, actor: { kind: 'user', id: 'billing-1', roles: ['billing_specialist'] }, purpose: 'operations', clock };
  });
  const account = async (ref: string) =>
    (await getDb().query<{ id: string; person_id: string; status: string; insurance_pending_cents: number; patient_due_cents: number }>(
      'select id, person_id, status, insurance_pending_cents, patient_due_cents from accounts where tenant_id = $1 and external_ref = $2',
      [ctx.tenantId, ref],
    ))[0]!;

  it('first the 837 arrives: valid claims become charges pending insurance, bad ones are quarantined with line and field', async () => {
    const s = await ingestFiles(getDb(), ctx, [claimsFile]);
    expect({ claims: s.claims, chargesCents: s.chargesCents, patients: s.patients, coverages: s.coverages, rejected: s.rejected }).toEqual({ claims: 2, chargesCents: 24500, patients: 1, coverages: 1, rejected: 3 });
    expect(s.errors.map((e) => [e.line, e.field])).toEqual([[22, 'CLM02'], [25, 'CLM02'], [31, 'DTP03']]);
    expect(await account('837-account|1234567893|RB-1001')).toMatchObject({ status: 'insurance_pending', insurance_pending_cents: 15000, patient_due_cents: 0 });
    expect(await account('837-account|1234567893|RB-1005')).toMatchObject({ status: 'insurance_pending', insurance_pending_cents: 9500, patient_due_cents: 0 });
    const again = await ingestFiles(getDb(), ctx, [claimsFile]);
    expect({ created: again.created, updated: again.updated }).toEqual({ created: 0, updated: 0 });
  });

  it('after 30 days without a remittance both claims are on the follow-up list; a status check goes through the clearinghouse', async () => {
    clock.set('2026-11-10T15:00:00Z');
    expect((await listClaimFollowups({ q: getDb().db, ctx, afterDays: 30 })).items).toEqual([]);
    clock.set('2026-11-20T15:00:00Z');
    const { items } = await listClaimFollowups({ q: getDb().db, ctx, afterDays: 30 });
    expect(items.map((i) => [i.claimControlNumber, i.chargeCents, i.daysWaiting])).toEqual([['RB-1001', 15000, 31], ['RB-1005', 9500, 31]]);
    const status = await checkClaimStatus({ database: getDb(), ctx, clearinghouse: new SandboxClearinghouse(clock), claimKey: items[0]!.claimKey });
    expect(status.claimControlNumber).toBe('RB-1001');
    // Every overdue claim gets one open follow-up task, once.
    expect(await openClaimWorkTasks({ q: getDb().db, ctx, afterDays: 30 })).toEqual({ workDenial: 0, claimFollowup: 2, answered: 0 });
    expect(await openClaimWorkTasks({ q: getDb().db, ctx, afterDays: 30 })).toEqual({ workDenial: 0, claimFollowup: 0, answered: 0 });
    const task = await assignClaimTask({ q: getDb().db, ctx, kind: 'claim_followup', key: items[0]!.claimKey, assignedTo: 'billing-1' });
    const after = await listClaimFollowups({ q: getDb().db, ctx, afterDays: 30 });
    expect(after.items[0]).toMatchObject({ lastStatus: { categoryCode: status.categoryCode }, task: { id: task.id, assignedTo: 'billing-1', status: 'open' } });
  });

  it('then the 835: RB-1001 is denied for a missing prior authorization and lands on the worklist in plain words', async () => {
    const s = await ingestFiles(getDb(), ctx, [remitFile]);
    expect(s.remittances).toMatchObject({ claims: 2, unmatched: 0, paidCents: 4500 });
    // Both claims were answered: nothing left to follow up; both answers are denials to work.
    expect((await listClaimFollowups({ q: getDb().db, ctx, afterDays: 30 })).items).toEqual([]);
    expect(await openClaimWorkTasks({ q: getDb().db, ctx, afterDays: 30 })).toEqual({ workDenial: 2, claimFollowup: 0, answered: 2 });
    const [tasks] = await getDb().query<{ n: number }>(`select count(*)::int n from agent_tasks where tenant_id = $1 and kind = 'work_denial' and status = 'open' and assigned_to is null and due_at is not null`, [ctx.tenantId]);
    expect(tasks!.n).toBe(2);
    const { groups } = await listDenials({ q: getDb().db, ctx });
    const auth = groups.find((g) => g.code === '197')!;
    expect(auth).toMatchObject({ label: 'Missing prior authorization', count: 1, deniedCents: 15000 });
    expect(auth.fix).toMatch(/authorization/);
    const [item] = auth.items;
    expect(item).toMatchObject({ claimControlNumber: 'RB-1001', kind: 'denied', payerName: 'PRAIRIE HEALTH PLAN', patientName: 'ALMA TESTPATIENT', remittanceDate: '2026-11-20', appealDeadline: '2027-05-19', daysLeftToAppeal: 180 });
    expect(item!.reasons).toEqual([expect.objectContaining({ group: 'CO', code: '197', amountCents: 15000, billableToPatient: false })]);
    expect(item!.remarks).toEqual([{ code: 'N54', explanation: 'The claim does not match the services that were authorized.' }]);
    // A payer with a shorter window moves the deadline.
    await setAppealWindow({ q: getDb().db, ctx, payerId: 'PHP01', days: 90 });
    const shorter = (await listDenials({ q: getDb().db, ctx })).groups.find((g) => g.code === '197')!.items[0]!;
    expect(shorter.appealDeadline).toBe('2027-02-18');
  });

  it('the CO denial never reaches the patient: the statement bills only her share of the other claim', async () => {
    const denied = await account('837-account|1234567893|RB-1001');
    expect(denied).toMatchObject({ insurance_pending_cents: 0, patient_due_cents: 0 });
    const st = await buildStatement(getDb().db, ctx, denied.person_id, { portalUrl: 'https://pay.example' });
    expect(st.lines.map((l) => l.accountRef)).toEqual(['837-account|1234567893|RB-1005']);
    expect(st.totals.youOweCents).toBe(5000);
    // The verify code is computed in SQL, where it is stored; it is the one the code derives.
    const today = clock.now().toISOString().slice(0, 10);
    expect(st.verifyCode).toBe(statementVerifyCode(denied.person_id, today));
    expect(await getDb().query('select code from statement_codes where tenant_id = $1 and person_id = $2 and statement_date = $3', [ctx.tenantId, denied.person_id, today])).toEqual([{ code: st.verifyCode }]);
    expect((await verifyLedger(getDb(), ctx.tenantId)).ok).toBe(true);
  });

  it('an appeal of the PR-204 part holds that balance off the statement until it is decided', async () => {
    const { groups } = await listDenials({ q: getDb().db, ctx });
    const partial = groups.flatMap((g) => g.items).find((i) => i.claimControlNumber === 'RB-1005')!;
    expect(partial).toMatchObject({ kind: 'partially_paid', primaryCode: '204', deniedCents: 2500 });
    expect(partial.reasons[0]).toMatchObject({ group: 'PR', billableToPatient: true, label: 'Not covered by the patient\'s plan' });
    const task = await assignClaimTask({ q: getDb().db, ctx, kind: 'work_denial', key: partial.remittanceKey, assignedTo: 'billing-2' });
    const appeal = await getDb().db.transaction((tx) => openAppeal({ q: tx, ctx, remittanceKey: partial.remittanceKey, note: 'Plan covers this visit type' }));
    await expect(getDb().db.transaction((tx) => openAppeal({ q: tx, ctx, remittanceKey: partial.remittanceKey }))).rejects.toMatchObject({ code: 'conflict' });
    const acct = await account('837-account|1234567893|RB-1005');
    const held = await buildStatement(getDb().db, ctx, acct.person_id, { portalUrl: 'https://pay.example' });
    expect(held.totals.youOweCents).toBe(0);
    expect(held.lines[0]).toMatchObject({ youOweCents: 0, insurancePendingCents: 5000 });
    const listed = (await listDenials({ q: getDb().db, ctx })).groups.flatMap((g) => g.items).find((i) => i.claimControlNumber === 'RB-1005')!;
    expect(listed).toMatchObject({ appeal: { id: appeal.id, status: 'open' }, task: { id: task.id, assignedTo: 'billing-2' } });
    await getDb().db.transaction((tx) => closeAppeal({ q: tx, ctx, appealId: appeal.id, outcome: 'lost' }));
    const after = await buildStatement(getDb().db, ctx, acct.person_id, { portalUrl: 'https://pay.example' });
    expect(after.totals.youOweCents).toBe(5000);
  });
});
