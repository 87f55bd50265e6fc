import { defineModuleErrors, type ModuleError } from '../../platform/errors/index.js';

/** Closed list of plan error reasons, each with the AppError code it answers with; `userMessage` is what a patient may read. */
const PLAN_ERRORS = defineModuleErrors(
  'plans',
  {
    invalid_input: 'validation_failed',
    invalid_transition: 'conflict',
    plan_closed: 'conflict',
    stale_decision: 'conflict',
    pause_too_long: 'unprocessable',
    replan_total_mismatch: 'unprocessable',
  },
  { userMessage: () => 'We could not update your payment plan right now. Nothing was charged. Please contact us and we will help.' },
);

export type PlanErrorCode = keyof typeof PLAN_ERRORS.codes;
export type PlanError = ModuleError<PlanErrorCode>;
export const PLAN_ERROR_CODES = PLAN_ERRORS.codes;
/** A plan error (an AppError with origin `plans`). */
export const planError = PLAN_ERRORS.create;
export const isPlanError = PLAN_ERRORS.is;
