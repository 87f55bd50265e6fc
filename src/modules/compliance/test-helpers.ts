import { evaluate, type EvaluateOptions } from './evaluate.js';
import type { ContactDecision, Decision, EcaDecision, CreditReportDecision, MessageContentDecision } from './decisions.js';
import { isErrorDecision } from './decisions.js';

/** Test helpers: build questions tersely and fail loudly when a decision is an error. */

export const agency = { role: 'debt_collector', entity: 'agency' } as const;
export const hospital = { role: 'original_creditor', entity: 'hospital' } as const;
export const nonprofit = { role: 'original_creditor', entity: 'nonprofit_hospital' } as const;

function answered<T extends Decision>(d: Decision): T {
  if (isErrorDecision(d)) throw new Error(`unexpected error decision: ${JSON.stringify(d)}`);
  return d as T;
}

export function contact(q: Record<string, unknown>, opts?: EvaluateOptions): ContactDecision {
  return answered<ContactDecision>(
    evaluate({ id: 'c', kind: 'contact', collector: agency, channel: 'call', debtIds: ['D1'], ...q }, opts),
  );
}

export function eca(q: Record<string, unknown>, opts?: EvaluateOptions): EcaDecision {
  return answered<EcaDecision>(evaluate({ id: 'e', kind: 'eca', collector: nonprofit, ...q }, opts));
}

export function creditReport(q: Record<string, unknown>, opts?: EvaluateOptions): CreditReportDecision {
  return answered<CreditReportDecision>(evaluate({ id: 'r', kind: 'credit_report', collector: agency, ...q }, opts));
}

export function message(q: Record<string, unknown>): MessageContentDecision {
  return answered<MessageContentDecision>(evaluate({ id: 'm', kind: 'message_content', collector: agency, ...q }));
}

/** An outbound call history item. */
export function call(at: string, outcome = 'no_answer', debtIds: string[] = ['D1']): Record<string, unknown> {
  return { channel: 'call', direction: 'outbound', at, debtIds, outcome };
}
