import { describe, expect, it } from 'vitest';
import { creditReport, hospital } from './test-helpers.js';

const tradeline = (over: Record<string, unknown> = {}) => ({
  type: 'medical_collection',
  initialBalanceCents: 87_500,
  currentBalanceCents: 87_500,
  paidInFull: false,
  firstDelinquencyOn: '2025-03-10',
  ...over,
});

describe('medical debt credit reporting', () => {
  const q = { collector: hospital, consumerState: 'TX', tradeline: tradeline() };

  it('waits until the anniversary of the first delinquency', () => {
    expect(creditReport({ ...q, on: '2026-03-09' })).toMatchObject({
      reasons: ['under_one_year_since_first_delinquency'],
      earliestAllowedOn: '2026-03-10',
    });
    expect(creditReport({ ...q, on: '2026-03-10' }).allowed).toBe(true);
  });

  it('counts a year from Feb 29 to Mar 1', () => {
    expect(creditReport({ ...q, tradeline: tradeline({ firstDelinquencyOn: '2024-02-29' }), on: '2025-02-28' }).earliestAllowedOn).toBe('2025-03-01');
  });

  it('never reports an initial balance under $500 (49999 cents), but does at $500.00', () => {
    expect(creditReport({ ...q, tradeline: tradeline({ initialBalanceCents: 49_999 }), on: '2026-06-01' })).toMatchObject({
      reasons: ['initial_balance_under_500'],
      earliestAllowedOn: null,
    });
    expect(creditReport({ ...q, tradeline: tradeline({ initialBalanceCents: 50_000 }), on: '2026-06-01' }).allowed).toBe(true);
  });

  it('never reports a paid medical collection, nor one with nothing left to pay', () => {
    expect(creditReport({ ...q, tradeline: tradeline({ paidInFull: true, currentBalanceCents: 0 }), on: '2026-06-01' }).reasons).toEqual(['paid_medical_collection']);
    expect(creditReport({ ...q, tradeline: tradeline({ currentBalanceCents: 0 }), on: '2026-06-01' }).reasons).toEqual(['paid_medical_collection']);
  });

  it('applies the bureaus\' rules from their effective dates', () => {
    const small = { ...q, tradeline: tradeline({ initialBalanceCents: 30_000, firstDelinquencyOn: '2021-01-10' }) };
    expect(creditReport({ ...small, on: '2023-04-10' }).allowed).toBe(true);
    expect(creditReport({ ...small, on: '2023-04-11' }).reasons).toEqual(['initial_balance_under_500']);
  });

  it('follows state bans from their effective dates', () => {
    const ca = { ...q, consumerState: 'CA', tradeline: tradeline({ firstDelinquencyOn: '2023-01-10' }) };
    expect(creditReport({ ...ca, on: '2024-12-31' }).allowed).toBe(true);
    expect(creditReport({ ...ca, on: '2025-01-01' })).toMatchObject({ reasons: ['state_medical_debt_reporting_ban'], earliestAllowedOn: null });
    for (const state of ['CO', 'NY', 'MN', 'CT', 'VT']) {
      expect(creditReport({ ...ca, consumerState: state, on: '2026-06-01' }).reasons, state).toEqual(['state_medical_debt_reporting_ban']);
    }
  });

  it('applies only to medical tradelines', () => {
    const other = { ...q, tradeline: tradeline({ type: 'consumer_loan', initialBalanceCents: 10_000 }), on: '2025-04-01' };
    expect(creditReport(other).allowed).toBe(true);
  });
});

describe('Regulation F passive collection (12 CFR 1006.30(a))', () => {
  const q = { consumerState: 'TX', tradeline: tradeline({ firstDelinquencyOn: '2024-01-10' }) };

  it('waits 14 days after the first letter or message: day 14 blocked, day 15 allowed', () => {
    expect(creditReport({ ...q, firstCommunicationOn: '2026-08-20', on: '2026-09-03' })).toMatchObject({
      reasons: ['reg_f_passive_collection_wait'],
      earliestAllowedOn: '2026-09-04',
    });
    expect(creditReport({ ...q, firstCommunicationOn: '2026-08-20', on: '2026-09-04' }).allowed).toBe(true);
  });

  it('blocks a collector that has not communicated at all, and never binds the original creditor', () => {
    expect(creditReport({ ...q, on: '2026-09-04' })).toMatchObject({ reasons: ['reg_f_passive_collection_wait'], earliestAllowedOn: null });
    expect(creditReport({ ...q, collector: hospital, on: '2026-09-04' }).allowed).toBe(true);
  });

  it('needs no wait after speaking with the consumer (1006.30(a)(1)(i))', () => {
    expect(creditReport({ ...q, firstCommunicationOn: '2026-08-20', firstCommunicationMeans: 'telephone', on: '2026-08-20' }).allowed).toBe(true);
    expect(creditReport({ ...q, firstCommunicationOn: '2026-08-20', firstCommunicationMeans: 'letter', on: '2026-08-20' }).earliestAllowedOn).toBe('2026-09-04');
  });

  it('a letter returned undeliverable within the wait is no communication (1006.30(a)(1)(ii)(B))', () => {
    const bounced = { ...q, firstCommunicationOn: '2026-08-20', undeliverableOn: '2026-08-27' };
    expect(creditReport({ ...bounced, on: '2026-09-10' })).toMatchObject({ allowed: false, reasons: ['reg_f_passive_collection_wait'], earliestAllowedOn: null });
    // A notice that comes back after the reasonable period does not undo the communication.
    expect(creditReport({ ...q, firstCommunicationOn: '2026-08-20', undeliverableOn: '2026-09-10', on: '2026-09-10' }).allowed).toBe(true);
  });
});
