import { describe, expect, it } from 'vitest';
import { validationNoticeProblems, type ValidationNotice } from './validation-notice.js';

/** A complete notice per model form B-1, sent Friday 2026-07-10 for a hospital bill placed with an agency. */
const complete: ValidationNotice = {
  language: 'en',
  debtCollectorDisclosure: true,
  collectorName: 'Northgate Account Services',
  collectorMailingAddress: 'PO Box 100, Columbus, OH 43215',
  consumerName: 'Mary Smith',
  consumerMailingAddress: '12 Elm St, Dayton, OH 45402',
  accountNumber: '****4821',
  currentCreditor: 'Riverbend Community Hospital',
  itemizationDate: '2026-05-01',
  itemization: { amountOnItemizationDateCents: 52000, interestCents: 0, feesCents: 0, paymentsCents: 2000, creditsCents: 0, currentAmountCents: 50000 },
  // 5 business days after Friday 2026-07-10 is Friday 2026-07-17; 30 days later is 2026-08-16.
  validationPeriodEndsOn: '2026-08-16',
  statements: { dispute: true, originalCreditor: true, verificationOnWrittenDispute: true, cfpbWebsite: true },
  responseForm: { disputePrompts: ['not_my_debt', 'amount_wrong', 'other'], originalCreditorPrompt: true, mailingAddress: 'PO Box 100, Columbus, OH 43215' },
  spanishOffer: true,
};

describe('Regulation F validation notice (12 CFR 1006.34)', () => {
  it('accepts a notice that follows the model form, in English or Spanish', () => {
    expect(validationNoticeProblems(complete, { providedOn: '2026-07-10' })).toEqual([]);
    expect(validationNoticeProblems({ ...complete, language: 'es' }, { providedOn: '2026-07-10' })).toEqual([]);
  });

  it('computes the validation period from receipt: one day short fails, and a later actual receipt extends it', () => {
    const short = validationNoticeProblems({ ...complete, validationPeriodEndsOn: '2026-08-15' }, { providedOn: '2026-07-10' });
    expect(short.map((p) => p.path)).toEqual(['validationPeriodEndsOn']);
    expect(short[0]!.message).toContain('2026-08-16');
    // Received on 2026-07-20 (later than assumed): the period runs to 2026-08-19.
    expect(validationNoticeProblems(complete, { providedOn: '2026-07-10', receivedOn: '2026-07-20' }).map((p) => p.path)).toEqual(['validationPeriodEndsOn']);
    expect(validationNoticeProblems({ ...complete, validationPeriodEndsOn: '2026-08-19' }, { providedOn: '2026-07-10', receivedOn: '2026-07-20' })).toEqual([]);
  });

  it('names every missing part with its paragraph: itemization that does not add up, prompts, statements', () => {
    const broken: ValidationNotice = {
      ...complete,
      itemization: { ...complete.itemization, currentAmountCents: 51000 },
      statements: { ...complete.statements, originalCreditor: false },
      responseForm: { ...complete.responseForm, disputePrompts: ['other'] },
    };
    const problems = validationNoticeProblems(broken, { providedOn: '2026-07-10' });
    expect(problems.map((p) => [p.path, p.citation])).toEqual([
      ['itemization.currentAmountCents', '12 CFR 1006.34(c)(2)(vii)-(viii)'],
      ['statements.originalCreditor', '12 CFR 1006.34(c)(3)(v)'],
      ['responseForm.disputePrompts', '12 CFR 1006.34(c)(4)(i)'],
      ['responseForm.disputePrompts', '12 CFR 1006.34(c)(4)(i)'],
    ]);
  });

  it('must follow the initial communication within 5 days (1006.34(a)(1)(i)(B))', () => {
    expect(validationNoticeProblems(complete, { providedOn: '2026-07-10', initialCommunicationOn: '2026-07-05' })).toEqual([]);
    expect(validationNoticeProblems(complete, { providedOn: '2026-07-10', initialCommunicationOn: '2026-07-04' }).map((p) => p.path)).toEqual(['providedOn']);
  });
});
