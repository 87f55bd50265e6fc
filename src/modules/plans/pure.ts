// The pure part of plans (quotes: input in, options out), a second entry point beside index.ts
// that loads no database code, so `kindly plan quote` starts fast and a browser could use it.
export { quotePlan, parsePlanQuoteInput } from './quote-plan.js';
export type { ParseResult, AffordabilityCap } from './quote-plan.js';
export type { ParsedPlanQuoteInput, PlanQuote, PlanOption, ScheduledPayment, CapReason } from './plan-quote.schema.js';
export type { FieldError } from './validation.js';
export { PlanQuoteInput, PlanPolicy } from './plan-quote.schema.js';
