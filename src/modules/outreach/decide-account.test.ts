import { describe, expect, it } from 'vitest';
import { complianceEvaluator } from './compliance-questions.js';
import { decideAccount } from './decide-account.js';
import { loadOutreachConfig } from './journeys/load-outreach-config.js';
import { snapshot } from './testing/snapshot-builder.js';

const deps = { config: loadOutreachConfig(), evaluate: complianceEvaluator(), publicUrl: 'https://pay.example' };

describe('deciding one account with the compliance engine', () => {
  it('sends the due step on the best allowed channel and records the counters', async () => {
    const now = new Date('2026-03-20T16:00:00Z');
    const o = await decideAccount(snapshot({ person: { preferences: { channel: 'sms' } } }), now, deps);
    expect(o.result).toBe('sent');
    expect(o.channel).toBe('sms');
    expect(o.communication).toMatchObject({ status: 'queued', journey: 'self-pay-standard@3', step: 'due-today', toAddress: '+15550001111', language: 'en', tone: 'warm' });
    expect(o.state.attempts['due-today@2026-03-20']).toEqual({ n: 1, lastAt: now.toISOString() });
    expect(o.history).toMatchObject({ type: 'sent', step: 'due-today', channel: 'sms' });
  });

  it('defers to the preferred hour rather than writing at dawn', async () => {
    const o = await decideAccount(snapshot(), new Date('2026-03-20T10:00:00Z'), deps);
    expect(o.result).toBe('deferred');
    expect(o.state.nextEvalAt.toISOString()).toBe('2026-03-20T16:00:00.000Z');
    expect(o.communication).toBeNull();
  });

  it('records a blocked contact with its reasons once and reschedules to when it becomes allowed', async () => {
    // A third-party agency that already called 7 times in 7 days: the check-in call is blocked (Reg F 7-in-7),
    // and with no email or text to fall back on, the block is recorded.
    const calls = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ channel: 'call', direction: 'outbound' as const, at: new Date(Date.parse('2026-05-14T12:00:00Z') + d * 3_600_000 * 12), status: 'sent', outcome: 'no_answer', accountId: 'a1' }));
    const s = snapshot({
      tenant: { kind: 'agency', collectorRole: 'debt_collector' },
      contactPoints: [{ system: 'phone', value: '+15550001111', use: 'home', rank: 1, verified: true }],
      consents: [],
      history: calls,
      person: { preferences: { sendHour: 10 } },
    });
    const now = new Date('2026-05-20T14:00:00Z');
    const o = await decideAccount(s, now, deps);
    expect(o.result).toBe('blocked');
    expect(o.reasons).toContain('reg_f_7_in_7');
    expect(o.communication).toMatchObject({ status: 'blocked', channel: 'call', reasons: o.reasons });
    expect(o.state.nextEvalAt.getTime()).toBeGreaterThan(now.getTime());
    // The same block again changes nothing in the log.
    const again = await decideAccount({ ...s, state: { ...s.state, lastSignature: o.state.lastSignature, journey: 'self-pay-standard' } }, now, deps);
    expect(again.result).toBe('blocked');
    expect(again.communication).toBeNull();
    expect(again.history).toBeNull();
  });

  it('holds the final notice of a nonprofit hospital while an assistance application is pending (501(r))', async () => {
    const s = snapshot({ account: { dueOn: '2026-01-01', firstStatementOn: '2025-12-01' }, person: { preferences: { sendHour: 10 } } });
    const now = new Date('2026-04-20T15:00:00Z');
    const open = await decideAccount(s, now, deps);
    expect(open.result).toBe('sent');
    expect(open.communication?.step).toBe('final-notice');
    const held = await decideAccount({ ...s, holds: [{ type: 'assistance_pending', accountId: null, since: new Date('2026-04-01T00:00:00Z'), resolvedAt: new Date('2026-04-10T00:00:00Z') }] }, now, deps);
    // A denied application (resolved) no longer holds it; a pending one pauses the whole journey instead.
    expect(held.result).toBe('sent');
    const pending = await decideAccount({ ...s, holds: [{ type: 'assistance_pending', accountId: null, since: new Date('2026-04-01T00:00:00Z'), resolvedAt: null }] }, now, deps);
    expect(pending.result).toBe('paused');
    expect(pending.reasons).toEqual(['assistance_pending']);
  });

  it('does not announce an escalation before the 120-day notification period allows it', async () => {
    // Day 105 after the due date, but the first statement was only 74 days ago: an action 31 days
    // from now would still fall inside the 120 days.
    const s = snapshot({ account: { dueOn: '2026-01-01', firstStatementOn: '2026-02-01' }, person: { preferences: { sendHour: 10 } } });
    const o = await decideAccount(s, new Date('2026-04-16T15:00:00Z'), deps);
    expect(o.result).toBe('blocked');
    expect(o.reasons).toContain('irc_501r6_120_day_notification_period');
    expect(o.communication?.status).toBe('blocked');
  });
});
