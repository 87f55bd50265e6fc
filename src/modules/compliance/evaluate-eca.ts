import { compiled, type CompiledRuleSet } from './compiled-rules.js';
import type { EcaDecision } from './decisions.js';
import { earliestAllowedDay, NEVER } from './earliest-allowed-day.js';
import { orderReasons, type ReasonCode } from './reason-codes.js';
import type { RuleSet } from './rule-set.js';
import type { EcaQuestion } from './schemas.js';
import { formatDay, parseDateDay } from './time/instant.js';

/**
 * kind "eca": may this extraordinary collection action be taken on this date?
 *
 * Day counting (contract conventions): a period of N days beginning on D runs D..D+N-1, so the
 * 120-day notification period after a first post-discharge statement on D ends on D+119 and
 * ECAs may start on D+120; a notice's "N days after" deadline falls on D+N and the action may
 * start the day after.
 */

/** 26 CFR 1.501(r)-6(b)(1): what counts as an extraordinary collection action. */
const ECA_ACTIONS: ReadonlySet<string> = new Set([
  'credit_report', // (b)(1)(ii) reporting adverse information to credit bureaus
  'sell_debt', // (b)(1)(i) selling the debt (unless the (b)(2) protections are in the contract)
  'defer_care', // (b)(1)(iii) deferring, denying or requiring payment before necessary care
  'lawsuit', // (b)(1)(iv) actions requiring legal or judicial process:
  'wage_garnishment',
  'lien', //   liens other than the personal-injury liens of (b)(3)
  'foreclosure',
  'attach_bank_account',
  'seize_property',
  'body_attachment',
]);
// Not ECAs: placing the debt with an agency (though the agency's ECAs count as the hospital's),
// filing a claim in a bankruptcy, and liens on personal-injury proceeds (1.501(r)-6(b)).

const IRC_501R_FROM = parseDateDay('2015-12-29');
const REG_F_FROM = parseDateDay('2021-11-30');

/** True when `action` is an extraordinary collection action under 26 CFR 1.501(r)-6(b). */
export function isExtraordinaryCollectionAction(action: string, saleWith501rProtections = false): boolean {
  if (action === 'sell_debt' && saleWith501rProtections) return false;
  return ECA_ACTIONS.has(action);
}

interface Check {
  reasons: ReasonCode[];
  next: number;
}

function block(c: Check, reason: ReasonCode, until: number): void {
  c.reasons.push(reason);
  if (until > c.next) c.next = until;
}

function checkOn(q: EcaQuestion, rules: CompiledRuleSet, isEca: boolean, day: number): Check {
  const c: Check = { reasons: [], next: day };
  const creditorEntity = q.collector.onBehalfOf ?? q.collector.entity;
  const nonprofit = q.collector.entity === 'nonprofit_hospital' || q.collector.onBehalfOf === 'nonprofit_hospital';
  const debtCollector = q.collector.role === 'debt_collector' || q.collector.usesThirdPartyName === true;
  const statement = q.firstPostDischargeStatementOn ? parseDateDay(q.firstPostDischargeStatementOn) : null;
  const notices = q.noticesSent ?? [];

  if (nonprofit && isEca && day >= IRC_501R_FROM) {
    // The deferral-of-care exception of 26 CFR 1.501(r)-6(c): once the written FAP notice it
    // describes is given (type "defer_care_fap_notice"), care may be deferred without waiting out
    // the notification and 30-day periods; any application is then processed on an expedited basis.
    const deferNotice =
      q.action === 'defer_care' && notices.some((n) => n.type === 'defer_care_fap_notice' && parseDateDay(n.on) <= day);
    let noticeDeadline: number | null = null;
    const eca30 = notices.filter((n) => n.type === 'eca_30_day_notice').map((n) => parseDateDay(n.on));
    const sent = eca30.filter((d) => d <= day);
    if (sent.length > 0) noticeDeadline = Math.min(...sent) + 30;
    if (!deferNotice) {
      if (statement === null) block(c, 'irc_501r6_120_day_notification_period', NEVER);
      else if (day < statement + 120) block(c, 'irc_501r6_120_day_notification_period', statement + 120);
      if (noticeDeadline === null) {
        const future = eca30.filter((d) => d > day);
        block(c, 'irc_501r6_no_30_day_notice', future.length > 0 ? Math.min(...future) : NEVER);
      } else if (day <= noticeDeadline) {
        block(c, 'irc_501r6_30_day_notice_deadline_not_passed', noticeDeadline + 1);
      }
    }
    const app = q.fapApplication;
    if (app) {
      const received = parseDateDay(app.receivedOn);
      // The application period runs to the 240th day after the first post-discharge statement
      // (1.501(r)-1(b)), and never ends before a 30-day notice's deadline.
      const periodEnd = statement === null ? NEVER : Math.max(statement + 240, noticeDeadline ?? Number.NEGATIVE_INFINITY);
      const decided = app.decidedOn ? parseDateDay(app.decidedOn) : null;
      const pending =
        app.decision === undefined ||
        app.decision === 'pending' ||
        (decided !== null && decided > day);
      // 1.501(r)-6(c): complete and incomplete applications both suspend ECAs.
      if (received <= day && received <= periodEnd && pending) block(c, 'irc_501r6_fap_application_pending', NEVER);
    }
  }

  for (const w of rules.ecaWaits) {
    if (day < w.fromDay || !w.actions.has(q.action) || !w.entities.has(creditorEntity)) continue;
    if (w.binds === 'debt_collector' && !debtCollector) continue;
    if (w.states !== null && (q.state === undefined || !w.states.has(q.state))) continue;
    if (statement === null) block(c, w.reason, NEVER);
    else if (day < statement + w.days) block(c, w.reason, statement + w.days);
  }

  if (q.action === 'credit_report' && q.state !== undefined) {
    for (const b of rules.bans) {
      if (day >= b.fromDay && b.states?.has(q.state)) block(c, b.reason, NEVER);
    }
  }

  // 12 CFR 1006.26(b): no suit (or threat of one) on a time-barred debt.
  if (debtCollector && q.action === 'lawsuit' && q.timeBarred === true && day >= REG_F_FROM) {
    block(c, 'reg_f_time_barred_debt', NEVER);
  }
  // 12 CFR 1006.30(b)(1): no sale, transfer for consideration or placement for collection of a
  // debt the collector knows or should know was paid or settled, discharged in bankruptcy, or is
  // the subject of an identity-theft report.
  if (
    debtCollector &&
    (q.action === 'sell_debt' || q.action === 'agency_placement') &&
    (q.paidOrSettled === true || q.dischargedInBankruptcy === true || q.identityTheftReported === true) &&
    day >= REG_F_FROM
  ) {
    block(c, 'reg_f_debt_not_transferable', NEVER);
  }
  return c;
}

/** Decides a validated eca question under a rule set. */
export function decideEca(q: EcaQuestion, ruleSet: RuleSet): EcaDecision {
  const rules = compiled(ruleSet);
  const isEca = isExtraordinaryCollectionAction(q.action, q.saleWith501rProtections === true);
  const on = parseDateDay(q.on);
  const first = checkOn(q, rules, isEca, on);
  const earliest = earliestAllowedDay(on, first, (day) => checkOn(q, rules, isEca, day));
  return {
    id: q.id,
    kind: 'eca',
    allowed: first.reasons.length === 0,
    reasons: orderReasons(first.reasons),
    earliestAllowedOn: earliest === null ? null : formatDay(earliest),
    isEca,
    ruleSetVersion: rules.version,
  };
}
