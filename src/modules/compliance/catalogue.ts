import type { ReasonCode } from './reason-codes.js';
import { DEFAULT_RULE_SET, type Binds, type RuleSet } from './rule-set.js';
import type { QuestionKind } from './schemas.js';

/** One rule as documented: what it checks, under which law, whom it binds, what it reports. */
export interface RuleEntry {
  id: string;
  kind: QuestionKind;
  citation: string;
  binds: Binds;
  /** The reason code a block reports; null for rules that compute rather than block. */
  reason: ReasonCode | null;
  description: string;
  effectiveFrom?: string;
  /** 'rule-set' rules are data (tenants may tighten or add); 'code' rules are logic. */
  source: 'code' | 'rule-set';
}

const CODE_RULES: readonly RuleEntry[] = [
  {
    id: 'hold.deceased',
    kind: 'contact',
    citation: 'Kindly hold; 12 CFR 1006.6(a)(4) (after a death, the estate\'s representative is the "consumer")',
    binds: 'all',
    reason: 'deceased',
    description: 'No contact about the debts a deceased-person hold covers; estates are handled by a person.',
    source: 'code',
  },
  {
    id: 'hold.bankruptcy',
    kind: 'contact',
    citation: '11 U.S.C. 362(a)(6) (automatic stay)',
    binds: 'all',
    reason: 'bankruptcy',
    description: 'No collection contact while a bankruptcy hold is open.',
    source: 'code',
  },
  {
    id: 'hold.attorney',
    kind: 'contact',
    citation: '15 U.S.C. 1692c(a)(2); 12 CFR 1006.6(b)(2) (debt collectors); Kindly policy for creditors',
    binds: 'all',
    reason: 'attorney_represented',
    description: 'A consumer represented by an attorney about the debt is not contacted directly.',
    source: 'code',
  },
  {
    id: 'reg_f.cease_communication',
    kind: 'contact',
    citation: '15 U.S.C. 1692c(c); 12 CFR 1006.6(c)',
    binds: 'debt_collector',
    reason: 'reg_f_cease_communication',
    description:
      'After a written request to cease communication, nothing goes out about the debt except the notices the law lists (purpose "required_notice").',
    effectiveFrom: '1978-03-20',
    source: 'code',
  },
  {
    id: 'policy.cease_communication',
    kind: 'contact',
    citation: 'Kindly tenant policy (modelled on 12 CFR 1006.6(c))',
    binds: 'creditor_policy',
    reason: 'policy_cease_communication',
    description: 'Creditor guardrail: a cease-communication hold stops every contact but required notices.',
    source: 'code',
  },
  {
    id: 'reg_f.dispute_pending_verification',
    kind: 'contact',
    citation: '15 U.S.C. 1692g(b); 12 CFR 1006.38(d)(2)',
    binds: 'debt_collector',
    reason: 'reg_f_dispute_pending_verification',
    description: 'A disputed debt is not collected until verification is mailed (the verification itself is a required notice).',
    effectiveFrom: '1978-03-20',
    source: 'code',
  },
  {
    id: 'policy.dispute_pending_review',
    kind: 'contact',
    citation: 'Kindly tenant policy (modelled on 12 CFR 1006.38(d)(2))',
    binds: 'creditor_policy',
    reason: 'policy_dispute_pending_review',
    description: 'Creditor guardrail: collection of a disputed debt pauses until a person resolves the dispute.',
    source: 'code',
  },
  {
    id: 'tcpa.revocation',
    kind: 'contact',
    citation: '47 U.S.C. 227(b)(1); 47 CFR 64.1200(a)(10) and the FCC\'s 2024 revocation order (any reasonable means; one confirmation text)',
    binds: 'all',
    reason: 'tcpa_consent_revoked',
    description:
      'A revocation (STOP, quit, end, revoke, opt out, cancel, unsubscribe, or any reasonable request) covers calls and texts alike and is honored at once, stricter than the 10 business days allowed; only the one confirmation may follow.',
    source: 'code',
  },
  {
    id: 'reg_f.medium_opt_out',
    kind: 'contact',
    citation: '12 CFR 1006.14(h)(1); exceptions (h)(2)(i) (one reply to a consumer-initiated message on that medium) and (h)(2)(ii) (required by law); 1006.6(e)',
    binds: 'debt_collector',
    reason: 'reg_f_medium_opt_out',
    description:
      'No communication through a medium (call, text, email) the person asked the collector not to use, except one reply (purpose reply_to_consumer) to a message the person sent through it after asking, and a notice the law requires (purpose required_notice). A TCPA revocation still stops calls and texts.',
    effectiveFrom: '2021-11-30',
    source: 'code',
  },
  {
    id: 'policy.medium_opt_out',
    kind: 'contact',
    citation: 'Kindly tenant policy (modelled on 12 CFR 1006.14(h))',
    binds: 'creditor_policy',
    reason: 'policy_medium_opt_out',
    description: 'Creditor guardrail: an email opt-out is honored (calls and texts are covered by the TCPA rule).',
    source: 'code',
  },
  {
    id: 'reg_f.employer_prohibits_contact',
    kind: 'contact',
    citation: '15 U.S.C. 1692c(a)(3); 12 CFR 1006.6(b)(3)',
    binds: 'debt_collector',
    reason: 'reg_f_employer_prohibits_contact',
    description:
      'No communication at the consumer\'s place of employment (`atWork`) when the collector knows or has reason to know the employer prohibits it (`consumer.employerProhibitsContact`), on any channel and for any purpose; the consent and court exceptions of 1006.6(b)(4) are not used.',
    effectiveFrom: '1978-03-20',
    source: 'code',
  },
  {
    id: 'reg_f.employer_email',
    kind: 'contact',
    citation: '12 CFR 1006.22(f)(3)',
    binds: 'debt_collector',
    reason: 'reg_f_employer_email',
    description:
      'No email to an address the collector knows or should know the employer provided (`atWork` on an email), unless the consumer gave consent to use it directly to the collector (a prior_express email consent given to the collector) or the email answers one the consumer sent from it (purpose reply_to_consumer).',
    effectiveFrom: '2021-11-30',
    source: 'code',
  },
  {
    id: 'tcpa.prior_express_consent',
    kind: 'contact',
    citation:
      '47 U.S.C. 227(b)(1)(A)(iii); 47 CFR 64.1200(a)(1); FCC 07-232 (a number given to the creditor is consent for its collector too); FCC 15-72 (the healthcare-message exemption excludes billing and collection)',
    binds: 'all',
    reason: 'tcpa_no_prior_express_consent',
    description:
      'Autodialed or prerecorded calls and texts to a mobile (or unknown) number need prior express consent on call or SMS (either covers both); a reply to a message the consumer just sent and the one opt-out confirmation do not.',
    source: 'code',
  },
  {
    id: 'reg_f.known_inconvenient_time',
    kind: 'contact',
    citation: '15 U.S.C. 1692c(a)(1); 12 CFR 1006.6(b)(1)(i) and its official interpretation (consumer-initiated communications)',
    binds: 'debt_collector',
    reason: 'reg_f_known_inconvenient_time',
    description:
      'No contact on any channel during times the consumer said are inconvenient (from inclusive, to exclusive, local in every zone), except one reply to a message the consumer initiated.',
    effectiveFrom: '1978-03-20',
    source: 'code',
  },
  {
    id: 'policy.known_inconvenient_time',
    kind: 'contact',
    citation: 'Kindly tenant policy (modelled on 12 CFR 1006.6(b)(1)(i))',
    binds: 'creditor_policy',
    reason: 'policy_known_inconvenient_time',
    description: 'Creditor guardrail: consumer-stated inconvenient times are honored on every channel.',
    source: 'code',
  },
  {
    id: 'irc_501r.eca_definition',
    kind: 'eca',
    citation: '26 CFR 1.501(r)-6(b)',
    binds: 'all',
    reason: null,
    description:
      'ECAs: selling the debt (unless the purchase agreement carries the (b)(2) protections), reporting to credit bureaus, deferring or denying care for unpaid bills, and legal process (liens other than on personal-injury proceeds, foreclosure, attachment or seizure, lawsuits, arrest or body attachment, wage garnishment). Placing a debt with an agency and bankruptcy claims are not ECAs.',
    source: 'code',
  },
  {
    id: 'irc_501r.120_day_notification_period',
    kind: 'eca',
    citation: '26 U.S.C. 501(r)(6); 26 CFR 1.501(r)-6(c)',
    binds: 'all',
    reason: 'irc_501r6_120_day_notification_period',
    description:
      'A nonprofit hospital (and any agency or buyer acting for it) takes no ECA before the 120th day after the first post-discharge billing statement (statement on D: ECAs from D+120).',
    effectiveFrom: '2015-12-29',
    source: 'code',
  },
  {
    id: 'irc_501r.30_day_notice',
    kind: 'eca',
    citation: '26 CFR 1.501(r)-6(c)',
    binds: 'all',
    reason: 'irc_501r6_no_30_day_notice',
    description: 'No ECA without the written notice of the ECAs intended and of financial assistance, given at least 30 days before.',
    effectiveFrom: '2015-12-29',
    source: 'code',
  },
  {
    id: 'irc_501r.30_day_notice_deadline',
    kind: 'eca',
    citation: '26 CFR 1.501(r)-6(c)',
    binds: 'all',
    reason: 'irc_501r6_30_day_notice_deadline_not_passed',
    description: "The notice's deadline falls 30 days after it (notice on D: deadline D+30); ECAs may start the day after.",
    effectiveFrom: '2015-12-29',
    source: 'code',
  },
  {
    id: 'irc_501r.fap_application_pending',
    kind: 'eca',
    citation: '26 CFR 1.501(r)-6(c) (complete and incomplete applications); 1.501(r)-1(b) (application period)',
    binds: 'all',
    reason: 'irc_501r6_fap_application_pending',
    description:
      'An assistance application received during the application period (to the 240th day after the first post-discharge statement, and never before a 30-day notice deadline), complete or not, suspends ECAs until it is decided; once approved, excess payments are refunded (see fapExcessPaymentRefundCents).',
    effectiveFrom: '2015-12-29',
    source: 'code',
  },
  {
    id: 'reg_f.time_barred_debt',
    kind: 'eca',
    citation: '12 CFR 1006.26(b)',
    binds: 'debt_collector',
    reason: 'reg_f_time_barred_debt',
    description: 'A debt collector does not sue (or threaten to sue) on a time-barred debt.',
    effectiveFrom: '2021-11-30',
    source: 'code',
  },
  {
    id: 'reg_f.debt_not_transferable',
    kind: 'eca',
    citation: '12 CFR 1006.30(b)(1)',
    binds: 'debt_collector',
    reason: 'reg_f_debt_not_transferable',
    description:
      'A debt collector does not sell, transfer for consideration or place for collection (`sell_debt`, `agency_placement`) a debt it knows or should know was paid or settled, discharged in bankruptcy, or is the subject of an identity-theft report (`paidOrSettled`, `dischargedInBankruptcy`, `identityTheftReported`).',
    effectiveFrom: '2021-11-30',
    source: 'code',
  },
  {
    id: 'cra.paid_medical_collection',
    kind: 'credit_report',
    citation: 'Nationwide consumer reporting agencies (Equifax, Experian, TransUnion) medical debt policy, 2022',
    binds: 'all',
    reason: 'paid_medical_collection',
    description: 'Paid medical collections are not furnished.',
    effectiveFrom: '2022-07-01',
    source: 'code',
  },
  {
    id: 'cra.initial_balance_under_500',
    kind: 'credit_report',
    citation: 'Nationwide consumer reporting agencies medical debt policy, 2023',
    binds: 'all',
    reason: 'initial_balance_under_500',
    description: 'Medical collections with an initial balance under $500.00 are not furnished.',
    effectiveFrom: '2023-04-11',
    source: 'code',
  },
  {
    id: 'cra.one_year_since_delinquency',
    kind: 'credit_report',
    citation: 'Nationwide consumer reporting agencies medical debt policy, 2022',
    binds: 'all',
    reason: 'under_one_year_since_first_delinquency',
    description: 'Medical collections are furnished only from the anniversary of the first delinquency (one year after D is allowed on D\'s anniversary).',
    effectiveFrom: '2022-07-01',
    source: 'code',
  },
  {
    id: 'reg_f.passive_collection_wait',
    kind: 'credit_report',
    citation: '12 CFR 1006.30(a)(1)(i)-(ii) and comment 30(a)(1)-2 (14 consecutive days is a reasonable wait)',
    binds: 'debt_collector',
    reason: 'reg_f_passive_collection_wait',
    description:
      'A debt collector furnishes nothing before communicating with the consumer: after speaking with them (in person, by phone) at once; after a first letter or electronic message on D, from D+15 (14 days to learn it was undeliverable); a letter returned undeliverable within those days does not count.',
    effectiveFrom: '2021-11-30',
    source: 'code',
  },
  {
    id: 'hipaa.minimum_necessary',
    kind: 'message_content',
    citation: '45 CFR 164.502(b), 164.514(d)',
    binds: 'all',
    reason: 'hipaa_minimum_necessary',
    description:
      'No diagnosis, procedure, service line or other clinical detail (provider names that reveal one included) in texts, voicemails, email subjects, or any email body or letter not known to reach only the patient.',
    source: 'code',
  },
  {
    id: 'reg_f.missing_opt_out',
    kind: 'message_content',
    citation: '12 CFR 1006.6(e) and its official interpretation (a reasonable and simple method; no fee, no information beyond the opt-out)',
    binds: 'debt_collector',
    reason: 'reg_f_missing_opt_out',
    description:
      "Every text and email from a debt collector gives a reasonable and simple way to opt out on that medium ('Reply STOP', an unsubscribe link, replying to the email); an opt-out that needs a call, a letter, a fee or more information does not count.",
    effectiveFrom: '2021-11-30',
    source: 'code',
  },
  {
    id: 'reg_f.debt_collector_disclosure',
    kind: 'message_content',
    citation: '15 U.S.C. 1692e(11); 12 CFR 1006.18(e)(1)-(2) (texts and emails are never limited-content messages, 1006.18(e)(3))',
    binds: 'debt_collector',
    reason: 'reg_f_missing_debt_collector_disclosure',
    description:
      "Every text and email from a debt collector says it is from a debt collector ('This is a communication from a debt collector', 'an attempt to collect a debt', or the Spanish 'cobrador de deudas' / 'intento de cobrar una deuda').",
    effectiveFrom: '2021-11-30',
    source: 'code',
  },
  {
    id: 'reg_f.overshadowing',
    kind: 'message_content',
    citation: '15 U.S.C. 1692g(b); 12 CFR 1006.38(b) and its official interpretation',
    binds: 'debt_collector',
    reason: 'reg_f_overshadowing',
    description:
      'Up to the last day of the validation period (`validationPeriodEndsOn`), no message from a debt collector demands payment now or by a deadline, or threatens action unless paid (pay today, immediate payment, final notice, to avoid further action), which would overshadow the right to dispute.',
    effectiveFrom: '2021-11-30',
    source: 'code',
  },
  {
    id: 'reg_f.limited_content_message',
    kind: 'message_content',
    citation: '12 CFR 1006.2(j); 1006.6(d)',
    binds: 'debt_collector',
    reason: 'not_a_limited_content_message',
    description:
      "A debt collector's voicemail holds only the limited content: a business name not suggesting debt collection, a request to reply, a person's name and a phone number, optionally a salutation, the date and time, suggested reply times and that any representative can help.",
    effectiveFrom: '2021-11-30',
    source: 'code',
  },
  {
    id: 'ca.reasonable_payment_formula',
    kind: 'payment_cap',
    citation: 'Cal. Health & Safety Code §127425 (reasonable payment formula; extended payment plans interest-free)',
    binds: 'all',
    reason: null,
    description: 'California: monthly payments at most 10% of family income for a month after essential living expenses, interest-free.',
    source: 'code',
  },
  {
    id: 'hhs.poverty_guidelines',
    kind: 'fap_screen',
    citation: 'HHS poverty guidelines (42 U.S.C. 9902(2)); see data/fpl-sources.ts',
    binds: 'all',
    reason: null,
    description: 'Income as a percentage of the HHS guideline for the household size and region; tiers are inclusive, decided on the unrounded percentage.',
    source: 'code',
  },
];

/** The catalogue of every rule a rule set evaluates: data rules first by family, then code rules. */
export function catalogue(ruleSet: RuleSet = DEFAULT_RULE_SET): RuleEntry[] {
  const data: RuleEntry[] = [];
  const push = (kind: QuestionKind, r: { id: string; citation: string; binds: Binds; reason: ReasonCode; description: string; effectiveFrom?: string }) =>
    data.push({
      id: r.id,
      kind,
      citation: r.citation,
      binds: r.binds,
      reason: r.reason,
      description: r.description,
      ...(r.effectiveFrom !== undefined ? { effectiveFrom: r.effectiveFrom } : {}),
      source: 'rule-set',
    });
  for (const r of ruleSet.contactWindows) push('contact', r);
  for (const r of ruleSet.callCaps) push('contact', r);
  for (const r of ruleSet.conversationWaits) push('contact', r);
  for (const r of ruleSet.medicalDebtReportingBans) push('credit_report', r);
  for (const r of ruleSet.ecaWaits) push('eca', r);
  return [...data, ...CODE_RULES];
}

/** The shipped rule catalogue. */
export const RULES: readonly RuleEntry[] = Object.freeze(catalogue(DEFAULT_RULE_SET));
