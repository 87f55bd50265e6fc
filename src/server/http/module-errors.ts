import { AssistanceError, type AssistanceErrorCode } from '../../modules/assistance/index.js';
import { PaymentError, type PaymentErrorCode } from '../../modules/payments/index.js';
import { PlanError, type PlanErrorCode } from '../../modules/plans/index.js';
import { AppError, type ErrorCode } from '../../platform/errors/index.js';

// The one place a module's own error becomes an API error: every code of every module error type
// has an AppError code here (the Record types make a missing one a compile error), and the
// module's kind `userMessage` is kept. Anything else that is not an AppError is a 500.

const PLAN: Record<PlanErrorCode, ErrorCode> = {
  invalid_input: 'validation_failed',
  invalid_transition: 'conflict',
  plan_closed: 'conflict',
  stale_decision: 'conflict',
  pause_too_long: 'unprocessable',
  replan_total_mismatch: 'unprocessable',
};

const ASSISTANCE: Record<AssistanceErrorCode, ErrorCode> = {
  invalid_input: 'validation_failed',
  fpl_table_unavailable: 'unavailable',
  unknown_preset: 'unprocessable',
};

const PAYMENT: Record<PaymentErrorCode, ErrorCode> = {
  invalid_request: 'bad_request',
  invalid_card_number: 'validation_failed',
  unknown_payment_method: 'unprocessable',
  charge_not_found: 'not_found',
  charge_not_confirmable: 'conflict',
  charge_not_refundable: 'conflict',
  refund_exceeds_charge: 'unprocessable',
  idempotency_key_reused: 'conflict',
  gateway_auth_failed: 'unavailable',
  rate_limited: 'rate_limited',
  gateway_unavailable: 'unavailable',
  webhook_malformed: 'bad_request',
  webhook_signature_invalid: 'bad_request',
  webhook_timestamp_out_of_tolerance: 'bad_request',
};

/** The AppError a module error stands for, or null when `err` is none of them. */
export function appErrorFromModule(err: unknown): AppError | null {
  const table = err instanceof PlanError ? PLAN : err instanceof AssistanceError ? ASSISTANCE : err instanceof PaymentError ? PAYMENT : null;
  if (!table) return null;
  const e = err as PlanError | AssistanceError | PaymentError;
  return new AppError((table as Record<string, ErrorCode>)[e.code] ?? 'internal', { message: `${e.name}: ${e.code}: ${e.message}`, userMessage: e.userMessage, cause: err });
}
