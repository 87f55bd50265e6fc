import { describe, expect, it } from 'vitest';
import { checkApplicationCompleteness } from './check-application-completeness.js';
import { decideApplication } from './decide-application.js';
import { FapPolicy } from './fap-policy.schema.js';
import { testFpl } from './fpl-test-table.js';

const policy = FapPolicy.parse({
  tableYear: 2026,
  tiers: [
    { maxFplPercent: 200, discountPct: 100 },
    { maxFplPercent: 400, discountPct: 60 },
  ],
  agbPct: 35,
  timeZone: 'America/New_York',
});
const now = new Date('2026-04-10T16:00:00Z');

const complete = {
  receivedOn: '2026-04-01',
  household: { size: 3, annualIncomeCents: 6_000_000 },
  documents: [{ kind: 'pay_stub' as const }],
  signedOn: '2026-04-01',
};

describe('checkApplicationCompleteness', () => {
  it('lists everything an empty application lacks, in plain words (EN and ES)', () => {
    const missing = checkApplicationCompleteness({ receivedOn: '2026-04-01' });
    expect(missing.map((m) => m.item)).toEqual(['household_size', 'household_income', 'income_proof', 'signature']);
    expect(missing[2]!.message).toMatch(/pay stubs/);
    expect(missing[3]!.messageEs).toBe('Su firma en la solicitud.');
  });

  it('asks for assets only when the policy has an asset test', () => {
    const withAssets = FapPolicy.parse({ ...policy, assetTest: { maxAssetsCents: 1_000_000 } });
    expect(checkApplicationCompleteness(complete, policy)).toEqual([]);
    expect(checkApplicationCompleteness(complete, withAssets).map((m) => m.item)).toEqual(['asset_information', 'asset_statement']);
  });

  it('accepts a signed statement of no income in place of income and proof', () => {
    const app = { receivedOn: '2026-04-01', household: { size: 1 }, noIncomeAttestation: true, signedOn: '2026-04-01' };
    expect(checkApplicationCompleteness(app)).toEqual([]);
  });

  it('needs no income papers when a presumptive circumstance is documented', () => {
    const app = { receivedOn: '2026-04-01', household: { presumptive: [{ kind: 'medicaid' as const }] }, documents: [{ kind: 'medicaid_card' as const }] };
    expect(checkApplicationCompleteness(app).map((m) => m.item)).toEqual(['signature']);
    // Claimed but not shown: the income items are still needed.
    const claimed = { ...app, documents: [] };
    expect(checkApplicationCompleteness(claimed).map((m) => m.item)).toContain('income_proof');
  });
});

describe('decideApplication', () => {
  it('approves a household at 219.62% FPL with a 60% discount, the AGB cap and a 6-month validity', () => {
    const d = decideApplication({ policy, application: complete, now, fpl: testFpl });
    expect(d).toMatchObject({
      decision: 'approved',
      discountPct: 60,
      agbPct: 35,
      reasons: ['income_within_tier'],
      decidedOn: '2026-04-10',
      validThrough: '2026-10-10',
      missing: [],
    });
    expect(d.screening.fplPercent).toBe(219.62); // 60,000 / 27,320 (3 persons, 2026);
  });

  it('returns an incomplete application with the missing items for the written request', () => {
    const d = decideApplication({ policy, application: { ...complete, signedOn: undefined, documents: [] }, now, fpl: testFpl });
    expect(d.decision).toBe('incomplete');
    expect(d.missing.map((m) => m.item)).toEqual(['income_proof', 'signature']);
    expect(d.discountPct).toBe(0);
  });

  it('denies with the reason when income is above every tier', () => {
    const d = decideApplication({ policy, application: { ...complete, household: { size: 1, annualIncomeCents: 9_000_000 } }, now, fpl: testFpl });
    expect(d).toMatchObject({ decision: 'denied', discountPct: 0, reasons: ['income_above_all_tiers'] });
  });

  it('approves a verified presumptive circumstance without waiting for paperwork', () => {
    const app = { receivedOn: '2026-04-01', household: { presumptive: [{ kind: 'homeless' as const, on: '2026-04-02' }] } };
    expect(decideApplication({ policy, application: app, now, fpl: testFpl })).toMatchObject({
      decision: 'approved',
      discountPct: 100,
      reasons: ['presumptive_homeless'],
    });
  });

  it('treats an attested zero income as zero', () => {
    const app = { receivedOn: '2026-04-01', household: { size: 2 }, noIncomeAttestation: true, signedOn: '2026-04-01' };
    expect(decideApplication({ policy, application: app, now, fpl: testFpl })).toMatchObject({ decision: 'approved', discountPct: 100 });
  });
});
