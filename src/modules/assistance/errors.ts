import { defineModuleErrors, type ModuleError } from '../../platform/errors/index.js';

/** Closed list of assistance error reasons, each with the AppError code it answers with; `userMessage` is what a patient may read. */
const ASSISTANCE_ERRORS = defineModuleErrors(
  'assistance',
  {
    invalid_input: 'validation_failed',
    fpl_table_unavailable: 'unavailable',
    unknown_preset: 'unprocessable',
  },
  { userMessage: () => 'We could not finish checking your application right now. Nothing changes on your bill while we look at it; we will contact you.' },
);

export type AssistanceErrorCode = keyof typeof ASSISTANCE_ERRORS.codes;
export type AssistanceError = ModuleError<AssistanceErrorCode>;
export const ASSISTANCE_ERROR_CODES = ASSISTANCE_ERRORS.codes;
/** An assistance error (an AppError with origin `assistance`). */
export const assistanceError = ASSISTANCE_ERRORS.create;
export const isAssistanceError = ASSISTANCE_ERRORS.is;
