/** Closed list of assistance error codes; `userMessage` is what a patient may read. */
export type AssistanceErrorCode = 'invalid_input' | 'fpl_table_unavailable' | 'unknown_preset';

export class AssistanceError extends Error {
  readonly code: AssistanceErrorCode;
  readonly userMessage: string;
  constructor(code: AssistanceErrorCode, opts: { message: string; userMessage?: string }) {
    super(opts.message);
    this.name = 'AssistanceError';
    this.code = code;
    this.userMessage =
      opts.userMessage ??
      'We could not finish checking your application right now. Nothing changes on your bill while we look at it; we will contact you.';
  }
}
