import { beforeAll, expect, it } from 'vitest';
import { decryptContactValue } from '../../src/modules/people/index.js';
import { ManualClock } from '../../src/platform/clock/index.js';
import { describeDb } from '../../src/platform/db/testing.js';
import { seedDemoTenant } from '../../src/modules/simulation/index.js';
import { twilioSignature } from '../../src/modules/outreach/index.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';

const TWILIO_TOKEN = 'test-twilio-auth-token';
async function signedForm(path: string, fields: Record<string, string>) {
  return {
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': await twilioSignature(TWILIO_TOKEN, `http://localhost:3000${path}`, fields) },
    payload: new URLSearchParams(fields).toString(),
  };
}

// A Monday morning in the demo tenant: inside every calling window.
const NOW = '2026-03-02T15:00:00Z';

describeDb('inbound texts: carrier keywords apply at once, critical intents in free text are proposals', (getDb) => {
  let t: TestApp;
  let coordinator: string;
  let people: Array<{ person_id: string; phone: string; account_id: string }>;
  beforeAll(async () => {
    const database = getDb();
    await seedDemoTenant(database.db, new ManualClock(NOW));
    t = await createTestApp(database, { now: NOW, sms: { authToken: TWILIO_TOKEN } });
    coordinator = await t.signIn('coordinator@riverbend.example');
    const found = await database.query<{ person_id: string; value: string; account_id: string }>(
      `select distinct on (cp.person_id) cp.person_id, cp.value, a.id as account_id
       from contact_points cp join consents c on c.person_id = cp.person_id and c.channel = 'sms'
       join accounts a on a.person_id = cp.person_id and a.patient_due_cents > 0
       where cp.system = 'phone' and cp.use = 'mobile'
         and not exists (select 1 from holds h where h.person_id = cp.person_id)
       order by cp.person_id, a.patient_due_cents desc limit 5`,
    );
    // One phone number may be shared by a household; keep people whose number is theirs alone.
    const phones = found.map((p) => decryptContactValue(p.value));
    people = found.map((p, i) => ({ person_id: p.person_id, account_id: p.account_id, phone: phones[i]! })).filter((p, i) => phones.indexOf(p.phone) === i);
    expect(people.length).toBeGreaterThanOrEqual(4);
  });

  const text = async (from: string, body: string, sid: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/inbound/sms', ...(await signedForm('/api/v1/outreach/inbound/sms', { From: from, To: '+15005550006', Body: body, MessageSid: sid })) });
    expect(res.statusCode).toBe(200);
  };
  const holdsOf = (personId: string) => getDb().query<{ type: string; created_by: string; resolved_at: Date | null; id: string }>('select id, type, created_by, resolved_at from holds where person_id = $1 order by since, id', [personId]);
  const reviewsOf = (personId: string) =>
    getDb().query<{ id: string; intent: string; status: string; communication_id: string | null; pause_hold_id: string; task_id: string }>(
      'select id, intent, status, communication_id, pause_hold_id, task_id from intent_reviews where person_id = $1 order by created_at, id',
      [personId],
    );
  const callCheck = async (accountId: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${accountId}/contact-check?channel=call`, headers: { cookie: coordinator } })).json() as { allowed: boolean; reasons: string[] };

  it('"I have a lawyer now" in a text pauses outreach at once and opens a review; nothing is final until a person confirms', async () => {
    const p = people[0]!;
    expect((await callCheck(p.account_id)).allowed).toBe(true);
    await text(p.phone, 'I have a lawyer now, please talk to them from now on', 'SMprop1');

    const [review] = await reviewsOf(p.person_id);
    expect(review).toMatchObject({ intent: 'attorney', status: 'proposed' });
    const [inbound] = await getDb().query<{ id: string }>(`select id from communications where person_id = $1 and direction = 'inbound'`, [p.person_id]);
    expect(review!.communication_id).toBe(inbound!.id);
    // The pause is the proposal's own hold, not the final hold a reply used to place.
    expect(await holdsOf(p.person_id)).toEqual([{ id: review!.pause_hold_id, type: 'attorney', created_by: 'intent_review', resolved_at: null }]);
    expect((await callCheck(p.account_id)).allowed).toBe(false);
    // The team's review task (nobody in particular was talking to them), and no automatic answer.
    const [task] = await getDb().query<{ kind: string; status: string; assigned_to: string | null }>('select kind, status, assigned_to from agent_tasks where id = $1', [review!.task_id]);
    expect(task).toEqual({ kind: 'review_intent', status: 'open', assigned_to: null });
    const answers = await getDb().query(`select id from communications where person_id = $1 and direction = 'outbound' and purpose in ('reply_to_consumer', 'opt_out_confirmation')`, [p.person_id]);
    expect(answers).toEqual([]);
    // The text joins the person's inbound thread, encrypted, with its analysis: the reviewer sees the words.
    const thread = (await t.app.inject({ method: 'GET', url: `/api/v1/persons/${p.person_id}/conversations`, headers: { cookie: coordinator } })).json().items as Array<{ id: string; channel: string }>;
    expect(thread.map((c) => c.channel)).toEqual(['sms']);
    const [stored] = await getDb().query<{ text: string }>('select text from conversation_utterances where conversation_id = $1', [thread[0]!.id]);
    expect(stored!.text).not.toContain('lawyer');

    // The provider retries the same message: nothing new.
    await text(p.phone, 'I have a lawyer now, please talk to them from now on', 'SMprop1');
    expect(await reviewsOf(p.person_id)).toHaveLength(1);

    const decided = await t.app.inject({ method: 'POST', url: `/api/v1/intent-reviews/${review!.id}/decision`, headers: { cookie: coordinator }, payload: { decision: 'confirm' } });
    expect(decided.statusCode).toBe(200);
    expect(await holdsOf(p.person_id)).toMatchObject([{ type: 'attorney', resolved_at: null }]);
    expect((await callCheck(p.account_id)).reasons).toContain('attorney_represented');
    const [label] = await getDb().query<{ intent: string; present: boolean }>('select intent, present from intent_labels where review_id = $1', [review!.id]);
    expect(label).toEqual({ intent: 'attorney', present: true });
  });

  it('a mention in a text proposes nothing; a dismissed proposal lifts the pause and is kept as a labeled example', async () => {
    const p = people[1]!;
    await text(p.phone, "I'm not filing for bankruptcy, I just need more time", 'SMprop2');
    expect(await reviewsOf(p.person_id)).toEqual([]);
    expect(await holdsOf(p.person_id)).toEqual([]);

    // Read as a filing (a person learns it was about an old, discharged case): dismissing lifts the pause at once.
    await text(p.phone, 'I filed for bankruptcy, chapter 7', 'SMprop3');
    const [r] = await reviewsOf(p.person_id);
    expect(r).toMatchObject({ intent: 'bankruptcy', status: 'proposed' });
    expect((await callCheck(p.account_id)).allowed).toBe(false);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/intent-reviews/${r!.id}/decision`, headers: { cookie: coordinator }, payload: { decision: 'dismiss' } })).statusCode).toBe(200);
    expect((await holdsOf(p.person_id)).map((h) => h.resolved_at !== null)).toEqual([true]);
    const [label] = await getDb().query<{ present: boolean }>('select present from intent_labels where review_id = $1', [r!.id]);
    expect(label!.present).toBe(false);
    expect((await callCheck(p.account_id)).allowed).toBe(true);
  });

  it('a dispute in a text is a proposal; confirmed, it becomes a dispute on the pause hold', async () => {
    const p = people[2]!;
    await text(p.phone, "I don't owe this, that charge is wrong and I dispute it", 'SMprop4');
    const [review] = await reviewsOf(p.person_id);
    expect(review).toMatchObject({ intent: 'dispute', status: 'proposed' });
    expect(await getDb().query('select id from disputes where person_id = $1', [p.person_id])).toEqual([]);
    const decided = await t.app.inject({ method: 'POST', url: `/api/v1/intent-reviews/${review!.id}/decision`, headers: { cookie: coordinator }, payload: { decision: 'confirm' } });
    expect(decided.statusCode).toBe(200);
    const disputes = await getDb().query<{ source: string; hold_id: string | null; account_id: string }>('select source, hold_id, account_id from disputes where person_id = $1', [p.person_id]);
    expect(disputes).toHaveLength(1);
    expect(disputes[0]).toMatchObject({ source: 'reply', hold_id: review!.pause_hold_id });
  });

  it('STOP is still applied at once: an SMS opt-out, no review', async () => {
    const p = people[3]!;
    await text(p.phone, 'STOP', 'SMprop5');
    const revs = await getDb().query<{ channel: string; means: string }>('select channel, means from revocations where person_id = $1', [p.person_id]);
    expect(revs).toEqual([{ channel: 'sms', means: 'sms_reply' }]);
    expect(await reviewsOf(p.person_id)).toEqual([]);
  });
});
