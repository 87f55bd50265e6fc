import { checkAt } from './contact/check-at.js';
import { releaseBuffers } from './contact/context.js';
import { prepare } from './contact/prepare-context.js';
import { searchEarliestAllowed } from './contact/search-earliest-allowed.js';
import type { ContactDecision } from './decisions.js';
import { orderReasons } from './reason-codes.js';
import type { RuleSet } from './rule-set.js';
import type { ContactQuestion } from './schemas.js';
import { formatInstant } from './time/instant.js';

/**
 * kind "contact": may this contact go out at this instant? Every rule is checked at the
 * instant; when some block, each blocking rule also says the earliest instant it could stop
 * blocking (a lower bound). The search jumps to the latest of those bounds and checks every
 * rule again there, until all pass at once, a block only a person can lift appears, or the
 * horizon is reached. So `earliestAllowedAt` always passes every rule (7-in-7 window end and
 * 8:00 in every zone together), and never skips an earlier instant that would have passed.
 *
 * The parts live in ./contact: the question read into a context (prepare-context, with the
 * history index and the zones), one file per rule family (check-*), every rule at one instant
 * (check-at) and the search (search-earliest-allowed).
 */

/**
 * Decides a contact question whose shape is valid; null when an instant in it does not parse
 * (possible only for the fast path, which leaves instants to this function: the caller then
 * validates with zod for the error message).
 */
export function decideContactOrNull(q: ContactQuestion, ruleSet: RuleSet): ContactDecision | null {
  const ctx = prepare(q, ruleSet);
  if (ctx === null) return null;
  const first = checkAt(ctx, ctx.atMs);
  if (first.reasons.length === 0) {
    releaseBuffers(ctx.buf);
    return { id: q.id, kind: 'contact', allowed: true, reasons: [], earliestAllowedAt: null, ruleSetVersion: ctx.rules.version };
  }
  // Taken before the search, which reuses the Check.
  const reasons = orderReasons(first.reasons);
  const earliest = searchEarliestAllowed(ctx, first);
  releaseBuffers(ctx.buf);
  return {
    id: q.id,
    kind: 'contact',
    allowed: false,
    reasons,
    earliestAllowedAt: earliest === null ? null : formatInstant(earliest),
    ruleSetVersion: ctx.rules.version,
  };
}

/** Decides a validated contact question under a rule set. */
export function decideContact(q: ContactQuestion, ruleSet: RuleSet): ContactDecision {
  const d = decideContactOrNull(q, ruleSet);
  if (d === null) throw new TypeError(`contact question ${String(q.id)} does not match the schema`);
  return d;
}
