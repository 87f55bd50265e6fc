import pino, { type Logger } from 'pino';

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
];

export type { Logger };

export function createLogger(opts: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = opts.level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' || process.env.VITEST ? 'silent' : 'info');
  const options = { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { app: 'kindly' } };
  return opts.destination ? pino(options, opts.destination as pino.DestinationStream) : pino(options, pino.destination(2));
}
