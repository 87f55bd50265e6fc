import { describe, expect, it } from 'vitest';
import { evaluateJsonlText, presetsJson, ruleSetFromText } from './compliance-jsonl.js';

const good = JSON.stringify({ id: 'p1', kind: 'payment_cap', state: 'CA', monthlyFamilyIncomeCents: 400000, monthlyEssentialExpensesCents: 310000 });
const contact = JSON.stringify({
  id: 'c1',
  kind: 'contact',
  collector: { role: 'debt_collector', entity: 'agency' },
  consumer: { state: 'MI', timeZones: ['America/Detroit'] },
  channel: 'call',
  at: '2026-09-15T15:00:00Z',
  debtIds: ['D1'],
});

describe('kindly compliance evaluate', () => {
  it('answers one line per question, in order, each with its id', () => {
    const r = evaluateJsonlText(`${good}\n\n${contact}\n`);
    expect(r.exitCode).toBe(0);
    expect(r.lines.map((l) => JSON.parse(l).id)).toEqual(['p1', 'c1']);
    expect(JSON.parse(r.lines[0] as string)).toMatchObject({ maxMonthlyPaymentCents: 9000, interestAllowed: false });
    expect(JSON.parse(r.lines[1] as string)).toMatchObject({ allowed: true, reasons: [] });
  });

  it('answers a malformed line with an error decision, keeps going and exits 1', () => {
    const bad = JSON.stringify({ id: 'x1', kind: 'contact', channel: 'call' });
    const r = evaluateJsonlText(`${good}\n{not json\n${bad}\n${contact}`);
    expect(r.exitCode).toBe(1);
    expect(r.lines).toHaveLength(4);
    expect(JSON.parse(r.lines[1] as string)).toMatchObject({ id: null, error: { path: '' } });
    expect(JSON.parse(r.lines[2] as string)).toMatchObject({ id: 'x1', error: { path: 'collector' } });
    expect(JSON.parse(r.lines[3] as string).id).toBe('c1');
  });

  it('decides under tenant overrides given with --rules, and reports bad overrides', () => {
    const r = ruleSetFromText(JSON.stringify({ version: 'acme@1', add: { contactWindows: [{ id: 'acme.quiet', reason: 'policy_inconvenient_time', start: '12:00', end: '20:00' }] } }));
    if (!('ruleSet' in r)) throw new Error(JSON.stringify(r));
    const d = JSON.parse(evaluateJsonlText(contact, { ruleSet: r.ruleSet }).lines[0] as string);
    expect(d).toMatchObject({ allowed: false, reasons: ['policy_inconvenient_time'], ruleSetVersion: 'kindly-2026.1+acme@1' });
    expect(ruleSetFromText('{"version": 3}')).toMatchObject({ errors: [{ path: 'version' }] });
  });
});

describe('kindly compliance presets', () => {
  it('lists the shipped presets', () => {
    const out = presetsJson() as { presets: { name: string; tiers: unknown[] }[] };
    expect(out.presets.map((p) => p.name)).toEqual(['WA_tier1', 'WA_tier2', 'CA_fair_pricing', 'MD_free_reduced']);
  });
});
