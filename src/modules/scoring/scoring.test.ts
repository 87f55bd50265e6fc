import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FapPolicy } from '../assistance/index.js';
import { FEATURES, HARDSHIP_FEATURES, PROPENSITY_FEATURES, featureRow } from './features.js';
import { auc, brier, fitLogistic, predict, reliability } from './logistic.js';
import { compileModel, priorModel, scoreRow } from './model.js';
import { explainReasons, reasonText } from './reasons.js';
import { screenAccount, type ScreeningFacts } from './screen-account.js';

describe('what the models may look at', () => {
  it('propensity to pay never sees language, age, ZIP or area income', () => {
    expect([...PROPENSITY_FEATURES]).toEqual([
      'log_balance', 'days_past_due', 'payments_last_year', 'days_since_last_payment', 'prompt_paid_bills', 'had_plan', 'plan_trouble',
      'inbound_replies_90d', 'failed_messages_90d', 'messages_sent_90d', 'prior_assistance_approved', 'payer_medicaid', 'payer_medicare',
      'payer_self_pay', 'log_other_balance',
    ]);
    for (const f of PROPENSITY_FEATURES) expect(f).not.toMatch(/(^|_)(language|lang|age|birth|zip|postal|area|income|sex|race)(_|$)/);
  });

  it('hardship adds only means (reported income, area income) to the propensity inputs', () => {
    expect(HARDSHIP_FEATURES.slice(0, PROPENSITY_FEATURES.length)).toEqual([...PROPENSITY_FEATURES]);
    expect(HARDSHIP_FEATURES.slice(PROPENSITY_FEATURES.length)).toEqual(['prior_assistance_applied', 'income_known', 'balance_share_of_monthly_income', 'income_at_or_below_200_fpl', 'zip_low_income']);
    for (const f of HARDSHIP_FEATURES) expect(f).not.toMatch(/(^|_)(language|lang|age|birth|sex|race)(_|$)/);
  });

  it('every feature has plain words for any value', () => {
    for (const f of FEATURES) for (const v of [0, 1, 2, 7.5, 365]) expect(reasonText(f, v)).toMatch(/^[a-z$0-9]/);
    expect(reasonText('prompt_paid_bills', 2)).toBe('paid the last two bills by their due date');
    expect(reasonText('balance_share_of_monthly_income', 0.25)).toBe('balance is more than 10% of estimated monthly income (25%)');
    expect(reasonText('log_balance', Math.log1p(120))).toBe('owes $120.00 on this bill');
  });
});

describe('features as of a cutoff', () => {
  it('turns one account’s history into the documented values', () => {
    const out = new Float64Array(FEATURES.length);
    featureRow(
      { id: 'a', person_id: 'p', due: 120000, due_on: '2026-10-25', n_year: 3, last_on: '2026-11-14', prompt_all: 3, prompt_own: true, had_plan: true, trouble: false, inbound: 2, failed: 0, sent: 4,
        approved: false, applied: true, medicaid: false, medicare: false, covered: false, person_due: 150000, income: 2_400_000, hh_size: 3, zip_low: false },
      '2026-11-24',
      () => 2_665_000,
      out,
      0,
    );
    const v = Object.fromEntries(FEATURES.map((f, i) => [f, out[i]]));
    expect(v.days_past_due).toBe(30);
    expect(v.days_since_last_payment).toBe(10);
    expect(v.prompt_paid_bills).toBe(2); // this bill's own prompt payment does not count
    expect(v.payer_self_pay).toBe(1);
    expect(v.balance_share_of_monthly_income).toBeCloseTo(0.6, 6); // $1,200 of $2,000 a month
    expect(v.income_at_or_below_200_fpl).toBe(1);
    expect(v.log_other_balance).toBeCloseTo(Math.log1p(300), 9);
  });
});

describe('regularized logistic regression', () => {
  // y drawn with P = sigmoid(2*x0 - 0.3*(x1 - 5)) from a fixed LCG: the fit must find the signs and rank well.
  function data(n: number) {
    let s = 12345;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    const x = new Float64Array(n * 3);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x[i * 3] = rnd() * 4 - 2;
      x[i * 3 + 1] = rnd() * 10;
      x[i * 3 + 2] = 5; // constant: must not break the fit
      y[i] = rnd() < 1 / (1 + Math.exp(-(2 * x[i * 3]! - 0.3 * (x[i * 3 + 1]! - 5)))) ? 1 : 0;
    }
    return { m: { x, rows: n, width: 3 }, y };
  }

  it('finds the signal, ignores a constant column, and is reproducible to the bit', () => {
    const { m, y } = data(20000);
    const a = fitLogistic(m, y);
    const b = fitLogistic(m, y);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.weights[0]).toBeGreaterThan(1); // 2 per unit of x0, whose std is about 1.15
    expect(a.weights[1]).toBeLessThan(0);
    expect(a.weights[2]).toBe(0);
    const p = predict(a, m);
    expect(auc(p, y)!).toBeGreaterThan(0.8);
    expect(brier(p, y)!).toBeLessThan(0.2);
    const bins = reliability(p, y);
    expect(bins.reduce((s, b) => s + b.n, 0)).toBe(20000);
    // Calibrated: where there are enough rows, the observed rate is near the mean score.
    for (const bin of bins.filter((b) => b.n > 500)) expect(Math.abs(bin.observed! - bin.meanScore!)).toBeLessThan(0.05);
  });

  it('AUC counts ties as half and is undefined with one class', () => {
    expect(auc(Float64Array.from([0.1, 0.4, 0.35, 0.8]), Uint8Array.from([0, 0, 1, 1]))).toBe(0.75);
    expect(auc(Float64Array.from([0.5, 0.5]), Uint8Array.from([0, 1]))).toBe(0.5);
    expect(auc(Float64Array.from([0.5, 0.2]), Uint8Array.from([1, 1]))).toBeNull();
  });

  it('names the features that moved a score most, largest first', () => {
    const m = compileModel(priorModel('pay_30'));
    const row = new Float64Array(FEATURES.length);
    row[FEATURES.indexOf('prompt_paid_bills')] = 3;
    row[FEATURES.indexOf('payments_last_year')] = 4;
    row[FEATURES.indexOf('days_since_last_payment')] = 5;
    row[FEATURES.indexOf('log_balance')] = 5.5;
    const { score, reasons } = scoreRow(m, row, 0);
    expect(score).toBeGreaterThan(0.5);
    expect(reasons).toHaveLength(3);
    expect(explainReasons(reasons).every((r) => r.direction === 'up')).toBe(true);
    expect(reasons.map((r) => r[0])).toContain('prompt_paid_bills');
  });
});

const policy = FapPolicy.parse({ tiers: [{ maxFplPercent: 200, discountPct: 100 }, { maxFplPercent: 300, discountPct: 50 }], timeZone: 'America/New_York' });
const now = new Date('2026-11-24T16:00:00Z');
const facts = (o: Partial<ScreeningFacts> = {}): ScreeningFacts => ({
  state: 'OH', deceased: false, medicaidCoverage: false, reportedPresumptive: [], lastApprovedOn: null, pendingApplication: false, activeApproval: false,
  householdSize: null, annualIncomeCents: null, hardship: null, ...o,
});

describe('presumptive screening of one account', () => {
  it('Medicaid, SNAP or a recent approval is presumptively eligible; an old approval is not', () => {
    expect(screenAccount(policy, facts({ medicaidCoverage: true }), now)).toMatchObject({ status: 'likely_eligible', basis: 'presumptive', discountPct: 100 });
    expect(screenAccount(policy, facts({ reportedPresumptive: ['snap'] }), now).reasons[0]!.code).toBe('presumptive_snap');
    expect(screenAccount(policy, facts({ lastApprovedOn: '2026-08-01' }), now).status).toBe('likely_eligible');
    expect(screenAccount(policy, facts({ lastApprovedOn: '2025-01-01' }), now).status).toBe('not_indicated');
  });

  it('reported income inside the FAP, or only inside the state charity-care law, is likely eligible', () => {
    expect(screenAccount(policy, facts({ householdSize: 3, annualIncomeCents: 3_000_000 }), now)).toMatchObject({ status: 'likely_eligible', basis: 'estimated_income' });
    // ~376% of the guideline: above this FAP, within California's 400% fair-pricing floor.
    expect(screenAccount(policy, facts({ householdSize: 3, annualIncomeCents: 10_000_000 }), now).status).toBe('not_indicated');
    expect(screenAccount(policy, facts({ state: 'CA', householdSize: 3, annualIncomeCents: 10_000_000 }), now)).toMatchObject({ status: 'likely_eligible', basis: 'state_law' });
  });

  it('likely hardship without income on file asks a counselor to look; a pending application is already in hand', () => {
    expect(screenAccount(policy, facts({ hardship: 0.7 }), now)).toMatchObject({ status: 'possibly_eligible', basis: 'hardship_model' });
    expect(screenAccount(policy, facts({ hardship: 0.2 }), now).status).toBe('not_indicated');
    expect(screenAccount(policy, facts({ pendingApplication: true, medicaidCoverage: true }), now).status).toBe('assisted');
  });
});

describe('scores never decide a plan, assistance or an escalation', () => {
  it('no money module and not the compliance engine imports scoring', () => {
    const root = join(import.meta.dirname, '..');
    const offenders: string[] = [];
    for (const mod of ['plans', 'assistance', 'payments', 'ledger', 'compliance']) {
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const p = join(dir, name);
          if (statSync(p).isDirectory()) walk(p);
          else if (name.endsWith('.ts') && /from '\.\.\/(\.\.\/)?scoring\//.test(readFileSync(p, 'utf8'))) offenders.push(p);
        }
      };
      walk(join(root, mod));
    }
    expect(offenders).toEqual([]);
  });
});
