import { beforeAll, expect, it } from 'vitest';
import type { AccessContext } from '../../platform/audit/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import { fieldCipher } from '../../platform/crypto/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { AppError } from '../../platform/errors/index.js';
import { addUser, createTenant } from '../identity/index.js';
import { postLedgerEntries, refreshAccountBalances } from '../ledger/index.js';
import { complianceEvaluator } from '../outreach/index.js';
import { personBlindIndexes } from '../people/index.js';
import { firstContactResolution, getAccount360, listSavedViews, listWorklist, recordOutcome, saveTeam, saveView, settlePromises } from './index.js';

// Tuesday 11:00 in Ohio (16:00 UTC): inside every calling window on the mainland.
const clock = new ManualClock('2026-11-24T16:00:00Z');
const evaluate = complianceEvaluator();

describeDb("an agent's outcomes: the 360 view, promises kept and broken, first-contact resolution", (getDb) => {
  let tenantId: string;
  let ana: AccessContext;
  let ben: AccessContext;

  async function account(id: string, dueCents: number) {
    const cipher = fieldCipher();
    const idx = personBlindIndexes({ givenName: 'Rosa', familyName: `Díaz ${id}` });
    await getDb().query(
      `insert into persons (id, tenant_id, external_ref, given_name, family_name, name_bidx, family_bidx, language, time_zone, state, preferences) values ($1, $2, $3, $4, $5, $6, $7, 'es', 'America/New_York', 'OH', '{"channel":"sms"}'::jsonb)`,
      [`p-${id}`, tenantId, `MRN-${id}`, cipher.encrypt('Rosa'), cipher.encrypt(`Díaz ${id}`), idx.nameBidx, idx.familyBidx],
    );
    await getDb().query(`insert into contact_points (id, tenant_id, person_id, system, value, use, rank, verified) values ($1, $2, $3, 'phone', $4, 'mobile', 1, true)`, [`c-${id}`, tenantId, `p-${id}`, cipher.encrypt('+16145550199')]);
    await getDb().query(`insert into accounts (id, tenant_id, person_id, external_ref, status, service_date, due_on, first_statement_on) values ($1, $2, $3, $4, 'patient_due', '2026-08-01', '2026-10-01', '2026-09-01')`, [id, tenantId, `p-${id}`, `ACC-${id}`]);
    const e = (n: string, kind: string, amountCents: number, bucket: 'insurance' | 'patient', memo: string | null = null) => ({ id: `${id}-${n}`, tenantId, accountId: id, kind: kind as never, amountCents, bucket, effectiveOn: '2026-09-01', postedAt: new Date('2026-09-01T12:00:00Z'), source: 'x12:835', sourceRef: `${id}-${n}`, memo });
    await postLedgerEntries(getDb().db, [
      e('c', 'charge', 100_000, 'insurance'),
      e('p', 'insurer_payment', -60_000, 'insurance', 'Buckeye Health Plan'),
      e('a', 'contractual_adjustment', -(40_000 - dueCents), 'insurance'),
      e('r1', 'patient_responsibility', -dueCents, 'insurance', 'deductible'),
      e('r2', 'patient_responsibility', dueCents, 'patient', 'deductible'),
    ]);
    await refreshAccountBalances(getDb().db, tenantId, [id]);
  }
  async function pay(id: string, cents: number, on: string) {
    await postLedgerEntries(getDb().db, [{ id: `${id}-pay-${on}`, tenantId, accountId: id, kind: 'patient_payment', amountCents: -cents, bucket: 'patient', effectiveOn: on, postedAt: new Date(`${on}T15:00:00Z`), source: 'test', sourceRef: `${id}-pay-${on}`, memo: null }]);
    await refreshAccountBalances(getDb().db, tenantId, [id]);
  }
  const at = (iso: string) => clock.set(new Date(iso));
  const started = () => new Date(clock.now().getTime() - 240_000);

  beforeAll(async () => {
    ({ tenantId } = await createTenant(getDb().db, { slug: 'outcomes', name: 'Lakeside Hospital', kind: 'provider' }));
    const q = getDb().db;
    const a = await addUser({ q, clock, tenantSlug: 'outcomes', email: 'ana@lakeside.example', roles: ['collections_coordinator'], displayName: 'Ana Agent', password: 'a-long-enough-password', publicUrl: 'http://x' });
    const b = await addUser({ q, clock, tenantSlug: 'outcomes', email: 'ben@lakeside.example', roles: ['collections_coordinator'], displayName: 'Ben Agent', password: 'a-long-enough-password', publicUrl: 'http://x' });
    ana = { tenantId, actor: { kind: 'user', id: a.id, roles: ['collections_coordinator'] }, purpose: 'collections', clock };
    ben = { tenantId, actor: { kind: 'user', id: b.id, roles: ['collections_coordinator'] }, purpose: 'collections', clock };
    for (const id of ['a1', 'a2', 'a3', 'a4']) await account(id, 30_000);
  });

  it('shows the whole account in one read: why the rest is the patient\'s, and every call counted against the cap', async () => {
    at('2026-11-24T16:00:00Z');
    const before = await getAccount360(getDb(), ana, 'a1');
    expect(before.person?.givenName).toBe('Rosa');
    expect(before.person?.preferredChannel).toBe('sms');
    expect(before.callNow.allowed).toBe(true);
    expect(before.visits[0]!.accountId).toBe('a1');
    expect(before.visits[0]!.explanation.join(' ')).toMatch(/Buckeye Health Plan paid \$600\.00/);
    expect(before.visits[0]!.explanation.join(' ')).toMatch(/deductible/i);

    const r = await recordOutcome(getDb(), ana, { accountId: 'a1', disposition: 'no_answer', startedAt: started(), called: true, evaluate });
    expect(r.call?.allowed).toBe(true);
    expect(r.handleSeconds).toBe(240);
    const after = await getAccount360(getDb(), ana, 'a1');
    const calls = after.communications.filter((c) => c.channel === 'call');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ direction: 'outbound', status: 'sent', outcome: 'no_answer' });
    expect(after.outcomes[0]).toMatchObject({ disposition: 'no_answer', label: 'No answer', agent: 'Ana Agent' });
  });

  it('refuses a promise without a date, a promise above the balance, and an unknown disposition, naming the field', async () => {
    const fail = async (o: Partial<Parameters<typeof recordOutcome>[2]>) => {
      try {
        await recordOutcome(getDb(), ana, { accountId: 'a2', disposition: 'reached_promise', startedAt: started(), called: false, evaluate, ...o });
      } catch (e) {
        return (e as AppError).issues?.map((i) => i.path);
      }
      return 'saved';
    };
    expect(await fail({})).toEqual(['promise']);
    expect(await fail({ promise: { amountCents: 30_001, dueOn: '2026-12-01' } })).toEqual(['promise.amountCents']);
    expect(await fail({ disposition: 'made_up' })).toEqual(['disposition']);
  });

  it('marks a promise kept when the money arrives by the date, and a broken one lifts the account with a follow-up task', async () => {
    at('2026-11-24T16:00:00Z');
    await recordOutcome(getDb(), ana, { accountId: 'a2', disposition: 'reached_promise', note: 'Pays Friday after payday', startedAt: started(), called: true, promise: { amountCents: 10_000, dueOn: '2026-11-27' }, evaluate });
    await recordOutcome(getDb(), ben, { accountId: 'a3', disposition: 'reached_promise', startedAt: started(), called: true, promise: { amountCents: 10_000, dueOn: '2026-11-27' }, evaluate });
    // Nothing is settled before the date while nothing is paid.
    expect(await settlePromises(getDb(), { tenantId, now: new Date('2026-11-26T12:00:00Z') })).toEqual({ kept: 0, broken: 0 });
    await pay('a2', 10_000, '2026-11-27');
    // The day after the date: a2 paid on the last day (kept); a3 did not (broken).
    expect(await settlePromises(getDb(), { tenantId, now: new Date('2026-11-28T12:00:00Z') })).toEqual({ kept: 1, broken: 1 });
    expect(await settlePromises(getDb(), { tenantId, now: new Date('2026-11-29T12:00:00Z') })).toEqual({ kept: 0, broken: 0 });
    at('2026-11-28T16:00:00Z');
    const a2 = await getAccount360(getDb(), ana, 'a2');
    expect(a2.outcomes[0]!.promise).toMatchObject({ status: 'kept', amountCents: 10_000 });
    expect(a2.outcomes[0]!.note).toBe('Pays Friday after payday');
    // The note is encrypted at rest.
    const [raw] = await getDb().query<{ note: string }>(`select note from account_outcomes where account_id = 'a2'`);
    expect(raw!.note).not.toContain('payday');
    const a3 = await getAccount360(getDb(), ben, 'a3');
    expect(a3.outcomes[0]!.promise?.status).toBe('broken');
    expect(a3.tasks.find((t) => t.kind === 'promise_followup')).toMatchObject({ status: 'open', reason: 'promise_broken', assignedTo: ben.actor.id });
    const top = (await listWorklist(getDb().db, ben, { limit: 1 })).items[0]!;
    expect(top.accountId).toBe('a3');
    expect(top.signals).toContain('promise_followup');
    // Ben's team queue holds it; Ana's own queue does not.
    const team = await saveTeam(getDb().db, ana, { name: 'Day shift', memberIds: [ben.actor.id] });
    expect((await listWorklist(getDb().db, ana, { assigned: `team:${team.id}` })).items.map((i) => i.accountId)).toEqual(['a3']);
    expect((await listWorklist(getDb().db, ana, { assigned: 'me' })).items).toEqual([]);
  });

  it('counts first-contact resolution per agent and team: a resolved call with no call back within 7 days', async () => {
    // a4: Ben reaches the patient, sets a plan up; nobody needs to call again within the week: resolved first time.
    at('2026-12-01T16:00:00Z');
    await recordOutcome(getDb(), ben, { accountId: 'a4', disposition: 'reached_plan', startedAt: started(), called: true, evaluate });
    // a1: Ana answers a question (not resolving); the patient calls back two days later (Reg F allows
    // no call from us within 7 days of a conversation) and Ana starts an assistance application.
    await recordOutcome(getDb(), ana, { accountId: 'a1', disposition: 'reached_other', startedAt: started(), called: true, evaluate });
    at('2026-12-03T16:00:00Z');
    await recordOutcome(getDb(), ana, { accountId: 'a1', disposition: 'reached_assistance', startedAt: new Date('2026-12-03T15:50:00Z'), called: false, evaluate });
    const r = await firstContactResolution(getDb().db, ana, { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2026-12-08T00:00:00Z') });
    const by = Object.fromEntries(r.agents.map((a) => [a.name, a]));
    expect(by['Ben Agent']).toMatchObject({ firstContacts: 1, resolvedFirstTime: 1, rate: 1, outcomes: 1, avgHandleSeconds: 240 });
    // The second call on a1 came within the week of the first: part of the same issue, not a new first contact.
    expect(by['Ana Agent']).toMatchObject({ firstContacts: 1, resolvedFirstTime: 0, rate: 0, outcomes: 2, avgHandleSeconds: 420, medianHandleSeconds: 420 });
    // And a call to a1 now is refused, saving nothing.
    await expect(recordOutcome(getDb(), ana, { accountId: 'a1', disposition: 'no_answer', startedAt: started(), called: true, evaluate })).rejects.toThrow(/policy_conversation_7day/);
    expect(r.total).toMatchObject({ firstContacts: 2, resolvedFirstTime: 1, rate: 0.5 });
    expect(r.teams.find((t) => t.name === 'Day shift')).toMatchObject({ members: 1, firstContacts: 1, resolvedFirstTime: 1 });
  });

  it('keeps each user\'s saved views to themselves', async () => {
    await saveView(getDb().db, ana, { name: 'Spanish, over $200', filters: { language: 'es', minBalanceCents: 20_000 } });
    await saveView(getDb().db, ana, { name: 'Spanish, over $200', filters: { language: 'es', minBalanceCents: 25_000 } });
    expect(await listSavedViews(getDb().db, ana)).toMatchObject([{ name: 'Spanish, over $200', filters: { language: 'es', minBalanceCents: 25_000 } }]);
    expect(await listSavedViews(getDb().db, ben)).toEqual([]);
  });
});
