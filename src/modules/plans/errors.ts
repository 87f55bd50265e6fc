/** Closed list of plan error codes; `userMessage` is what a patient may read. */
export type PlanErrorCode =
  | 'invalid_input'
  | 'invalid_transition'
  | 'plan_closed'
  | 'stale_decision'
  | 'pause_too_long'
  | 'replan_total_mismatch';

export class PlanError extends Error {
  readonly code: PlanErrorCode;
  readonly userMessage: string;
  constructor(code: PlanErrorCode, opts: { message: string; userMessage?: string }) {
    super(opts.message);
    this.name = 'PlanError';
    this.code = code;
    this.userMessage =
      opts.userMessage ?? 'We could not update your payment plan right now. Nothing was charged. Please contact us and we will help.';
  }
}
