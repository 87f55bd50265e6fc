import { describe, expect, it } from 'vitest';
import { compileRuleSet, DEFAULT_RULE_SET, DEFAULT_RULE_SET_VERSION, evaluate, RULES, type RuleSet } from './index.js';
import { call, contact, hospital } from './test-helpers.js';

function compiledOrThrow(overrides: unknown): RuleSet {
  const r = compileRuleSet(overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.ruleSet;
}

const CHICAGO = { state: 'IL', timeZones: ['America/Chicago'] };

describe('tenant rule sets', () => {
  it('records the rule-set version in every decision', () => {
    expect(contact({ consumer: CHICAGO, at: '2026-09-15T15:00:00Z' }).ruleSetVersion).toBe(DEFAULT_RULE_SET_VERSION);
    const ruleSet = compiledOrThrow({ version: 'riverbend@3' });
    expect(contact({ consumer: CHICAGO, at: '2026-09-15T15:00:00Z' }, { ruleSet }).ruleSetVersion).toBe(`${DEFAULT_RULE_SET_VERSION}+riverbend@3`);
  });

  it('adds a stricter call cap and quiet hours as data', () => {
    const ruleSet = compiledOrThrow({
      version: 'riverbend@3',
      extends: DEFAULT_RULE_SET_VERSION,
      add: {
        callCaps: [{ id: 'riverbend.3_in_7', reason: 'policy_call_frequency', maxContacts: 3, days: 7 }],
        contactWindows: [{ id: 'riverbend.quiet', reason: 'policy_inconvenient_time', start: '09:00', end: '20:00' }],
      },
    });
    const history = [call('2026-09-14T15:00:00Z'), call('2026-09-15T15:00:00Z'), call('2026-09-16T15:00:00Z')];
    const d = contact({ consumer: CHICAGO, at: '2026-09-17T13:30:00Z', history }, { ruleSet });
    // 08:30 CDT: inside Regulation F's window, outside the tenant's; and a 4th call in 7 days.
    expect(d.reasons).toEqual(['policy_call_frequency', 'policy_inconvenient_time']);
    expect(d.earliestAllowedAt).toBe('2026-09-21T14:00:00Z');
    expect(contact({ consumer: CHICAGO, at: '2026-09-17T13:30:00Z', history }).allowed).toBe(true);
  });

  it('adds state rules, e.g. a reporting ban the shipped list lacks', () => {
    const ruleSet = compiledOrThrow({ version: 't@1', add: { medicalDebtReportingBans: [{ id: 'ban.TX', states: ['TX'], effectiveFrom: '2026-01-01' }] } });
    const q = {
      id: 'r',
      kind: 'credit_report',
      collector: hospital,
      on: '2026-06-01',
      consumerState: 'TX',
      tradeline: { type: 'medical_collection', initialBalanceCents: 90_000, paidInFull: false, firstDelinquencyOn: '2024-01-01' },
    };
    expect(evaluateQ(q, ruleSet)).toMatchObject({ allowed: false, reasons: ['state_medical_debt_reporting_ban'] });
    expect(evaluateQ(q)).toMatchObject({ allowed: true });
  });

  it('lets tenants loosen or disable policy rules, never law', () => {
    const ruleSet = compiledOrThrow({ version: 't@2', override: { 'policy.call_frequency': { maxContacts: 10 } }, disable: ['policy.conversation_7day'] });
    const talk = { channel: 'call', direction: 'outbound', at: '2026-09-14T15:00:00Z', debtIds: ['D1'], outcome: 'conversation' };
    expect(contact({ collector: hospital, consumer: CHICAGO, at: '2026-09-15T15:00:00Z', history: [talk] }, { ruleSet }).allowed).toBe(true);
    const bad = compileRuleSet({
      version: 't@3',
      override: { 'reg_f.7_in_7': { maxContacts: 9 }, 'reg_f.inconvenient_time': { start: '07:00' }, 'ma.2_in_7': { days: 3 } },
      disable: ['reg_f.conversation_7day'],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => e.path).sort()).toEqual(
        ['disable[0]', 'override.ma.2_in_7.days', 'override.reg_f.7_in_7.maxContacts', 'override.reg_f.inconvenient_time.start'].sort(),
      );
    }
  });

  it('allows tightening a law', () => {
    const ruleSet = compiledOrThrow({ version: 't@4', override: { 'reg_f.7_in_7': { maxContacts: 3 } } });
    const history = [call('2026-09-14T15:00:00Z'), call('2026-09-15T15:00:00Z'), call('2026-09-16T15:00:00Z')];
    expect(contact({ consumer: CHICAGO, at: '2026-09-17T15:00:00Z', history }, { ruleSet }).reasons).toEqual(['reg_f_7_in_7']);
  });

  it('lists every problem in malformed overrides at once', () => {
    const r = compileRuleSet({
      version: '',
      add: {
        callCaps: [{ id: 'x', reason: 'not_a_code', maxContacts: -1, days: 7 }],
        contactWindows: [{ id: 'y', reason: 'policy_inconvenient_time', start: '20:00', end: '09:00' }],
      },
      override: { 'no.such.rule': { days: 9 } },
      typo: true,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.errors.map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['version', 'add.callCaps[0].reason', 'add.callCaps[0].maxContacts', '']));
      expect(r.errors.length).toBeGreaterThanOrEqual(4);
    }
    const semantic = compileRuleSet({
      version: 'v',
      add: { contactWindows: [{ id: 'y', reason: 'policy_inconvenient_time', start: '20:00', end: '09:00' }], callCaps: [{ id: 'reg_f.7_in_7', reason: 'policy_call_frequency', maxContacts: 3, days: 7 }] },
      override: { 'no.such.rule': { days: 9 } },
      extends: 'kindly-1999.1',
    });
    expect(semantic.ok).toBe(false);
    if (!semantic.ok) {
      expect(semantic.errors.map((e) => e.path).sort()).toEqual(['add.callCaps[0].id', 'add.contactWindows[0]', 'extends', 'override.no.such.rule'].sort());
    }
  });

  it('catalogues every rule with id, citation, binding and reason code', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(ids.size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.citation.length, r.id).toBeGreaterThan(5);
      expect(['debt_collector', 'creditor_policy', 'all']).toContain(r.binds);
    }
    for (const family of ['contactWindows', 'callCaps', 'conversationWaits', 'medicalDebtReportingBans', 'ecaWaits'] as const) {
      for (const rule of DEFAULT_RULE_SET[family]) expect(ids.has(rule.id), rule.id).toBe(true);
    }
  });
});

function evaluateQ(q: unknown, ruleSet?: RuleSet) {
  return evaluate(q, ruleSet ? { ruleSet } : {});
}
