import { validationPeriod } from './validation-period.js';
import { formatDay } from './time/business-days.js';
import { parseDateDay } from './time/instant.js';

/**
 * The content of a Regulation F validation notice (12 CFR 1006.34(c)), as the model form (Appendix
 * B, form B-1; Spanish form B-2) lays it out. Money is integer cents; dates are YYYY-MM-DD.
 */
export interface ValidationNotice {
  language: 'en' | 'es';
  /** (c)(1): the statement that the communication is from a debt collector. */
  debtCollectorDisclosure: boolean;
  /** (c)(2)(i)-(ii): who is collecting and who owes. */
  collectorName: string;
  collectorMailingAddress: string;
  consumerName: string;
  consumerMailingAddress: string;
  /** (c)(2)(iii): only for consumer financial product or service debt (a financed medical bill). */
  creditorOnItemizationDate?: string;
  /** (c)(2)(iv)-(v): the account number (truncated is fine) and the current creditor. */
  accountNumber?: string;
  currentCreditor: string;
  /** (c)(2)(vi): the itemization date (b)(3): last statement, charge-off, last payment, transaction or judgment. */
  itemizationDate: string;
  /** (c)(2)(vii)-(viii): the amount then, what changed since, and the amount now. */
  itemization: { amountOnItemizationDateCents: number; interestCents: number; feesCents: number; paymentsCents: number; creditsCents: number; currentAmountCents: number };
  /** (c)(3)(i): the end of the validation period, as a date. */
  validationPeriodEndsOn: string;
  /** (c)(3)(ii)-(vi): the dispute, original-creditor and CFPB statements, in the form's words. */
  statements: { dispute: boolean; originalCreditor: boolean; verificationOnWrittenDispute: boolean; cfpbWebsite: boolean };
  /** (c)(4): the tear-off: dispute prompts (not my debt / amount is wrong / other), original-creditor prompt, where to mail it. */
  responseForm: { disputePrompts: Array<'not_my_debt' | 'amount_wrong' | 'other'>; originalCreditorPrompt: boolean; mailingAddress: string };
  /** (d)(3)(vi): the optional offer of a Spanish notice (English notices). */
  spanishOffer?: boolean;
}

export interface ValidationNoticeProblem {
  path: string;
  message: string;
  citation: string;
}

const PROMPTS = ['not_my_debt', 'amount_wrong', 'other'] as const;

/**
 * What a validation notice is missing or gets wrong, each with the paragraph it breaks (empty:
 * the notice is complete). `providedOn` is the day it is sent; the validation period must end no
 * earlier than 30 days after the receipt the collector may assume ((b)(5): 5 business days after
 * providing it, or the actual receipt when later). `initialCommunicationOn`, when the notice is
 * not itself the initial communication, must be at most 5 days before (1006.34(a)(1)(ii)).
 */
export function validationNoticeProblems(
  n: ValidationNotice,
  opts: { providedOn: string; receivedOn?: string; initialCommunicationOn?: string; holidays?: readonly string[] },
): ValidationNoticeProblem[] {
  const out: ValidationNoticeProblem[] = [];
  const need = (ok: boolean, path: string, message: string, citation: string) => {
    if (!ok) out.push({ path, message, citation });
  };
  const filled = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;
  need(n.debtCollectorDisclosure, 'debtCollectorDisclosure', 'say that the communication is from a debt collector', '12 CFR 1006.34(c)(1); 1006.18(e)');
  need(filled(n.collectorName), 'collectorName', 'name the debt collector', '12 CFR 1006.34(c)(2)(i)');
  need(filled(n.collectorMailingAddress), 'collectorMailingAddress', "give the debt collector's mailing address", '12 CFR 1006.34(c)(2)(i)');
  need(filled(n.consumerName), 'consumerName', 'name the consumer', '12 CFR 1006.34(c)(2)(ii)');
  need(filled(n.consumerMailingAddress), 'consumerMailingAddress', "give the consumer's mailing address", '12 CFR 1006.34(c)(2)(ii)');
  need(filled(n.currentCreditor), 'currentCreditor', 'name the creditor to whom the debt is currently owed', '12 CFR 1006.34(c)(2)(v)');
  need(!Number.isNaN(parseDateDay(n.itemizationDate)), 'itemizationDate', 'give the itemization date', '12 CFR 1006.34(c)(2)(vi), (b)(3)');
  const i = n.itemization;
  const amounts = [i.amountOnItemizationDateCents, i.interestCents, i.feesCents, i.paymentsCents, i.creditsCents, i.currentAmountCents];
  need(amounts.every((a) => Number.isInteger(a)), 'itemization', 'amounts are whole cents', '12 CFR 1006.34(c)(2)(vii)-(viii)');
  need(
    i.amountOnItemizationDateCents + i.interestCents + i.feesCents - i.paymentsCents - i.creditsCents === i.currentAmountCents,
    'itemization.currentAmountCents',
    'the current amount must equal the amount on the itemization date plus interest and fees, less payments and credits, since then',
    '12 CFR 1006.34(c)(2)(vii)-(viii)',
  );
  const period = validationPeriod({ providedOn: opts.providedOn, receivedOn: opts.receivedOn, holidays: opts.holidays });
  need(
    !Number.isNaN(parseDateDay(n.validationPeriodEndsOn)) && n.validationPeriodEndsOn >= period.endsOn,
    'validationPeriodEndsOn',
    `the validation period may end no earlier than ${period.endsOn} (30 days after receipt, assumed ${period.assumedReceiptOn})`,
    '12 CFR 1006.34(b)(5), (c)(3)(i)',
  );
  need(n.statements.dispute, 'statements.dispute', 'state how to dispute the debt by the end of the validation period', '12 CFR 1006.34(c)(3)(ii)-(iii)');
  need(n.statements.verificationOnWrittenDispute, 'statements.verificationOnWrittenDispute', 'state that a written dispute stops collection until verification is mailed', '12 CFR 1006.34(c)(3)(iv)');
  need(n.statements.originalCreditor, 'statements.originalCreditor', 'state how to ask for the name and address of the original creditor', '12 CFR 1006.34(c)(3)(v)');
  need(n.statements.cfpbWebsite, 'statements.cfpbWebsite', "refer to the CFPB's website (www.cfpb.gov/debt-collection)", '12 CFR 1006.34(c)(3)(vi)');
  for (const p of PROMPTS) need(n.responseForm.disputePrompts.includes(p), 'responseForm.disputePrompts', `include the dispute prompt "${p.replace(/_/g, ' ')}"`, '12 CFR 1006.34(c)(4)(i)');
  need(n.responseForm.originalCreditorPrompt, 'responseForm.originalCreditorPrompt', 'include the original-creditor request prompt', '12 CFR 1006.34(c)(4)(ii)');
  need(filled(n.responseForm.mailingAddress), 'responseForm.mailingAddress', 'give the address where the consumer may mail the response', '12 CFR 1006.34(c)(4)(iii)');
  if (opts.initialCommunicationOn !== undefined) {
    const latest = parseDateDay(opts.initialCommunicationOn) + 5;
    need(parseDateDay(opts.providedOn) <= latest, 'providedOn', `provide it within 5 days of the initial communication (by ${formatDay(latest)})`, '12 CFR 1006.34(a)(1)(i)(B)');
  }
  return out;
}
