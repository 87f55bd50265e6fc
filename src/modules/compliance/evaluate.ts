import { decidePaymentCap } from './cap-payment.js';
import { decideMessageContent } from './check-message-content.js';
import type { Decision, ErrorDecision } from './decisions.js';
import { decideContact, decideContactOrNull } from './evaluate-contact.js';
import { decideCreditReport } from './evaluate-credit-report.js';
import { decideEca } from './evaluate-eca.js';
import { fastParseContact, fastParseEca, fastParseMessageContent } from './fast-parse-contact.js';
import { hasMsInstants, withTextInstants } from './instants-as-ms.js';
import { DEFAULT_RULE_SET, formatPath, type RuleSet } from './rule-set.js';
import { Question } from './schemas.js';
import { decideFapScreen } from './screen-fap.js';

export interface EvaluateOptions {
  /** The rule set to decide under (DEFAULT_RULE_SET, or one from compileRuleSet). */
  ruleSet?: RuleSet;
}

function idOf(input: unknown): string | number | null {
  if (input && typeof input === 'object') {
    const id = (input as { id?: unknown }).id;
    if ((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id))) return id;
  }
  return null;
}

/**
 * Validates and answers one question; a malformed question gets `{ id, error: { path, message } }`.
 * A contact question may also carry its instants as numbers (INSTANTS_AS_MS, in-process callers).
 */
export function evaluate(question: unknown, opts?: EvaluateOptions): Decision {
  const ruleSet = opts?.ruleSet ?? DEFAULT_RULE_SET;
  // Contact questions are the hot path (outreach asks before every send): a hand-written parser
  // accepts the common well-formed shape; anything it is unsure of goes through zod.
  const fast = fastParseContact(question);
  if (fast) {
    const decided = decideContactOrNull(fast, ruleSet);
    if (decided) return decided;
  }
  // A question with instants as numbers the fast path did not take is decided as its text form.
  if (hasMsInstants(question)) return evaluate(withTextInstants(question as object), opts);
  const content = fastParseMessageContent(question);
  if (content) return decideMessageContent(content, ruleSet);
  const eca = fastParseEca(question);
  if (eca) return decideEca(eca, ruleSet);
  const parsed = Question.safeParse(question);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
    const first = issues[0] ?? { path: '', message: 'invalid question' };
    const err: ErrorDecision = { id: idOf(question), error: first };
    if (issues.length > 1) err.issues = issues;
    return err;
  }
  const q = parsed.data;
  switch (q.kind) {
    case 'contact':
      return decideContact(q, ruleSet);
    case 'eca':
      return decideEca(q, ruleSet);
    case 'credit_report':
      return decideCreditReport(q, ruleSet);
    case 'fap_screen':
      return decideFapScreen(q, ruleSet);
    case 'payment_cap':
      return decidePaymentCap(q, ruleSet);
    case 'message_content':
      return decideMessageContent(q, ruleSet);
  }
}

/** Answers many questions, one decision each, in order. */
export function evaluateMany(questions: readonly unknown[], opts: EvaluateOptions = {}): Decision[] {
  return questions.map((q) => evaluate(q, opts));
}
