/** The closed list of error codes; every AppError maps to exactly one HTTP status. */
export const ERROR_HTTP_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  link_expired: 410,
  unprocessable: 422,
  locked: 423,
  rate_limited: 429,
  payment_declined: 402,
  payload_too_large: 413,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

export interface FieldIssue {
  /** A field path like `installments[2].amountCents`. */
  path: string;
  message: string;
  /** For files: where the problem is. */
  file?: string;
  line?: number;
}

const DEFAULT_USER_MESSAGES: Record<ErrorCode, string> = {
  bad_request: 'Something in the request was not quite right. Please check and try again.',
  validation_failed: 'Some of the information needs another look. Please check the highlighted fields.',
  unauthenticated: 'Please sign in to continue.',
  forbidden: 'Your account does not have access to this. Ask an administrator if you need it.',
  not_found: 'We could not find what you were looking for.',
  conflict: 'This was changed by someone else in the meantime. Please reload and try again.',
  link_expired: 'This link has expired. Please ask for a new one; we are happy to help.',
  unprocessable: 'We could not complete this request as asked.',
  locked: 'Too many attempts. For your security, please wait a little and try again.',
  rate_limited: 'Too many requests. Please wait a moment and try again.',
  payment_declined: 'Your payment did not go through. No money was taken. You can try another card.',
  payload_too_large: 'This is more than we can take in one go. Please send a smaller file or fewer items.',
  internal: 'Something went wrong on our side. Nothing was lost; please try again shortly.',
  unavailable: 'The service is briefly unavailable. Please try again shortly.',
};

/** The one error type of the application (see CONVENTIONS example 3). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly issues: FieldIssue[];
  /** The module that raised it with its own reason (see defineModuleErrors); absent for plain AppErrors. */
  readonly origin?: string;
  /** The module's finer reason (e.g. `plan_closed`), for code that handles it; HTTP answers go by `code`. */
  readonly reason?: string;
  /** Safe to try the same operation again (with the same idempotency key). */
  readonly retryable: boolean;

  constructor(code: ErrorCode, opts: { message?: string; userMessage?: string; issues?: FieldIssue[]; cause?: unknown; origin?: string; reason?: string; retryable?: boolean } = {}) {
    super(opts.message ?? code, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = opts.userMessage ?? DEFAULT_USER_MESSAGES[code];
    this.issues = opts.issues ?? [];
    if (opts.origin !== undefined) this.origin = opts.origin;
    if (opts.reason !== undefined) this.reason = opts.reason;
    this.retryable = opts.retryable ?? false;
  }

  get httpStatus(): number {
    return ERROR_HTTP_STATUS[this.code];
  }

  toJSON(): { code: ErrorCode; message: string; userMessage: string; issues: FieldIssue[] } {
    return { code: this.code, message: this.message, userMessage: this.userMessage, issues: this.issues };
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', { message: `${what} not found` });
export const forbidden = (message: string): AppError => new AppError('forbidden', { message });

/** An AppError raised by a module with one of its own reasons. */
export type ModuleError<R extends string> = AppError & { readonly origin: string; readonly reason: R };

export interface ModuleErrors<R extends string> {
  /** Every reason with the code (and so the HTTP status) it answers with. */
  readonly codes: Readonly<Record<R, ErrorCode>>;
  create(reason: R, opts: { message: string; userMessage?: string; retryable?: boolean; cause?: unknown }): ModuleError<R>;
  /** Is `err` one of this module's errors (optionally: with this reason)? */
  is(err: unknown, reason?: R): err is ModuleError<R>;
}

/**
 * A module's closed list of error reasons, each tied to an AppError code where it is declared, so
 * every error a module raises is an AppError with a known HTTP status (none falls through to a
 * 500 by being unknown). `userMessage` defaults per reason.
 */
export function defineModuleErrors<R extends string>(
  origin: string,
  codes: Record<R, ErrorCode>,
  defaults: { userMessage: (reason: R) => string; retryable?: (reason: R) => boolean },
): ModuleErrors<R> {
  return {
    codes,
    create: (reason, opts) =>
      new AppError(codes[reason], {
        message: opts.message,
        userMessage: opts.userMessage ?? defaults.userMessage(reason),
        cause: opts.cause,
        origin,
        reason,
        retryable: opts.retryable ?? defaults.retryable?.(reason) ?? false,
      }) as ModuleError<R>,
    is: (err, reason): err is ModuleError<R> => err instanceof AppError && err.origin === origin && (reason === undefined || err.reason === reason),
  };
}
