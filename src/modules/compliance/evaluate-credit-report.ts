import { compiled } from './compiled-rules.js';
import type { CreditReportDecision } from './decisions.js';
import { earliestAllowedDay, NEVER } from './earliest-allowed-day.js';
import { orderReasons, type ReasonCode } from './reason-codes.js';
import type { RuleSet } from './rule-set.js';
import type { CreditReportQuestion } from './schemas.js';
import { civilFromDays, daysFromCivil, formatDay, parseDateDay } from './time/instant.js';

/**
 * kind "credit_report": may this medical tradeline be furnished to a consumer reporting agency?
 *
 * The nationwide consumer reporting agencies (Equifax, Experian, TransUnion) stopped accepting
 * paid medical collections and medical collections less than a year delinquent from
 * 2022-07-01, and medical collections with an initial balance under $500 from 2023-04-11; Kindly
 * treats those policies as rules because a furnished tradeline they refuse is an error. States
 * that ban medical debt reporting outright come from the rule set. Regulation F adds, for debt
 * collectors, the passive-collection wait: no furnishing before communicating with the consumer
 * (a letter or electronic message counts once 14 days pass without notice that it was
 * undeliverable).
 */

const CRA_PAID_AND_YEAR_FROM = parseDateDay('2022-07-01');
const CRA_UNDER_500_FROM = parseDateDay('2023-04-11');
const REG_F_FROM = parseDateDay('2021-11-30');

/** The anniversary of a date one year on (Feb 29 -> Mar 1, so a full year has always passed). */
export function oneYearAfter(day: number): number {
  const { y, m, d } = civilFromDays(day);
  const candidate = daysFromCivil(y + 1, m, d);
  return civilFromDays(candidate).m === m ? candidate : daysFromCivil(y + 1, m + 1, 1);
}

interface Check {
  reasons: ReasonCode[];
  next: number;
}

function block(c: Check, reason: ReasonCode, until: number): void {
  c.reasons.push(reason);
  if (until > c.next) c.next = until;
}

function isMedical(type: string): boolean {
  return type.startsWith('medical');
}

/** Decides a validated credit_report question under a rule set. */
export function decideCreditReport(q: CreditReportQuestion, ruleSet: RuleSet): CreditReportDecision {
  const rules = compiled(ruleSet);
  const debtCollector = q.collector.role === 'debt_collector' || q.collector.usesThirdPartyName === true;
  const t = q.tradeline;
  const medical = isMedical(t.type);

  const checkOn = (day: number): Check => {
    const c: Check = { reasons: [], next: day };
    if (medical) {
      const paid = t.paidInFull === true || (t.currentBalanceCents !== undefined && t.currentBalanceCents <= 0);
      if (paid && day >= CRA_PAID_AND_YEAR_FROM) block(c, 'paid_medical_collection', NEVER);
      if (t.initialBalanceCents < 50_000 && day >= CRA_UNDER_500_FROM) block(c, 'initial_balance_under_500', NEVER);
      if (day >= CRA_PAID_AND_YEAR_FROM) {
        if (t.firstDelinquencyOn === undefined) {
          block(c, 'under_one_year_since_first_delinquency', NEVER);
        } else {
          const anniversary = oneYearAfter(parseDateDay(t.firstDelinquencyOn));
          if (day < anniversary) block(c, 'under_one_year_since_first_delinquency', anniversary);
        }
      }
      if (q.consumerState !== undefined) {
        for (const b of rules.bans) {
          if (day >= b.fromDay && b.states?.has(q.consumerState)) block(c, b.reason, NEVER);
        }
      }
    }
    // 12 CFR 1006.30(a): 14 consecutive days after the letter or message is "a reasonable
    // period"; furnishing may start the day after the 14th.
    // Speaking with the consumer (in person, by telephone) needs no wait (1006.30(a)(1)(i)); a
    // letter or message that came back undeliverable within the wait is not a communication
    // (1006.30(a)(1)(ii)(B)): only a person can clear that, by reaching the consumer another way.
    if (debtCollector && day >= REG_F_FROM) {
      if (q.firstCommunicationOn === undefined) block(c, 'reg_f_passive_collection_wait', NEVER);
      else {
        const spoke = q.firstCommunicationMeans === 'in_person' || q.firstCommunicationMeans === 'telephone';
        const sent = parseDateDay(q.firstCommunicationOn);
        const allowedFrom = spoke ? sent : sent + 15;
        const bounced = !spoke && q.undeliverableOn !== undefined && parseDateDay(q.undeliverableOn) >= sent && parseDateDay(q.undeliverableOn) < sent + 15;
        if (bounced && day >= parseDateDay(q.undeliverableOn!)) block(c, 'reg_f_passive_collection_wait', NEVER);
        else if (day < allowedFrom) block(c, 'reg_f_passive_collection_wait', bounced ? NEVER : allowedFrom);
      }
    }
    return c;
  };

  const on = parseDateDay(q.on);
  const first = checkOn(on);
  const earliest = earliestAllowedDay(on, first, checkOn);
  return {
    id: q.id,
    kind: 'credit_report',
    allowed: first.reasons.length === 0,
    reasons: orderReasons(first.reasons),
    earliestAllowedOn: earliest === null ? null : formatDay(earliest),
    ruleSetVersion: rules.version,
  };
}
