import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import type { AccessContext } from '../../platform/audit/index.js';
import { evaluate } from '../compliance/index.js';
import { payWithCard, type SandboxGateway } from '../payments/index.js';
import { ledgerSum, payableAccounts, staffCtx, useSandbox, type PayableAccount } from '../payments/testing.js';
import { escalationQuestion, loadSnapshots } from '../outreach/index.js';
import { acceptPlan, getAccountPlan } from '../plans/index.js';
import { fieldCipher } from '../../platform/crypto/index.js';
import {
  addAssistanceDocument,
  assistanceLetterText,
  buildAssistanceLetter,
  decideAssistanceApplication,
  fapApplicationForCompliance,
  renderAssistanceLetterPdf,
  submitAssistanceApplication,
} from './index.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describeDb('financial assistance: application, hold, decision, adjustment and refund', (getDb) => {
  const clock = new ManualClock('2026-11-23T15:00:00Z');
  let gateway: SandboxGateway;
  let a: PayableAccount;
  let patient: AccessContext;
  let counselor: AccessContext;

  beforeAll(async () => {
    const accts = await payableAccounts(getDb(), clock, { persons: 40 });
    // A patient with one open account, so every figure below is that account's.
    const counts = new Map<string, number>();
    for (const x of accts) counts.set(x.personId, (counts.get(x.personId) ?? 0) + 1);
    a = accts.find((x) => counts.get(x.personId) === 1 && x.dueCents > 20_000)!;
    gateway = useSandbox(getDb(), clock);
    patient = { tenantId: a.tenantId, actor: { kind: 'patient', id: a.personId, roles: [] }, purpose: 'patient_self_service', clock };
    counselor = staffCtx(a.tenantId, clock, 'counselor');
  });

  const ecaQuestion = async (on: string) => ({
    id: 'eca-1',
    kind: 'eca',
    collector: { role: 'original_creditor', entity: 'nonprofit_hospital' },
    action: 'credit_report',
    on,
    firstPostDischargeStatementOn: '2026-06-01', // the application falls within the 240-day application period
    noticesSent: [{ type: 'eca_30_day_notice', on: '2026-10-01' }],
    ...((await fapApplicationForCompliance(getDb().db, { tenantId: a.tenantId, personId: a.personId })) ? { fapApplication: await fapApplicationForCompliance(getDb().db, { tenantId: a.tenantId, personId: a.personId }) } : {}),
  });

  it('First the patient is on a plan and pays by card; then applies; the pending application holds escalation', async () => {
    await acceptPlan({ database: getDb(), ctx: patient, accountId: a.accountId, months: 4, monthlyBudgetCents: Math.ceil(a.dueCents / 4), source: 'portal' });
    const pm = (await gateway.tokenizeCard({ number: '4242424242424242', expMonth: 1, expYear: 2031 })).token;
    const paid = await payWithCard({ database: getDb(), gateway, ctx: patient, accountId: a.accountId, amountCents: 5000, paymentMethod: pm, idempotencyKey: 'before-fap-0001', channel: 'portal' });
    expect(paid.payment.status).toBe('succeeded');
    // Before applying, a credit report would be allowed on this date.
    expect(evaluate(await ecaQuestion('2026-12-01'))).toMatchObject({ allowed: true });

    const r = await submitAssistanceApplication({
      database: getDb(),
      ctx: patient,
      personId: a.personId,
      accountId: a.accountId,
      input: { householdSize: 3, annualIncomeCents: 1_500_000, signatureName: 'Pat Patient', attest: true, language: 'es' },
      channel: 'portal',
    });
    expect(r.missing.map((m) => m.item)).toEqual(['income_proof']);
    const holds = await getDb().query<{ type: string; resolved_at: Date | null }>('select type, resolved_at from holds where person_id = $1', [a.personId]);
    expect(holds).toEqual([{ type: 'assistance_pending', resolved_at: null }]);
    const decision = evaluate(await ecaQuestion('2026-12-01')) as { allowed: boolean; reasons: string[] };
    expect(decision.allowed).toBe(false);
    expect(decision.reasons).toContain('irc_501r6_fap_application_pending');
    // The worker's own path: outreach builds the final notice's ECA question from the account
    // snapshot, where the assistance_pending hold appears as a pending application.
    await getDb().query(`update accounts set first_statement_on = '2026-06-01' where id = $1`, [a.accountId]);
    const [snap] = await loadSnapshots(getDb().db, [a.accountId], clock.now());
    const viaOutreach = evaluate(escalationQuestion(snap!, { id: 'final-notice', action: 'credit_report', noticeDays: 30, now: clock.now() })) as { reasons: string[] };
    expect(viaOutreach.reasons).toContain('irc_501r6_fap_application_pending');
  });

  it('An application missing proof of income is incomplete: the written request lists it (EN/ES) and the hold stays', async () => {
    const [app] = await getDb().query<{ id: string }>('select id from assistance_applications where person_id = $1', [a.personId]);
    const d = await decideAssistanceApplication({ database: getDb(), gateway, ctx: counselor, applicationId: app!.id });
    expect(d.decision.decision).toBe('incomplete');
    expect(d.refunds).toEqual([]);
    const letter = await buildAssistanceLetter(getDb().db, { tenantId: a.tenantId, applicationId: app!.id, date: '2026-11-23' });
    expect(letter.language).toBe('es');
    expect(letter.bullets.join(' ')).toMatch(/comprobante de ingresos/);
    expect(letter.paragraphs.join(' ')).toMatch(/no tomaremos ninguna acción de cobro/);
    const [hold] = await getDb().query<{ resolved_at: Date | null }>(`select resolved_at from holds where person_id = $1 and type = 'assistance_pending'`, [a.personId]);
    expect(hold!.resolved_at).toBeNull();
  });

  it('Documents are checked and stored with their sha256 in the database', async () => {
    const [app] = await getDb().query<{ id: string }>('select id from assistance_applications where person_id = $1', [a.personId]);
    await expect(addAssistanceDocument({ database: getDb(), ctx: patient, applicationId: app!.id, kind: 'pay_stub', fileName: 'stub.pdf', contentType: 'application/pdf', content: Buffer.from('not a pdf') })).rejects.toMatchObject({ code: 'validation_failed' });
    const r = await addAssistanceDocument({ database: getDb(), ctx: patient, applicationId: app!.id, kind: 'pay_stub', fileName: '../../etc/stub.pdf', contentType: 'application/pdf', content: PDF });
    expect(r.missing).toEqual([]);
    const [doc] = await getDb().query<{ file_name: string; sha256: string; size_bytes: number; content: Uint8Array }>('select file_name, sha256, size_bytes, content from assistance_documents where id = $1', [r.documentId]);
    expect(doc).toMatchObject({ sha256: r.sha256, size_bytes: PDF.length });
    // Stored encrypted: neither the name nor the bytes are readable without the key.
    expect(doc!.file_name).not.toContain('stub');
    expect(Buffer.from(doc!.content).includes(PDF.subarray(0, 5))).toBe(false);
    expect(fieldCipher().decrypt(doc!.file_name)).toBe('stub.pdf');
    expect(fieldCipher().decryptBytes(doc!.content).equals(PDF)).toBe(true);
  });

  it('A file the virus scan flags is refused before anything is stored, and the refusal is audited', async () => {
    const [app] = await getDb().query<{ id: string }>('select id from assistance_applications where person_id = $1', [a.personId]);
    const before = await getDb().query<{ n: number }>('select count(*)::int as n from assistance_documents where application_id = $1', [app!.id]);
    const infected = Buffer.concat([PDF, Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*')]);
    await expect(addAssistanceDocument({ database: getDb(), ctx: patient, applicationId: app!.id, kind: 'pay_stub', fileName: 'stub.pdf', contentType: 'application/pdf', content: infected }))
      .rejects.toMatchObject({ code: 'validation_failed', userMessage: expect.stringMatching(/did not pass our safety check/) });
    const after = await getDb().query<{ n: number }>('select count(*)::int as n from assistance_documents where application_id = $1', [app!.id]);
    expect(after[0]!.n).toBe(before[0]!.n);
    const denied = await getDb().query<{ details: { reason: string } }>(`select details from audit_log where action = 'denied' and record_id = $1`, [app!.id]);
    expect(denied.map((d) => d.details.reason)).toContain('virus_scan');
    // A scanner that cannot answer fails the upload instead of letting the file in unscanned.
    const down = { name: 'down', scan: () => Promise.reject(new Error('clamd unreachable')) };
    await expect(addAssistanceDocument({ database: getDb(), ctx: patient, applicationId: app!.id, kind: 'pay_stub', fileName: 'stub.pdf', contentType: 'application/pdf', content: PDF, scanner: down }))
      .rejects.toMatchObject({ code: 'unavailable' });
  });

  it('Approval lowers the balance per policy, refunds the excess automatically, fits the plan, and lifts the hold', async () => {
    const [app] = await getDb().query<{ id: string }>('select id from assistance_applications where person_id = $1', [a.personId]);
    const paidBefore = -(await ledgerSum(getDb(), a.accountId, 'patient_payment'));
    const d = await decideAssistanceApplication({ database: getDb(), gateway, ctx: counselor, applicationId: app!.id });
    expect(d.decision).toMatchObject({ decision: 'approved', discountPct: 100 });
    const acc = d.adjustment!.accounts.find((x) => x.accountId === a.accountId)!;
    // 100% assistance: nothing is owed, and everything paid comes back.
    expect(acc).toMatchObject({ newResponsibilityCents: 0, newBalanceCents: 0, refundCents: paidBefore });
    expect(d.refunds.reduce((s, r) => s + r.amountCents, 0)).toBe(paidBefore);
    const card = d.refunds.find((r) => r.method === 'gateway')!;
    expect(card).toMatchObject({ status: 'succeeded', amountCents: 5000 });
    // The ledger: balance zero after the adjustment and the refunds.
    expect(await ledgerSum(getDb(), a.accountId)).toBe(0);
    expect(await ledgerSum(getDb(), a.accountId, 'refund')).toBe(paidBefore);
    const [acct] = await getDb().query<{ patient_due_cents: number; status: string }>('select patient_due_cents, status from accounts where id = $1', [a.accountId]);
    expect(acct).toEqual({ patient_due_cents: 0, status: 'paid' });
    const plan = await getAccountPlan(getDb().db, { tenantId: a.tenantId, accountId: a.accountId, includeClosed: true });
    expect(plan).toMatchObject({ status: 'cancelled' });
    expect(plan!.history.at(-1)).toMatchObject({ reason: 'financial_assistance' });
    const [hold] = await getDb().query<{ resolved_at: Date | null }>(`select resolved_at from holds where person_id = $1 and type = 'assistance_pending'`, [a.personId]);
    expect(hold!.resolved_at).not.toBeNull();
    const decision = evaluate(await ecaQuestion('2026-12-01')) as { reasons: string[] };
    expect(decision.reasons).not.toContain('irc_501r6_fap_application_pending');
    // The same decision cannot be made twice (no second adjustment, no second refund).
    await expect(decideAssistanceApplication({ database: getDb(), gateway, ctx: counselor, applicationId: app!.id })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('The decision letter prints in English and Spanish', async () => {
    const [app] = await getDb().query<{ id: string }>('select id from assistance_applications where person_id = $1', [a.personId]);
    for (const language of ['en', 'es'] as const) {
      const letter = await buildAssistanceLetter(getDb().db, { tenantId: a.tenantId, applicationId: app!.id, language, date: '2026-11-23' });
      expect(letter.kind).toBe('approved');
      expect(letter.bullets.join(' ')).toMatch(language === 'en' ? /refund/ : /devolveremos/);
      const pdf = await renderAssistanceLetterPdf(letter);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(1000);
    }
  });
});

it('a denial explains why and how to ask again', () => {
  const t = assistanceLetterText({ kind: 'denied', language: 'en', tenantName: 'Riverbend', date: '2026-11-23', reasons: ['income_above_all_tiers'] });
  expect(t.bullets).toEqual(['Your household income is above the limit in our financial assistance policy.']);
  expect(t.paragraphs.join(' ')).toMatch(/apply again/);
});
