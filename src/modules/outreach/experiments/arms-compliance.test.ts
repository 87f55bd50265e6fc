import { describe, expect, it } from 'vitest';
import { complianceEvaluator, contactQuestion, ask } from '../compliance-questions.js';
import { decideAccount } from '../decide-account.js';
import { loadOutreachConfig } from '../journeys/load-outreach-config.js';
import { CHANNELS } from '../journeys/journey.schema.js';
import { snapshot } from '../testing/snapshot-builder.js';
import type { AccountSnapshot } from '../snapshot.js';
import { armJourney, type Experiment, type ExperimentArm, type RunningExperiments } from './experiment.js';
import { checkExperiment } from './manage-experiments.js';

const config = loadOutreachConfig();
const evaluate = complianceEvaluator();
const base = { config, evaluate, publicUrl: 'https://pay.example' };

/** One experiment with a single arm, so every person is in it (no holdout, full ramp). */
function only(kind: Experiment['kind'], step: string, arm: Omit<ExperimentArm, 'id' | 'label' | 'weight'>): RunningExperiments {
  const exp: Experiment = {
    id: `exp-${kind}`, tenantId: 't1', name: kind, journey: 'self-pay-standard', step, kind, holdoutPct: 0, rampPct: 100,
    arms: [{ id: 'X', label: 'arm', weight: 1, ...arm }], guardrails: { maxOptOutRate: 1, maxComplaintRate: 1, minContacts: 1 },
    status: 'running', stoppedArms: {}, startedAt: null, stoppedAt: null, createdAt: '2026-01-01T00:00:00Z',
  };
  return new Map([['t1', new Map([[`${exp.journey}|${step}`, exp]])]]);
}

// Every kind of arm, on the steps the scenarios below reach.
const ARMS: Array<[string, RunningExperiments]> = [];
for (const step of ['due-today', 'gentle-reminder', 'check-in', 'final-notice']) {
  ARMS.push([`tone on ${step}`, only('tone', step, { tone: 'urgent_but_kind' })]);
  ARMS.push([`send hour 8 on ${step}`, only('send_time', step, { sendHour: 8 })]);
  ARMS.push([`send hour 20 on ${step}`, only('send_time', step, { sendHour: 20 })]);
  for (const ch of CHANNELS) ARMS.push([`${ch} first on ${step}`, only('channel_order', step, { channels: [ch] })]);
}
ARMS.push(['journey: final notice 20 days early', only('journey', '*', { steps: [{ step: 'final-notice', shiftDays: -20 }, { step: 'check-in', shiftDays: -20 }] })]);
const textAndCallFirst = config.journeys[0]!.steps
  .map((s) => ({ step: s.id, channels: s.channels.filter((c) => c === 'sms' || c === 'call'), sendHour: 8 }))
  .filter((v) => v.channels.length > 0);
ARMS.push(['journey: text and call first everywhere', only('journey', '*', { steps: textAndCallFirst })]);
ARMS.push(['journey: no reminders, earlier plan offer', only('journey', '*', { steps: [{ step: 'gentle-reminder', skip: true }, { step: 'plan-offer', shiftDays: -15 }] })]);

const phoneOnlyAgency = (history: AccountSnapshot['history']) =>
  snapshot({ tenant: { kind: 'agency', collectorRole: 'debt_collector' }, contactPoints: [{ system: 'phone', value: '+15550001111', use: 'home', rank: 1, verified: true }], consents: [], history, person: { preferences: { sendHour: 10 } } });
const sevenCalls = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ channel: 'call', direction: 'outbound' as const, at: new Date(Date.parse('2026-05-14T12:00:00Z') + d * 43_200_000), status: 'sent', outcome: 'no_answer', accountId: 'a1' }));

// People and moments where the rules allow some things and refuse others.
const SCENARIOS: Array<[string, AccountSnapshot, Date]> = [
  ['due today, reachable by text and email', snapshot({ person: { preferences: { channel: 'sms' } } }), new Date('2026-03-20T16:00:00Z')],
  ['text revoked', snapshot({ revocations: [{ channel: 'sms', receivedAt: new Date('2026-03-01T12:00:00Z') }] as never, person: { preferences: { sendHour: 10 } } }), new Date('2026-03-20T16:00:00Z')],
  ['no text consent', snapshot({ consents: [], person: { preferences: { sendHour: 10 } } }), new Date('2026-03-25T16:00:00Z')],
  ['before 8am local', snapshot(), new Date('2026-03-25T11:30:00Z')],
  ['after 9pm local', snapshot(), new Date('2026-03-26T02:30:00Z')],
  ['agency that called 7 times in 7 days', phoneOnlyAgency(sevenCalls), new Date('2026-05-20T14:00:00Z')],
  ['inside the 120-day notification period', snapshot({ account: { dueOn: '2026-01-01', firstStatementOn: '2026-02-01' }, person: { preferences: { sendHour: 10 } } }), new Date('2026-04-16T15:00:00Z')],
  ['assistance application pending', snapshot({ account: { dueOn: '2026-01-01', firstStatementOn: '2025-12-01' }, holds: [{ type: 'assistance_pending', accountId: null, since: new Date('2026-04-01T00:00:00Z'), resolvedAt: null }] as never, person: { preferences: { sendHour: 10 } } }), new Date('2026-04-20T15:00:00Z')],
  ['check-in by phone', snapshot({ account: { dueOn: '2026-01-01', firstStatementOn: '2025-12-01' }, person: { preferences: { sendHour: 10 } } }), new Date('2026-03-10T15:00:00Z')],
];

/** Channels the rules allow for this person at this moment, asked directly (no journey, no arm). */
async function allowedChannels(s: AccountSnapshot, now: Date): Promise<Set<string>> {
  const out = new Set<string>();
  for (const channel of CHANNELS) {
    const d = await ask(evaluate, contactQuestion(s, { id: 'probe', channel, at: now, purpose: 'collection', autodialed: channel === 'sms' }));
    if (d.allowed) out.add(channel);
  }
  return out;
}

describe('experiment arms and compliance', () => {
  it('an arm never sends where the rules refuse: every sent message is on a channel the rules allow at that moment, and a refusal holds in every arm', async () => {
    let sent = 0;
    let refused = 0;
    for (const [name, s, now] of SCENARIOS) {
      const allowed = await allowedChannels(s, now);
      const control = await decideAccount(s, now, base);
      for (const [arm, experiments] of ARMS) {
        const o = await decideAccount(s, now, { ...base, experiments });
        const where = `${name} / ${arm}`;
        if (o.result === 'sent') {
          sent++;
          expect(allowed.has(o.channel!), where).toBe(true);
          // The compliance decision stored with the message is the engine's own answer, allowed.
          expect((o.communication!.decision as { contact: { allowed: boolean } }).contact.allowed, where).toBe(true);
          expect(o.communication!.at.getTime(), where).toBe(now.getTime());
        }
        // What the rules refuse for this person (a pending application, the 7-in-7 cap, the 120
        // days before an escalation) is refused whatever the arm changes.
        if (control.result === 'paused' || control.reasons.some((r) => r === 'reg_f_7_in_7' || r.startsWith('irc_501r'))) {
          expect(o.result, where).not.toBe('sent');
          refused++;
        }
      }
    }
    // The scenarios really exercise both sides.
    expect(sent).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(5);
  });

  it('a whole-journey arm moves and skips steps but keeps the journey id, and bad arms are refused with every problem named', () => {
    const j = config.journeys.find((x) => x.id === 'self-pay-standard')!;
    const v = armJourney(j, { id: 'B', label: 'b', weight: 1, steps: [{ step: 'gentle-reminder', skip: true }, { step: 'final-notice', shiftDays: -10 }] }, config.journeys);
    expect(v.id).toBe(j.id);
    expect(v.steps.map((s) => s.id)).not.toContain('gentle-reminder');
    expect(v.steps.find((s) => s.id === 'final-notice')!.window.fromDay).toBe(j.steps.find((s) => s.id === 'final-notice')!.window.fromDay - 10);
    // The escalation itself is unchanged: compliance still checks its notice and dates.
    expect(v.steps.find((s) => s.id === 'final-notice')!.escalation).toEqual(j.steps.find((s) => s.id === 'final-notice')!.escalation);
    const issues = checkExperiment(
      {
        name: 'bad', journey: 'self-pay-standard', step: '*', kind: 'journey', holdoutPct: 0, rampPct: 100,
        guardrails: { maxOptOutRate: 0.02, maxComplaintRate: 0.01, minContacts: 100 },
        arms: [
          { id: 'A', label: 'a', weight: 1, steps: [{ step: 'nope' }, { step: 'final-notice', channels: ['sms'] }] },
          { id: 'B', label: 'b', weight: 1, journey: 'post-resolution' },
          { id: 'C', label: 'c', weight: 1, tone: 'warm' },
        ],
      },
      config,
    );
    expect(issues.map((i) => i.path)).toEqual(['arms[0].steps[0].step', 'arms[0].steps[1].channels', 'arms[1].journey', 'arms[2]']);
    expect(checkExperiment({ name: 'x', journey: 'self-pay-standard', step: 'due-today', kind: 'journey', holdoutPct: 0, rampPct: 100, guardrails: { maxOptOutRate: 0.02, maxComplaintRate: 0.01, minContacts: 100 }, arms: [{ id: 'A', label: 'a', weight: 1 }, { id: 'B', label: 'b', weight: 1 }] }, config)[0]!.path).toBe('step');
  });

  it('a person in a whole-journey arm carries the arm on every message of the journey', async () => {
    const experiments = only('journey', '*', { steps: [{ step: 'due-today', sendHour: 8 }] });
    const o = await decideAccount(snapshot({ person: { preferences: { channel: 'sms' } } }), new Date('2026-03-20T16:00:00Z'), { ...base, experiments });
    expect(o.result).toBe('sent');
    expect(o.communication!.variant).toBe('exp-journey:X');
    const later = await decideAccount(snapshot({ account: { dueOn: '2026-01-01', firstStatementOn: '2025-12-01' }, person: { preferences: { sendHour: 10 } } }), new Date('2026-03-10T15:00:00Z'), { ...base, experiments });
    expect(later.communication?.variant ?? null).toBe(later.result === 'sent' || later.result === 'blocked' ? 'exp-journey:X' : null);
  });
});
