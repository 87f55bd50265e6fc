import { describe, expect, it } from 'vitest';
import { applyArm, assignArm } from './experiment.js';
import type { JourneyStep } from '../journeys/journey.schema.js';
import type { Personalization } from '../personalize.js';

const exp = {
  id: 'exp-tone',
  arms: [{ id: 'A', label: 'Warm', weight: 1, tone: 'warm' as const }, { id: 'B', label: 'Plain', weight: 1, tone: 'informative' as const }],
  holdoutPct: 10,
  rampPct: 100,
  stoppedArms: {},
};
const people = Array.from({ length: 4000 }, (_, i) => `person-${i}`);

describe('experiment assignment by person', () => {
  it('puts each person in the same arm every time, splits by weight, and keeps the holdout', () => {
    const first = people.map((p) => assignArm(exp, p)?.variant);
    expect(people.map((p) => assignArm(exp, p)?.variant)).toEqual(first);
    const n = (v: string) => first.filter((x) => x === v).length;
    expect(n('exp-tone:holdout') / people.length).toBeGreaterThan(0.08);
    expect(n('exp-tone:holdout') / people.length).toBeLessThan(0.12);
    expect(Math.abs(n('exp-tone:A') - n('exp-tone:B')) / people.length).toBeLessThan(0.05);
    // Another experiment shuffles people independently.
    const other = people.map((p) => assignArm({ ...exp, id: 'exp-other' }, p)?.variant?.split(':')[1]);
    expect(other.filter((v, i) => v === first[i]?.split(':')[1]).length / people.length).toBeLessThan(0.7);
  });

  it('adds people as the ramp grows without moving anyone, and drops a stopped arm', () => {
    const at20 = people.map((p) => assignArm({ ...exp, rampPct: 20 }, p)?.variant ?? null);
    const at60 = people.map((p) => assignArm({ ...exp, rampPct: 60 }, p)?.variant ?? null);
    const inAt20 = at20.filter((v) => v !== null).length / people.length;
    expect(inAt20).toBeGreaterThan(0.17);
    expect(inAt20).toBeLessThan(0.23);
    at20.forEach((v, i) => v !== null && expect(at60[i]).toBe(v));
    const stopped = people.map((p) => assignArm({ ...exp, stoppedArms: { B: { at: '2026-03-01T00:00:00Z', reason: 'opt-outs' } } }, p)?.variant ?? null);
    expect(stopped.includes('exp-tone:B')).toBe(false);
    expect(stopped.includes('exp-tone:A')).toBe(true);
  });

  it('only reorders channels the person may be reached on', () => {
    const step = { id: 'check-in', template: 'past-due-checkin', channels: ['email', 'sms', 'call'], tone: 'warm' } as unknown as JourneyStep;
    const p: Personalization = { language: 'en', tone: 'warm', channels: ['email', 'call'], skipped: ['sms:revoked'], sendAt: new Date(0), preferredHour: 9 };
    const out = applyArm(step, p, { id: 'B', label: 'Text first', weight: 1, channels: ['sms', 'call'] }, () => new Date(0));
    expect(out.p.channels).toEqual(['call', 'email']);
    expect(applyArm(step, p, null, () => new Date(0)).p).toBe(p);
  });
});
