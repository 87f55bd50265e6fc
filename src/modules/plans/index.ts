// Payment plans: quotes from the tenant's policy and the patient's budget, servicing as a pure
// state machine, and pay-in-full / settlement discounts. Persistence and routes live elsewhere.
export { quotePlan, parsePlanQuoteInput, computeAffordabilityCap } from './quote-plan.js';
export type { ParseResult, AffordabilityCap } from './quote-plan.js';
export { PlanQuoteInput, PlanPolicy } from './plan-quote.schema.js';
export type { ParsedPlanQuoteInput, PlanQuote, PlanOption, ScheduledPayment, CapReason } from './plan-quote.schema.js';
export { formatPath, fieldErrors } from './validation.js';
export type { FieldError } from './validation.js';
export { planError, isPlanError, PLAN_ERROR_CODES } from './errors.js';
export type { PlanError, PlanErrorCode } from './errors.js';
export {
  PLAN_STATUSES,
  ServicingPolicy,
  servicingPolicy,
  canTransition,
  transitionPlan,
  remainingCents,
  unpaidInstallments,
} from './plan-state.js';
export type {
  PlanStatus,
  ServicedPlan,
  PlanInstallment,
  PlanHistoryEntry,
  PlanPaymentRecord,
  PlanNotice,
  PlanActionType,
} from './plan-state.js';
export { createServicedPlan } from './create-serviced-plan.js';
export type { CreateServicedPlanOptions } from './create-serviced-plan.js';
export { applyPayment } from './apply-payment.js';
export type { ApplyPaymentResult } from './apply-payment.js';
export { evaluatePlan } from './evaluate-plan.js';
export type { PlanDecision, PlanAction, PlanDecisionReason } from './evaluate-plan.js';
export { applyPlanDecision } from './apply-plan-decision.js';
export { pausePlanForHardship } from './pause-plan-for-hardship.js';
export type { PausePlanForHardshipOptions } from './pause-plan-for-hardship.js';
export { acceptReplan } from './accept-replan.js';
export type { AcceptReplanOptions } from './accept-replan.js';
export { cancelPlan } from './cancel-plan.js';
export { DiscountPolicy } from './discounts.schema.js';
export { quotePayInFull, discountCentsFor } from './quote-pay-in-full.js';
export type { PayInFullQuote, QuotePayInFullOptions } from './quote-pay-in-full.js';
export { evaluateSettlement } from './evaluate-settlement.js';
export type { EvaluateSettlementOptions, SettlementDecision, SettlementReason } from './evaluate-settlement.js';
export { reducePlanRemaining } from './reduce-plan-remaining.js';

// Persistence and use cases: tenant policy, accepted plans with installments and
// history, payments applied oldest installment first, the daily servicing pass, staff changes.
export { paymentPlans, planInstallments, planHistory, planPaymentApplications } from './schema.js';
export type { PaymentPlanRow } from './schema.js';
export { TenantPaymentPolicy, parseTenantPaymentPolicy, loadPaymentPolicy, checkPaymentPolicy, shippedPaymentPolicy } from './load-payment-policy.js';
export { quoteAccountPlan } from './quote-account-plan.js';
export type { QuoteAccountPlanOptions, AccountPlanQuote } from './quote-account-plan.js';
export { acceptPlan } from './accept-plan.js';
export type { AcceptPlanOptions, AcceptedPlan } from './accept-plan.js';
export { syncPlanPayments, markPaymentsBeforePlan } from './sync-plan-payments.js';
export type { SyncPlanResult } from './sync-plan-payments.js';
export { servicePlans } from './service-plans.js';
export type { ServicePlansOptions, ServicePlansSummary } from './service-plans.js';
export { pauseAccountPlan, cancelAccountPlan, fitPlanToBalance } from './change-account-plan.js';
export { getAccountPlan, accountPlanJsonSql, accountPlanFromJson } from './get-account-plan.js';
export type { AccountPlanView } from './get-account-plan.js';
export { findAccountPlan, planView, LIVE_PLAN_STATUSES } from './plan-store.js';
