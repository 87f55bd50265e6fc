import { beforeAll, expect, it } from 'vitest';
import type { AccessContext } from '../../platform/audit/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { reviewedExamples } from '../conversations/index.js';
import { addUtterance, checkContact, decideIntentReview, exportIntentLabels, getConversation, listConversationReviews, listConversations, listIntentReviews, startConversation } from './index.js';

// Tuesday 11:00 in Ohio: inside every calling window, so only holds and opt-outs can block a call.
const clock = new ManualClock('2026-11-24T16:00:00Z');

describeDb('what a patient says in a live conversation: proposals a person confirms or dismisses', (getDb) => {
  let ctx: AccessContext;
  let tenantId: string;

  async function person(id: string) {
    await getDb().query(
      `insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone, state)
       values ($1, $2, $1, 'Ana', 'Rivera', 'en', 'America/New_York', 'OH')`,
      [id, tenantId],
    );
    await getDb().query(`insert into contact_points (id, tenant_id, person_id, system, value, use, rank, verified) values ($1, $2, $3, 'phone', '+16145550100', 'mobile', 1, true)`, [`${id}-phone`, tenantId, id]);
    await getDb().query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
       values ($1, $2, $3, $1, 'patient_due', date '2026-11-01', date '2026-10-01', 42000, 42000, 90000)`,
      [`${id}-acct`, tenantId, id],
    );
    return { personId: id, accountId: `${id}-acct` };
  }
  const callBlockedBy = async (accountId: string) => (await checkContact(getDb().db, ctx, accountId, 'call')).reasons;

  beforeAll(async () => {
    ({ tenantId } = await createTenant(getDb().db, { slug: 'convo-reviews', name: 'Lakeside Hospital', kind: 'provider' }));
    ctx = { tenantId, actor: { kind: 'user', id: 'coordinator-1', roles: ['collections_coordinator'] }, purpose: 'collections', clock };
  });

  it('a mention is not a proposal; representation is, it pauses calls at once, and confirming keeps the hold', async () => {
    const { personId, accountId } = await person('p-attorney');
    expect(await callBlockedBy(accountId)).not.toContain('attorney_represented');
    const conv = await startConversation(getDb().db, ctx, { personId, accountId, channel: 'chat' });

    const mention = await addUtterance(getDb().db, ctx, conv.id, { speaker: 'patient', text: "I'm not saying I'll get a lawyer, I just want the itemized bill" });
    expect(mention.analysis!.intents.map((i) => i.intent)).not.toContain('attorney');
    expect(mention.proposals).toEqual([]);
    expect(await callBlockedBy(accountId)).not.toContain('attorney_represented');

    const said = await addUtterance(getDb().db, ctx, conv.id, { speaker: 'patient', text: 'I have an attorney now, talk to them' });
    expect(said.proposals).toHaveLength(1);
    const proposal = said.proposals[0]!;
    expect(proposal).toMatchObject({ intent: 'attorney', status: 'proposed' });
    expect(proposal.evidence.join(' ')).toMatch(/attorney/i);
    expect(proposal.probability).toBeGreaterThan(0);
    expect(proposal.confirmationLine).toMatch(/attorney .*Is that right\?/);
    // Paused at once: the safe side of the law while a person checks.
    expect(await callBlockedBy(accountId)).toContain('attorney_represented');
    const [task] = await getDb().query<{ kind: string; status: string; assigned_to: string; detail: { reviewId: string } }>(`select kind, status, assigned_to, detail from agent_tasks where tenant_id = $1 and person_id = $2`, [tenantId, personId]);
    expect(task).toMatchObject({ kind: 'review_intent', status: 'open', assigned_to: 'coordinator-1' });
    expect(task!.detail.reviewId).toBe(proposal.id);

    // Saying it again does not open a second review.
    const again = await addUtterance(getDb().db, ctx, conv.id, { speaker: 'patient', text: 'My attorney will call you.' });
    expect(again.applied).toContainEqual({ intent: 'attorney', kind: 'proposal', detail: proposal.id });
    expect((await listIntentReviews(getDb().db, ctx, { personId })).filter((r) => r.intent === 'attorney')).toHaveLength(1);

    clock.advance(60_000);
    const confirmed = await decideIntentReview(getDb().db, ctx, { reviewId: proposal.id, decision: 'confirm' });
    expect(confirmed).toMatchObject({ status: 'confirmed', decidedBy: 'coordinator-1' });
    expect(await callBlockedBy(accountId)).toContain('attorney_represented');
    const [hold] = await getDb().query<{ resolved_at: Date | null; reason: string }>(`select resolved_at, reason from holds where tenant_id = $1 and person_id = $2 and type = 'attorney'`, [tenantId, personId]);
    expect(hold!.resolved_at).toBeNull();
    expect(hold!.reason).toMatch(/^Confirmed/);
    const [label] = await getDb().query<{ intent: string; present: boolean }>(`select intent, present from intent_labels where review_id = $1`, [proposal.id]);
    expect(label).toEqual({ intent: 'attorney', present: true });
    const audits = await getDb().query<{ details: { status: string } }>(`select details from audit_log where tenant_id = $1 and record_type = 'intent_review' and record_id = $2 order by at`, [tenantId, proposal.id]);
    expect(audits.map((a) => a.details.status)).toEqual(['proposed', 'confirmed']);
    await expect(decideIntentReview(getDb().db, ctx, { reviewId: proposal.id, decision: 'dismiss' })).rejects.toMatchObject({ code: 'conflict' });

    // The transcript and its analysis are saved with the account's history.
    const reopened = await getConversation(getDb().db, ctx, conv.id);
    expect(reopened.utterances.map((u) => u.text)).toEqual(["I'm not saying I'll get a lawyer, I just want the itemized bill", 'I have an attorney now, talk to them', 'My attorney will call you.']);
    expect(reopened.utterances[1]!.analysis!.intents.map((i) => i.intent)).toContain('attorney');
    expect(reopened.reviews.filter((r) => r.intent === 'attorney').map((r) => r.status)).toEqual(['confirmed']);
    expect((await listConversations(getDb().db, ctx, { personId, accountId })).map((c) => c.id)).toEqual([conv.id]);
  });

  it('dismissing lifts the pause at once and keeps the utterance as a labeled example', async () => {
    const { personId, accountId } = await person('p-dismiss');
    const conv = await startConversation(getDb().db, ctx, { personId, accountId, channel: 'call' });
    const said = await addUtterance(getDb().db, ctx, conv.id, { speaker: 'patient', text: "I'll call a lawyer about this" });
    const proposal = said.proposals.find((p) => p.intent === 'attorney');
    expect(proposal).toBeDefined();
    expect(await callBlockedBy(accountId)).toContain('attorney_represented');

    await decideIntentReview(getDb().db, ctx, { reviewId: proposal!.id, decision: 'dismiss', note: 'Venting; wants a plan.' });
    expect(await callBlockedBy(accountId)).not.toContain('attorney_represented');
    const [task] = await getDb().query<{ status: string; outcome: string }>(`select status, outcome from agent_tasks where tenant_id = $1 and person_id = $2`, [tenantId, personId]);
    expect(task).toEqual({ status: 'done', outcome: 'dismissed' });
    const [label] = await getDb().query<{ utterance_id: number; present: boolean; source: string }>(`select utterance_id, present, source from intent_labels where review_id = $1`, [proposal!.id]);
    expect(label).toEqual({ utterance_id: said.id, present: false, source: 'review_dismissed' });

    // A reviewer sees the dismissed proposal later: the words, who dismissed it, when, and the note.
    await getDb().query(`insert into users (id, tenant_id, email, display_name, password_hash, roles) values ('coordinator-1', $1, 'casey@lakeside.example', 'Casey Coordinator', 'x', '{collections_coordinator}') on conflict do nothing`, [tenantId]);
    const reviewed = await listIntentReviews(getDb().db, ctx, { personId, status: ['confirmed', 'dismissed'] });
    expect(reviewed.map((r) => [r.intent, r.status, r.decidedByName, r.decidedAt, r.note])).toEqual([['attorney', 'dismissed', 'Casey Coordinator', clock.now().toISOString(), 'Venting; wants a plan.']]);
    expect(reviewed[0]!.evidence.join(' ')).toMatch(/lawyer/i);
    expect(await listIntentReviews(getDb().db, ctx, { personId, status: 'proposed' })).toEqual([]);
  });

  it('a repeat while a proposal waits adds nothing; after a dismissal or a confirmation it proposes again; one waiting from another conversation is shown where it is repeated', async () => {
    const { personId, accountId } = await person('p-repeat');
    const said = 'I have an attorney handling this now';
    const first = await startConversation(getDb().db, ctx, { personId, accountId, channel: 'chat' });
    const one = (await addUtterance(getDb().db, ctx, first.id, { speaker: 'patient', text: said })).proposals.find((p) => p.intent === 'attorney')!;
    expect(one.status).toBe('proposed');
    const waiting = await addUtterance(getDb().db, ctx, first.id, { speaker: 'patient', text: said });
    expect(waiting.proposals.map((p) => [p.id, p.status])).toEqual([[one.id, 'proposed']]);
    expect(await listConversationReviews(getDb().db, ctx, first.id)).toHaveLength(1);

    clock.advance(60_000);
    // Dismissed: the same words propose again, with a new pause and a new task.
    await decideIntentReview(getDb().db, ctx, { reviewId: one.id, decision: 'dismiss' });
    expect(await callBlockedBy(accountId)).not.toContain('attorney_represented');
    clock.advance(60_000);
    const two = (await addUtterance(getDb().db, ctx, first.id, { speaker: 'patient', text: said })).proposals.find((p) => p.intent === 'attorney')!;
    expect(two.id).not.toBe(one.id);
    expect(two.status).toBe('proposed');
    expect(await callBlockedBy(accountId)).toContain('attorney_represented');
    expect((await listConversationReviews(getDb().db, ctx, first.id)).map((r) => r.status)).toEqual(['dismissed', 'proposed']);

    // Waiting from the first conversation, repeated in a second one: attached to the waiting
    // proposal, which the second conversation lists so the agent can decide it there.
    const second = await startConversation(getDb().db, ctx, { personId, accountId, channel: 'call' });
    clock.advance(60_000);
    const elsewhere = await addUtterance(getDb().db, ctx, second.id, { speaker: 'patient', text: said });
    expect(elsewhere.proposals.map((p) => [p.id, p.status])).toEqual([[two.id, 'proposed']]);
    expect((await listConversationReviews(getDb().db, ctx, second.id)).map((r) => r.id)).toEqual([two.id]);

    // Confirmed: a repeat proposes again (the agent checks it once more).
    await decideIntentReview(getDb().db, ctx, { reviewId: two.id, decision: 'confirm' });
    expect(await listConversationReviews(getDb().db, ctx, second.id)).toEqual([]);
    clock.advance(60_000);
    const three = (await addUtterance(getDb().db, ctx, second.id, { speaker: 'patient', text: said })).proposals.find((p) => p.intent === 'attorney')!;
    expect(three.id).not.toBe(two.id);
    expect((await listIntentReviews(getDb().db, ctx, { personId })).map((r) => r.status)).toEqual(['dismissed', 'confirmed', 'proposed']);
    const tasks = await getDb().query<{ status: string }>(`select status from agent_tasks where tenant_id = $1 and person_id = $2 and kind = 'review_intent' order by created_at, id`, [tenantId, personId]);
    expect(tasks.map((t) => t.status).sort()).toEqual(['done', 'done', 'open']);
  });

  it('a bare STOP by text is the person\'s own opt-out: recorded at once, no review', async () => {
    const { personId, accountId } = await person('p-stop');
    const conv = await startConversation(getDb().db, ctx, { personId, accountId, channel: 'sms' });
    const said = await addUtterance(getDb().db, ctx, conv.id, { speaker: 'patient', text: 'STOP' });
    expect(said.applied).toEqual([{ intent: 'cease_communication', kind: 'revocation', detail: 'sms' }]);
    expect(said.proposals).toEqual([]);
    expect((await checkContact(getDb().db, ctx, accountId, 'sms')).allowed).toBe(false);
  });

  it('"stop calling me" in a chat pauses every channel until confirmed, then becomes an opt-out of calls only', async () => {
    const { personId, accountId } = await person('p-cease');
    const conv = await startConversation(getDb().db, ctx, { personId, accountId, channel: 'chat' });
    const said = await addUtterance(getDb().db, ctx, conv.id, { speaker: 'patient', text: 'Please stop calling me at work.' });
    const proposal = said.proposals.find((p) => p.intent === 'cease_communication')!;
    expect(proposal.channels).toEqual(['call']);
    expect(proposal.confirmationLine).toBe("It sounds like you'd like us to stop calling. Is that right?");
    expect((await checkContact(getDb().db, ctx, accountId, 'email')).allowed).toBe(false);
    await decideIntentReview(getDb().db, ctx, { reviewId: proposal.id, decision: 'confirm' });
    expect((await checkContact(getDb().db, ctx, accountId, 'call')).allowed).toBe(false);
    expect(await callBlockedBy(accountId)).not.toContain('policy_cease_communication');
  });

  it('the decisions so far export as labeled examples the training script reads, and the export is audited', async () => {
    const labels = await exportIntentLabels(getDb().db, ctx);
    expect(labels.map((l) => [l.text, l.intent, l.present])).toEqual(
      expect.arrayContaining([
        ['I have an attorney now, talk to them', 'attorney', true],
        ["I'll call a lawyer about this", 'attorney', false],
        ['Please stop calling me at work.', 'cease_communication', true],
      ]),
    );
    const examples = reviewedExamples(labels.map((l) => JSON.stringify(l)).join('\n'), 'convo-reviews');
    expect(examples.find((e) => e.text === "I'll call a lawyer about this")).toMatchObject({ intents: [], known: ['attorney'] });
    const [exported] = await getDb().query<{ details: { count: number } }>(`select details from audit_log where tenant_id = $1 and record_type = 'intent_label_export'`, [tenantId]);
    expect(exported!.details.count).toBe(labels.length);
  });
});
