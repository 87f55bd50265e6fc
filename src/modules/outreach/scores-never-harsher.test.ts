import { describe, expect, it } from 'vitest';
import { evaluateAccount } from './evaluate-journey.js';
import { loadOutreachConfig } from './journeys/load-outreach-config.js';
import { personalize } from './personalize.js';
import { snapshot } from './testing/snapshot-builder.js';
import type { AccountSnapshot } from './snapshot.js';

const { journeys } = loadOutreachConfig();
const noon = (date: string) => new Date(`${date}T16:00:00Z`);
const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

function decision(date: string, scoring: AccountSnapshot['scoring'], attempts: AccountSnapshot['state']['attempts'] = {}) {
  const ev = evaluateAccount(snapshot({ scoring, state: { journey: 'self-pay-standard', attempts } } as Parameters<typeof snapshot>[0]), journeys, noon(date));
  return ev.decision.type === 'contact' ? { step: ev.decision.step, label: ev.decision.step.id } : { step: null, label: `${ev.decision.type}:${ev.decision.reason}` };
}

describe('scores shape outreach but never bring a step or an escalation sooner', () => {
  it('any propensity or hardship score leaves the day-by-day journey exactly as it is', () => {
    // Due 2026-03-20; the final notice (an escalation) starts on day 105.
    for (const date of days('2026-02-01', 300)) {
      const plain = decision(date, null).label;
      for (const scoring of [{ likelyEligible: false, pay30: 0.99, hardship: 0.01 }, { likelyEligible: false, pay30: 0.01, hardship: 0.99 }]) {
        expect(decision(date, scoring).label, date).toBe(plain);
      }
    }
  });

  it('a likely-eligible patient gets the assistance offer before any past-due step, and no escalation while screened so', () => {
    const eligible = { likelyEligible: true, pay30: 0.2, hardship: 0.8 };
    // Before the due date nothing changes: the statement and reminders still go out.
    expect(decision('2026-03-12', eligible).label).toBe('statement-ready');
    expect(decision('2026-03-20', eligible).label).toBe('due-today');
    // The first past-due step is replaced by the assistance offer.
    expect(decision('2026-03-23', eligible).label).toBe('assistance-offer');
    const offered = { 'assistance-offer@2026-03-20': { n: 1, lastAt: '2026-03-23T16:00:00Z' } };
    // Once offered, the gentle steps continue, but the final notice (credit reporting) waits.
    expect(decision('2026-04-02', eligible, offered).label).toBe('gentle-reminder');
    for (const date of days('2026-07-03', 48)) {
      const d = decision(date, eligible, offered);
      expect(d.step?.escalation, date).toBeUndefined();
    }
    expect(decision('2026-07-03', eligible, offered).label).toBe('wait:assistance_screening');
    // Without the screening the final notice would go out on day 105.
    expect(decision('2026-07-03', null, offered).label).toBe('final-notice');
  });

  it('likely hardship softens an urgent tone to warm and never the other way', () => {
    const step = journeys.find((j) => j.id === 'self-pay-standard')!.steps.find((s) => s.id === 'final-notice')!;
    const warmStep = journeys.find((j) => j.id === 'self-pay-standard')!.steps.find((s) => s.id === 'gentle-reminder')!;
    const at = noon('2026-07-03');
    expect(personalize(snapshot({ scoring: { likelyEligible: false, pay30: 0.1, hardship: 0.7 } } as Parameters<typeof snapshot>[0]), step, at).tone).toBe('warm');
    expect(personalize(snapshot(), step, at).tone).toBe('urgent_but_kind');
    expect(personalize(snapshot({ scoring: { likelyEligible: false, pay30: 0.99, hardship: 0 } } as Parameters<typeof snapshot>[0]), warmStep, at).tone).toBe('warm');
  });
});
