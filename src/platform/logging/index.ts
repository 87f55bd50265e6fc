import pino, { type Logger } from 'pino';
import { scrubText, scrubValue, serializeError, serializeRequest } from './scrub.js';

export { scrubText, scrubErrorMessage, scrubUrl, serializeError } from './scrub.js';

/**
 * Paths that may carry PHI or secrets anywhere in a log object. pino removes them before the line
 * is written, so a careless `log.info({ person })` cannot leak a name or a birth date.
 */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.givenName',
  '*.familyName',
  '*.birthDate',
  '*.dateOfBirth',
  '*.email',
  '*.phone',
  '*.address',
  '*.addressLine',
  '*.postalCode',
  '*.body',
  '*.text',
  '*.ssn',
  'givenName',
  'familyName',
  'birthDate',
  'email',
  'phone',
  'body',
  'text',
  '*.utterance',
  '*.fullName',
  '*.name.given',
  '*.name.family',
  'utterance',
  'fullName',
];

export type { Logger };

/** A logger at `level` (the composition root decides it from LOG_LEVEL; default `info`). */
export function createLogger(opts: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = opts.level ?? 'info';
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { app: 'kindly' },
    // Field names are not enough: values are scrubbed by shape, errors keep only a scrubbed
    // message, and requests are logged by route template (no query string, no token in a path).
    serializers: { err: serializeError, error: serializeError, req: serializeRequest as (req: unknown) => unknown, res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }) },
    formatters: { log: (obj) => scrubValue(obj) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrubText(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  return opts.destination ? pino(options, opts.destination as pino.DestinationStream) : pino(options, pino.destination(2));
}
