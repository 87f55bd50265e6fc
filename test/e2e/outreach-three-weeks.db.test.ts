import { expect, it } from 'vitest';
import { decryptContactValue } from '../../src/modules/people/index.js';
import { ManualClock } from '../../src/platform/clock/index.js';
import { describeDb } from '../../src/platform/db/testing.js';
import type { Database } from '../../src/platform/db/index.js';
import { stableId } from '../../src/platform/ids/index.js';
import { findClinicalTerms, hasOptOutNotice } from '../../src/modules/compliance/index.js';
import { postLedgerEntries, refreshAccountBalances } from '../../src/modules/ledger/index.js';
import { createServicedPlan, paymentPlans, planInstallments } from '../../src/modules/plans/index.js';
import { publishAccountChanged } from '../../src/platform/events/index.js';
import { seedDemoTenant } from '../../src/modules/simulation/index.js';
import {
  exportCommunications,
  handleInboundReply,
  loadOutreachConfig,
  runSimulatedCycle,
  type ExportedCommunication,
} from '../../src/modules/outreach/index.js';
import { lazyEvaluate, simulationChannels } from '../../src/server/delivery.js';

// Three simulated weeks of the demo tenant, hour by hour, with four people whose stories play out
// on the way; then the exported log is checked independently of the code that produced it.
const START = '2026-03-02T05:00:00Z';
const END = '2026-03-23T05:00:00Z';
const HOUR = 3_600_000;
const at = (day: number, utcHour: number) => new Date(Date.parse(START) + day * 86_400_000 + (utcHour - 5) * HOUR);

interface Person {
  person_id: string;
  account_id: string;
  phone: string | null;
  tenant_id: string;
  patient_due_cents: number;
}

/** Local wall-clock minutes of an instant in a zone, computed with Intl (not the code under test). */
function localMinutes(iso: string, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const h = Number(parts.find((p) => p.type === 'hour')!.value);
  const m = Number(parts.find((p) => p.type === 'minute')!.value);
  return h * 60 + m;
}

async function pickPeople(database: Database): Promise<{ payer: Person; planner: Person; assisted: Person; stopper: Person }> {
  // Single-account people who owe after adjudication, reachable by email and by text (with consent).
  const candidates = await database.query<Person>(`
    select a.person_id, a.id as account_id, a.tenant_id, a.patient_due_cents,
      (select value from contact_points where person_id = a.person_id and system = 'phone' and use = 'mobile' limit 1) as phone
    from accounts a
    where a.patient_due_cents > 0 and a.insurance_pending_cents = 0 and a.due_on is not null
      and (select count(*) from accounts b where b.person_id = a.person_id) = 1
      and exists (select 1 from contact_points c where c.person_id = a.person_id and c.system = 'email')
      and exists (select 1 from contact_points c where c.person_id = a.person_id and c.system = 'phone' and c.use = 'mobile')
      and exists (select 1 from consents c where c.person_id = a.person_id and c.channel = 'sms')
    order by a.id`);
  for (const c of candidates) c.phone = decryptContactValue(c.phone);
  expect(candidates.length).toBeGreaterThanOrEqual(4);
  const [payer, planner, assisted, stopper] = candidates as [Person, Person, Person, Person];
  return { payer, planner, assisted, stopper };
}

describeDb('three simulated weeks of outreach for the demo tenant', (getDb) => {
  const log: ExportedCommunication[] = [];
  let people: Awaited<ReturnType<typeof pickPeople>>;
  const events: Record<string, Date> = {};

  it('runs hourly passes for 21 days while four people pay, ask for a plan, apply for assistance and say STOP', async () => {
    const database = getDb();
    await seedDemoTenant(database.db, new ManualClock(START));
    people = await pickPeople(database);
    const config = loadOutreachConfig();
    const replyDeps = { config, evaluate: lazyEvaluate, publicUrl: 'http://localhost:3000' };
    const reply = (p: Person, body: string, now: Date) => handleInboundReply(database, { channel: 'sms', from: p.phone!, body, receivedAt: now }, replyDeps);
    const script: Array<[Date, string, (now: Date) => Promise<void>]> = [
      [at(1, 17), 'stop', async (now) => void (await reply(people.stopper, 'STOP', now))],
      [at(2, 15), 'planAsked', async (now) => void (await reply(people.planner, 'Can I set up a payment plan? I could pay a little each month.', now))],
      [at(2, 16), 'assistanceAsked', async (now) => void (await reply(people.assisted, 'I lost my job. Can I apply for financial assistance?', now))],
      [
        at(3, 18),
        'paid',
        async (now) => {
          const p = people.payer;
          await postLedgerEntries(database.db, [
            { id: stableId('entry', p.account_id, 'story-pay'), tenantId: p.tenant_id, accountId: p.account_id, kind: 'patient_payment', amountCents: -p.patient_due_cents, bucket: 'patient', effectiveOn: now.toISOString().slice(0, 10), postedAt: now, source: 'test', sourceRef: 'story-pay' },
          ]);
          await refreshAccountBalances(database.db, p.tenant_id, [p.account_id]);
          await publishAccountChanged(database.db, { tenantId: p.tenant_id, accountIds: [p.account_id], reason: 'payment_settled', at: now });
        },
      ],
      [
        at(4, 14),
        'assistanceApplied',
        async (now) => {
          const p = people.assisted;
          await database.query(`insert into holds (id, tenant_id, person_id, account_id, type, since, reason) values ($1, $2, $3, $4, 'assistance_pending', $5, 'application received')`, [
            stableId('hold', p.account_id, 'fap'), p.tenant_id, p.person_id, p.account_id, now,
          ]);
          await publishAccountChanged(database.db, { tenantId: p.tenant_id, accountIds: [p.account_id], reason: 'assistance_submitted', at: now });
        },
      ],
      [
        at(5, 16),
        'planAccepted',
        async (now) => {
          const p = people.planner;
          const due = (d: number) => at(d, 12).toISOString().slice(0, 10);
          const monthly = Math.ceil(p.patient_due_cents / 6);
          await database.query(`update accounts set status = 'plan' where id = $1`, [p.account_id]);
          // The plan as the plans module stores an accepted one, with a schedule that puts the
          // first installment inside the three weeks; then the plans module's event.
          const plan = createServicedPlan({
            id: stableId('plan', p.account_id),
            option: { anchorDay: Number(due(9).slice(8, 10)), schedule: [0, 1, 2, 3, 4, 5].map((k) => ({ dueOn: due(9 + 30 * k), amountCents: k < 5 ? monthly : p.patient_due_cents - 5 * monthly })) },
            timeZone: 'America/Chicago',
            at: now,
          });
          await database.db.transaction(async (tx) => {
            await tx.insert(paymentPlans).values({
              id: plan.id, tenantId: p.tenant_id, accountId: p.account_id, personId: p.person_id, status: 'active', timeZone: plan.timeZone, anchorDay: plan.anchorDay,
              totalCents: p.patient_due_cents, remainingCents: p.patient_due_cents, monthlyPaymentCents: monthly, nextDueOn: due(9), state: plan,
              source: 'staff', createdBy: 'test', createdAt: now, updatedAt: now,
            });
            await tx.insert(planInstallments).values(plan.installments.map((i) => ({ planId: plan.id, seq: i.seq, tenantId: p.tenant_id, dueOn: i.dueOn, amountCents: i.amountCents, paidCents: 0 })));
            await publishAccountChanged(tx, { tenantId: p.tenant_id, accountIds: [p.account_id], reason: 'plan_changed', at: now });
          });
        },
      ],
    ];
    const summary = await runSimulatedCycle({
      database,
      from: new Date(START),
      until: new Date(END),
      everyMs: HOUR,
      publicUrl: 'http://localhost:3000',
      channels: simulationChannels(),
      evaluate: lazyEvaluate,
      config,
      beforePass: async (now) => {
        for (const [when, name, run] of script) {
          if (when.getTime() === now.getTime()) {
            events[name] = now;
            await run(now);
          }
        }
      },
    });
    expect(summary.passes).toBe(21 * 24 + 1);
    expect(Object.keys(events).sort()).toEqual(['assistanceApplied', 'assistanceAsked', 'paid', 'planAccepted', 'planAsked', 'stop']);
    expect(Object.values(summary.sent).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    for await (const line of exportCommunications(database)) log.push(line);
    expect(log.length).toBeGreaterThan(100);
  });

  const contacts = () => log.filter((c) => c.direction === 'outbound' && (c.status === 'sent' || c.status === 'delivered'));
  const isCollection = (c: ExportedCommunication) => c.purpose === 'collection' || c.purpose === 'required_notice';

  it('sent every contact between 08:00 and 21:00 in every time zone of the person', () => {
    const outside = contacts().filter((c) => c.channel !== 'letter' && c.consumerTimeZones.some((z) => localMinutes(c.at, z) < 8 * 60 || localMinutes(c.at, z) > 21 * 60));
    expect(contacts().length).toBeGreaterThan(100);
    expect(outside).toEqual([]);
  });

  it('never placed more than 7 calls to a person in 7 days', () => {
    const calls = contacts().filter((c) => c.channel === 'call');
    const byPerson = new Map<string, number[]>();
    for (const c of calls) byPerson.set(c.personId, [...(byPerson.get(c.personId) ?? []), Date.parse(c.at)]);
    for (const times of byPerson.values()) {
      times.sort((a, b) => a - b);
      for (let i = 0; i < times.length; i++) {
        const within = times.filter((t) => t >= times[i]! && t < times[i]! + 7 * 86_400_000).length;
        expect(within).toBeLessThanOrEqual(7);
      }
    }
  });

  it('sent nothing to opted-out or held people beyond the one confirmation, and nothing while insurance was pending', async () => {
    const database = getDb();
    const revocations = await database.query<{ person_id: string; channel: string; received_at: Date }>('select person_id, channel, received_at from revocations');
    expect(revocations.length).toBeGreaterThan(0);
    for (const r of revocations) {
      const after = contacts().filter((c) => c.personId === r.person_id && (r.channel === 'all' || c.channel === r.channel) && Date.parse(c.at) >= new Date(r.received_at).getTime());
      expect(after.filter((c) => c.purpose !== 'opt_out_confirmation')).toEqual([]);
      expect(after.length).toBeLessThanOrEqual(1);
    }
    const holds = await database.query<{ person_id: string; account_id: string | null; since: Date }>('select person_id, account_id, since from holds');
    expect(holds.length).toBeGreaterThan(0);
    for (const h of holds) {
      const after = contacts().filter((c) => c.personId === h.person_id && (!h.account_id || c.accountId === h.account_id) && isCollection(c) && Date.parse(c.at) >= new Date(h.since).getTime());
      expect(after).toEqual([]);
    }
    const pending = await database.query<{ id: string }>('select id from accounts where insurance_pending_cents > 0');
    expect(pending.length).toBeGreaterThan(0);
    const pendingIds = new Set(pending.map((p) => p.id));
    expect(contacts().filter((c) => c.accountId && pendingIds.has(c.accountId) && isCollection(c))).toEqual([]);
  });

  it('kept clinical detail out of texts, emails and voicemails and put an opt-out in every electronic message', () => {
    const electronic = contacts().filter((c) => c.channel === 'sms' || c.channel === 'email');
    expect(electronic.length).toBeGreaterThan(20);
    for (const c of electronic) {
      expect(hasOptOutNotice(`${c.subject ?? ''}\n${c.body}`)).toBe(true);
      expect(findClinicalTerms(`${c.subject ?? ''}\n${c.body}`)).toEqual([]);
    }
    for (const c of contacts().filter((x) => x.channel === 'call')) {
      const voicemail = (c.body ?? '').split('Voicemail (limited content):')[1] ?? '';
      expect(findClinicalTerms(voicemail)).toEqual([]);
    }
  });

  it('stops reminding the patient who paid and thanks them, then asks how we did', () => {
    const mine = contacts().filter((c) => c.accountId === people.payer.account_id);
    const paidAt = events.paid!.getTime();
    expect(mine.filter((c) => isCollection(c) && Date.parse(c.at) >= paidAt)).toEqual([]);
    const thanks = mine.filter((c) => c.step === 'thank-you');
    expect(thanks).toHaveLength(1);
    expect(Date.parse(thanks[0]!.at)).toBeGreaterThanOrEqual(paidAt);
    expect(mine.filter((c) => c.step === 'csat-survey')).toHaveLength(1);
  });

  it('answers the patient who asks for a plan, then reminds before each installment and checks in kindly after a miss', () => {
    const mine = contacts().filter((c) => c.personId === people.planner.person_id);
    expect(mine.some((c) => c.step === 'reply:wants_plan' && c.channel === 'sms')).toBe(true);
    const reminder = mine.find((c) => c.step === 'installment-reminder');
    const care = mine.find((c) => c.step === 'missed-installment-care');
    expect(reminder).toBeDefined();
    expect(care).toBeDefined();
    const firstDue = Date.parse(`${at(9, 12).toISOString().slice(0, 10)}T00:00:00Z`);
    expect(Date.parse(reminder!.at)).toBeLessThan(firstDue + 86_400_000);
    expect(Date.parse(care!.at)).toBeGreaterThan(firstDue + 86_400_000);
    // While the plan is in good standing the past-due journey is paused for this account.
    expect(mine.filter((c) => c.journey?.startsWith('self-pay-standard') && Date.parse(c.at) >= events.planAccepted!.getTime())).toEqual([]);
  });

  it('offers assistance to the patient who asks and pauses collection while the application is reviewed', () => {
    const mine = contacts().filter((c) => c.personId === people.assisted.person_id);
    expect(mine.some((c) => c.step === 'reply:wants_assistance' || c.step === 'reply:hardship')).toBe(true);
    expect(mine.filter((c) => isCollection(c) && Date.parse(c.at) >= events.assistanceApplied!.getTime())).toEqual([]);
  });

  it('confirms a STOP once and never texts that person again', () => {
    const texts = contacts().filter((c) => c.personId === people.stopper.person_id && c.channel === 'sms' && Date.parse(c.at) >= events.stop!.getTime());
    expect(texts).toHaveLength(1);
    expect(texts[0]!.purpose).toBe('opt_out_confirmation');
    const inbound = log.filter((c) => c.personId === people.stopper.person_id && c.direction === 'inbound');
    expect(inbound.map((c) => c.body)).toEqual(['STOP']);
  });
});
