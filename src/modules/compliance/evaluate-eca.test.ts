import { describe, expect, it } from 'vitest';
import { agency, eca, hospital, nonprofit } from './test-helpers.js';

const notice = (on: string) => ({ type: 'eca_30_day_notice', on });

describe('IRC 501(r)(6): extraordinary collection actions by nonprofit hospitals', () => {
  const base = { state: 'IN', action: 'credit_report', firstPostDischargeStatementOn: '2026-01-05', noticesSent: [notice('2026-03-01')] };

  it('waits 120 days after the first post-discharge statement: day 119 is blocked, day 120 allowed', () => {
    // Statement on 2026-01-05 is day 1; the notification period ends 2026-05-04.
    const day119 = eca({ ...base, on: '2026-05-04' });
    expect(day119).toMatchObject({ allowed: false, isEca: true, reasons: ['irc_501r6_120_day_notification_period'], earliestAllowedOn: '2026-05-05' });
    expect(eca({ ...base, on: '2026-05-05' }).allowed).toBe(true);
  });

  it('needs the 30-day written notice, and waits until the day after its deadline', () => {
    expect(eca({ ...base, noticesSent: [], on: '2026-06-01' })).toMatchObject({
      reasons: ['irc_501r6_no_30_day_notice'],
      earliestAllowedOn: null,
    });
    // Notice on 2026-04-20: deadline 2026-05-20, ECAs from 2026-05-21.
    const q = { ...base, noticesSent: [notice('2026-04-20')] };
    expect(eca({ ...q, on: '2026-05-20' })).toMatchObject({
      reasons: ['irc_501r6_30_day_notice_deadline_not_passed'],
      earliestAllowedOn: '2026-05-21',
    });
    expect(eca({ ...q, on: '2026-05-21' }).allowed).toBe(true);
  });

  it('treats a notice dated after the action as not yet given, and finds the date both waits allow', () => {
    const d = eca({ ...base, noticesSent: [notice('2026-05-15')], on: '2026-05-10' });
    expect(d.reasons).toEqual(['irc_501r6_no_30_day_notice']);
    expect(d.earliestAllowedOn).toBe('2026-06-15');
  });

  it('lists every blocking reason together', () => {
    const d = eca({ ...base, noticesSent: [], on: '2026-03-01', fapApplication: { receivedOn: '2026-02-20', complete: false, decision: 'pending' } });
    expect(d.reasons).toEqual([
      'irc_501r6_fap_application_pending',
      'irc_501r6_no_30_day_notice',
      'irc_501r6_120_day_notification_period',
    ]);
  });

  it('suspends ECAs while an application, complete or not, is pending', () => {
    for (const complete of [true, false]) {
      const d = eca({ ...base, on: '2026-06-01', fapApplication: { receivedOn: '2026-05-20', complete, decision: 'pending', decidedOn: null } });
      expect(d).toMatchObject({ allowed: false, reasons: ['irc_501r6_fap_application_pending'], earliestAllowedOn: null });
    }
  });

  it('lets ECAs resume once the application is decided, not before the decision date', () => {
    const denied = { receivedOn: '2026-05-20', complete: true, decision: 'denied', decidedOn: '2026-05-28' };
    expect(eca({ ...base, on: '2026-06-01', fapApplication: denied }).allowed).toBe(true);
    expect(eca({ ...base, on: '2026-05-27', fapApplication: denied }).reasons).toEqual(['irc_501r6_fap_application_pending']);
  });

  it('does not suspend for an application received after the 240-day application period', () => {
    // Day 240 after 2026-01-05 is 2026-09-02.
    const late = { receivedOn: '2026-09-03', complete: true, decision: 'pending' };
    expect(eca({ ...base, on: '2026-09-10', fapApplication: late }).allowed).toBe(true);
    const inTime = { ...late, receivedOn: '2026-09-02' };
    expect(eca({ ...base, on: '2026-09-10', fapApplication: inTime }).allowed).toBe(false);
  });

  it('binds the hospital\'s agencies, not agencies of other creditors', () => {
    const q = { ...base, noticesSent: [], on: '2026-02-01' };
    expect(eca({ ...q, collector: { ...agency, onBehalfOf: 'nonprofit_hospital' } }).allowed).toBe(false);
    expect(eca({ ...q, collector: agency }).allowed).toBe(true);
    expect(eca({ ...q, collector: hospital }).allowed).toBe(true);
  });

  it('knows which actions are ECAs', () => {
    const early = { ...base, noticesSent: [], on: '2026-02-01' };
    for (const action of ['credit_report', 'sell_debt', 'lawsuit', 'wage_garnishment', 'lien', 'defer_care', 'foreclosure', 'attach_bank_account', 'body_attachment']) {
      expect(eca({ ...early, action }).isEca, action).toBe(true);
    }
    for (const action of ['agency_placement', 'bankruptcy_claim', 'personal_injury_lien']) {
      expect(eca({ ...early, action })).toMatchObject({ isEca: false, allowed: true });
    }
    expect(eca({ ...early, action: 'sell_debt', saleWith501rProtections: true })).toMatchObject({ isEca: false, allowed: true });
  });

  it('lets care be deferred once the written FAP notice for deferral is given', () => {
    const q = { ...base, action: 'defer_care', on: '2026-02-01', noticesSent: [{ type: 'defer_care_fap_notice', on: '2026-01-20' }] };
    expect(eca(q).allowed).toBe(true);
    expect(eca({ ...q, noticesSent: [] }).allowed).toBe(false);
  });

  it('blocks with a null date when the first statement is unknown', () => {
    expect(eca({ ...base, firstPostDischargeStatementOn: undefined, on: '2026-09-01' })).toMatchObject({
      reasons: ['irc_501r6_120_day_notification_period'],
      earliestAllowedOn: null,
    });
  });
});

describe('California: 180 days after initial billing (Health & Safety Code §127425)', () => {
  const q = { collector: hospital, state: 'CA', action: 'lawsuit', firstPostDischargeStatementOn: '2026-08-10', noticesSent: [] };

  it('blocks suits until day 180 after initial billing, for any hospital and its agencies', () => {
    expect(eca({ ...q, on: '2027-02-05' })).toMatchObject({ reasons: ['ca_180_day_wait'], earliestAllowedOn: '2027-02-06' });
    expect(eca({ ...q, on: '2027-02-06' }).allowed).toBe(true);
    expect(eca({ ...q, collector: agency, on: '2027-02-05' }).reasons).toEqual(['ca_180_day_wait']);
    expect(eca({ ...q, collector: { role: 'original_creditor', entity: 'clinic' }, on: '2027-02-05' }).allowed).toBe(true);
    expect(eca({ ...q, state: 'NV', on: '2027-02-05' }).allowed).toBe(true);
  });

  it('adds the state reporting ban for credit reporting, which no date lifts', () => {
    const d = eca({ ...q, action: 'credit_report', on: '2027-01-10' });
    expect(d.reasons).toEqual(['state_medical_debt_reporting_ban', 'ca_180_day_wait']);
    expect(d.earliestAllowedOn).toBeNull();
  });

  it('applies to nonprofit hospitals on top of 501(r)', () => {
    const d = eca({ ...q, collector: nonprofit, on: '2026-12-14', noticesSent: [notice('2026-11-01')] });
    expect(d.reasons).toEqual(['ca_180_day_wait']);
    expect(d.earliestAllowedOn).toBe('2027-02-06');
  });
});

describe('Regulation F: time-barred debt (12 CFR 1006.26(b))', () => {
  it('forbids a debt collector to sue on a time-barred debt', () => {
    const d = eca({ collector: agency, state: 'TX', action: 'lawsuit', on: '2026-09-01', timeBarred: true });
    expect(d).toMatchObject({ allowed: false, reasons: ['reg_f_time_barred_debt'], earliestAllowedOn: null });
    expect(eca({ collector: agency, state: 'TX', action: 'lawsuit', on: '2026-09-01' }).allowed).toBe(true);
  });
});

describe('Regulation F: no sale or transfer of a debt that may not be collected (12 CFR 1006.30(b))', () => {
  it('forbids a debt collector to sell or place a paid, settled, discharged or identity-theft debt', () => {
    for (const action of ['sell_debt', 'agency_placement'] as const) {
      for (const fact of ['paidOrSettled', 'dischargedInBankruptcy', 'identityTheftReported'] as const) {
        const d = eca({ collector: agency, state: 'TX', action, on: '2026-09-01', [fact]: true });
        expect(d, `${action} ${fact}`).toMatchObject({ allowed: false, reasons: ['reg_f_debt_not_transferable'], earliestAllowedOn: null });
      }
      expect(eca({ collector: agency, state: 'TX', action, on: '2026-09-01' }).allowed).toBe(true);
    }
    // Other actions are not transfers; before 2021-11-30 the rule did not exist.
    expect(eca({ collector: agency, state: 'TX', action: 'lien', on: '2026-09-01', paidOrSettled: true }).reasons).not.toContain('reg_f_debt_not_transferable');
    expect(eca({ collector: agency, state: 'TX', action: 'sell_debt', on: '2021-06-01', paidOrSettled: true }).allowed).toBe(true);
  });

  it('gives an original creditor no Regulation F code', () => {
    const d = eca({ collector: hospital, state: 'TX', action: 'agency_placement', on: '2026-09-01', dischargedInBankruptcy: true });
    expect(d.reasons.filter((r) => r.startsWith('reg_f_'))).toEqual([]);
  });
});
