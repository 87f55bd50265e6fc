import { resolve } from 'node:path';
import { z } from 'zod';
import type { ClearinghouseSettings } from '../modules/claims/index.js';
import type { GatewaySettings } from '../modules/payments/index.js';

export type Role = 'all' | 'api' | 'worker';

/** The installation's SMS provider account; every part optional (see ServerConfig.sms). */
export interface SmsSettings {
  accountSid?: string;
  authToken?: string;
  from?: string;
  baseUrl?: string;
}

/** Texts go out through the provider only with all three of account, token and sender; else the sandbox. */
export function smsSendsTexts(sms: SmsSettings | undefined): sms is SmsSettings & { accountSid: string; authToken: string; from: string } {
  return !!(sms?.accountSid && sms.authToken && sms.from);
}

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  role: Role;
  seedDemo: boolean;
  publicUrl: string;
  secret?: string;
  /** Proxies whose X-Forwarded-For is believed (KINDLY_TRUST_PROXY); empty: none, the socket address is the client. */
  trustProxy: string[];
  /** Staff sessions end after this many idle minutes (KINDLY_SESSION_IDLE_MINUTES, default 30)... */
  sessionIdleMinutes: number;
  /** ...and this many hours after sign-in whatever happens (KINDLY_SESSION_MAX_HOURS, default 12). */
  sessionMaxHours: number;
  /** /docs and /openapi.json without a staff sign-in: only in development and tests, or KINDLY_DOCS_PUBLIC=true. */
  docsPublic: boolean;
  /** A ClamAV daemon (KINDLY_CLAMD, host:port) that scans uploaded documents; absent: the built-in test-signature scanner. */
  clamd?: { host: string; port: number };
  /** Data keys (KINDLY_ENCRYPTION_KEY); absent: the embedded key file, or a refusal on PostgreSQL. */
  encryptionKey?: string;
  /** PostgreSQL schema (KINDLY_DB_SCHEMA, default public). */
  dbSchema?: string;
  /** PostgreSQL connections this process keeps (KINDLY_DB_POOL_SIZE, default 10). */
  dbPoolSize?: number;
  /** Parameterized statements each connection keeps prepared (KINDLY_DB_PREPARED_STATEMENTS, default 200; 0 off, e.g. behind a transaction-mode pooler). */
  dbPreparedStatements?: number;
  /** Log level (LOG_LEVEL; default info, silent under tests). */
  logLevel: string;
  /** Real email (KINDLY_SMTP_URL, KINDLY_SMTP_FROM); absent: the sandbox inbox. */
  smtp?: { url: string; from: string };
  /**
   * The installation's Twilio-compatible SMS account (KINDLY_TWILIO_ACCOUNT_SID, _AUTH_TOKEN, _FROM,
   * _BASE_URL): texts go out through it when the first three are set, and the auth token alone is
   * enough to verify the provider's webhooks. Empty: the sandbox, and webhooks are refused.
   */
  sms: SmsSettings;
  /** The payment gateway (KINDLY_PAYMENT_GATEWAY and its keys). */
  payments: GatewaySettings;
  /** The HTTP clearinghouse (KINDLY_CLEARINGHOUSE_URL and KINDLY_CLEARINGHOUSE_TOKEN); absent: the sandbox. */
  clearinghouse?: ClearinghouseSettings;
  /** Third-party test data (KINDLY_SHARED_DATA); absent: ../shared/data beside the repo. */
  sharedData?: string;
  /** A pinned clock for demos and tests (KINDLY_NOW, an ISO instant); absent: the system clock. */
  now?: string;
  /** The installation's drop-folder root (KINDLY_DROP_DIR; default `drop` in the data folder). */
  dropDir: string;
  /** Calls are placed by a simulated agent instead of the worklist (KINDLY_SIMULATED_DIALER=true). */
  simulatedDialer: boolean;
  /** Timers and batch sizes of worker processes. */
  worker: WorkerSettings;
}

/** How often worker processes do each kind of work; 0 seconds turns a timer off. */
export interface WorkerSettings {
  /** Seconds between orchestration passes (KINDLY_OUTREACH_PASS_SECONDS, default 300). */
  passSeconds: number;
  /** Accounts evaluated per pass batch (KINDLY_OUTREACH_BATCH, default 1000). */
  outreachBatch: number;
  /** A message queued this long without a send is queued again (KINDLY_OUTREACH_REQUEUE_SECONDS, default 600). */
  requeueSeconds: number;
  /** Delivery jobs fetched at once (KINDLY_DELIVER_BATCH, default 2). */
  deliverBatch: number;
  /** Seconds between plan servicing runs (KINDLY_PLAN_SERVICE_SECONDS, default 3600). */
  planServiceSeconds: number;
  /** Seconds between checks whether scores are due on the embedded database (KINDLY_SCORING_CHECK_SECONDS, default 3600). */
  scoringCheckSeconds: number;
  /** Seconds between webhook dispatches (KINDLY_WEBHOOK_SECONDS, default 5). */
  webhookSeconds: number;
  /** Seconds between drop-folder scans (KINDLY_DROP_SECONDS, default 60). */
  dropSeconds: number;
}

/** Worker settings from the environment (already validated by `validateEnvironment`). */
export function workerSettings(env: NodeJS.ProcessEnv = process.env): WorkerSettings {
  const n = (value: string | undefined, fallback: number) => (value === undefined || value === '' ? fallback : Number(value));
  return {
    passSeconds: n(env.KINDLY_OUTREACH_PASS_SECONDS, 300),
    outreachBatch: n(env.KINDLY_OUTREACH_BATCH, 1000),
    requeueSeconds: n(env.KINDLY_OUTREACH_REQUEUE_SECONDS, 600),
    deliverBatch: n(env.KINDLY_DELIVER_BATCH, 2),
    planServiceSeconds: n(env.KINDLY_PLAN_SERVICE_SECONDS, 3600),
    scoringCheckSeconds: n(env.KINDLY_SCORING_CHECK_SECONDS, 3600),
    webhookSeconds: n(env.KINDLY_WEBHOOK_SECONDS, 5),
    dropSeconds: n(env.KINDLY_DROP_SECONDS, 60),
  };
}

/** Reads configuration from the environment and CLI flags (flags win). */
export function loadConfig(flags: { dataDir?: string; role?: string; port?: string } = {}, env = process.env): ServerConfig {
  validateEnvironment(env);
  const port = Number(flags.port ?? env.PORT ?? 3000);
  const role = (flags.role ?? env.KINDLY_ROLE ?? 'all') as Role;
  if (!['all', 'api', 'worker'].includes(role)) throw new Error(`--role must be api, worker or all (got ${role})`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(flags.dataDir ?? env.KINDLY_DATA_DIR ?? './data'),
    role,
    // The demo tenant (shared password) only ever appears on its own on the embedded default;
    // a PostgreSQL installation gets it from an explicit `kindly seed --demo` only.
    seedDemo: !env.DATABASE_URL && env.KINDLY_SEED_DEMO !== 'false',
    publicUrl: env.KINDLY_PUBLIC_URL ?? `http://localhost:${port}`,
    secret: env.KINDLY_SECRET || undefined,
    trustProxy: parseTrustProxy(env.KINDLY_TRUST_PROXY),
    sessionIdleMinutes: positiveNumber('KINDLY_SESSION_IDLE_MINUTES', env.KINDLY_SESSION_IDLE_MINUTES, 30),
    sessionMaxHours: positiveNumber('KINDLY_SESSION_MAX_HOURS', env.KINDLY_SESSION_MAX_HOURS, 12),
    docsPublic: env.KINDLY_DOCS_PUBLIC ? env.KINDLY_DOCS_PUBLIC === 'true' : env.NODE_ENV === 'development' || env.NODE_ENV === 'test',
    ...(env.KINDLY_CLAMD ? { clamd: parseHostPort('KINDLY_CLAMD', env.KINDLY_CLAMD) } : {}),
    ...(env.KINDLY_ENCRYPTION_KEY?.trim() ? { encryptionKey: env.KINDLY_ENCRYPTION_KEY } : {}),
    ...(env.KINDLY_DB_SCHEMA ? { dbSchema: env.KINDLY_DB_SCHEMA } : {}),
    ...(env.KINDLY_DB_POOL_SIZE ? { dbPoolSize: Number(env.KINDLY_DB_POOL_SIZE) } : {}),
    ...(env.KINDLY_DB_PREPARED_STATEMENTS ? { dbPreparedStatements: Number(env.KINDLY_DB_PREPARED_STATEMENTS) } : {}),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' || env.VITEST ? 'silent' : 'info'),
    ...(env.KINDLY_SMTP_URL ? { smtp: { url: env.KINDLY_SMTP_URL, from: env.KINDLY_SMTP_FROM || 'Kindly <billing@kindly.local>' } } : {}),
    sms: {
      ...(env.KINDLY_TWILIO_ACCOUNT_SID ? { accountSid: env.KINDLY_TWILIO_ACCOUNT_SID } : {}),
      ...(env.KINDLY_TWILIO_AUTH_TOKEN ? { authToken: env.KINDLY_TWILIO_AUTH_TOKEN } : {}),
      ...(env.KINDLY_TWILIO_FROM ? { from: env.KINDLY_TWILIO_FROM } : {}),
      ...(env.KINDLY_TWILIO_BASE_URL ? { baseUrl: env.KINDLY_TWILIO_BASE_URL } : {}),
    },
    payments: gatewaySettings(env),
    ...(env.KINDLY_CLEARINGHOUSE_URL && env.KINDLY_CLEARINGHOUSE_TOKEN ? { clearinghouse: { url: env.KINDLY_CLEARINGHOUSE_URL, token: env.KINDLY_CLEARINGHOUSE_TOKEN } } : {}),
    ...(env.KINDLY_SHARED_DATA ? { sharedData: env.KINDLY_SHARED_DATA } : {}),
    ...(env.KINDLY_NOW ? { now: env.KINDLY_NOW } : {}),
    dropDir: env.KINDLY_DROP_DIR ? resolve(env.KINDLY_DROP_DIR) : resolve(flags.dataDir ?? env.KINDLY_DATA_DIR ?? './data', 'drop'),
    simulatedDialer: env.KINDLY_SIMULATED_DIALER === 'true',
    worker: workerSettings(env),
  };
}

function gatewaySettings(env: NodeJS.ProcessEnv): GatewaySettings {
  if (env.KINDLY_PAYMENT_GATEWAY === 'stripe') {
    // validateEnvironment has already refused stripe without both keys.
    return {
      kind: 'stripe',
      secretKey: env.KINDLY_STRIPE_SECRET_KEY!,
      webhookSecrets: env.KINDLY_STRIPE_WEBHOOK_SECRET!.split(','),
      ...(env.KINDLY_STRIPE_API_VERSION ? { apiVersion: env.KINDLY_STRIPE_API_VERSION } : {}),
      ...(env.KINDLY_STRIPE_PUBLISHABLE_KEY ? { publishableKey: env.KINDLY_STRIPE_PUBLISHABLE_KEY } : {}),
    };
  }
  return { kind: 'sandbox', ...(env.KINDLY_SANDBOX_WEBHOOK_SECRET ? { webhookSecret: env.KINDLY_SANDBOX_WEBHOOK_SECRET } : {}) };
}

/** "host:port" (e.g. "127.0.0.1:3310"). */
function parseHostPort(name: string, value: string): { host: string; port: number } {
  const m = /^(.+):(\d{1,5})$/.exec(value.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535) throw new Error(`${name} must be host:port (e.g. 127.0.0.1:3310), not ${JSON.stringify(value)}`);
  return { host: m[1]!, port: Number(m[2]) };
}

const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}(\/\d{1,2})?$/;
const IPV6 = /^[0-9a-f:.]+(\/\d{1,3})?$/i;

/**
 * KINDLY_TRUST_PROXY: a comma list of proxy addresses or CIDRs (e.g. "10.0.0.0/8,127.0.0.1").
 * Unset or empty trusts no proxy, so a client cannot choose its own address with X-Forwarded-For.
 */
export function parseTrustProxy(value: string | undefined): string[] {
  const items = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((s) => !IPV4.test(s) && !(s.includes(':') && IPV6.test(s)));
  if (bad.length > 0) throw new Error(`KINDLY_TRUST_PROXY must list IP addresses or CIDRs separated by commas (not ${bad.map((b) => JSON.stringify(b)).join(', ')})`);
  return items;
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number (got ${JSON.stringify(value)})`);
  return n;
}

// Every environment variable Kindly reads, validated together at boot (`kindly start`, any role):
// a bad value stops the process with every problem listed at once, instead of one failure later.
// An empty value counts as unset. The variables are documented in docs/configuration.md.
const unset = (v: unknown) => (v === '' ? undefined : v);
const text = z.preprocess(unset, z.string().optional());
const oneOf = <T extends [string, ...string[]]>(values: T) => z.preprocess(unset, z.enum(values).optional());
const bool = oneOf(['true', 'false']);
const url = (protocols: string[]) =>
  z.preprocess(
    unset,
    z
      .string()
      .refine((v) => URL.canParse(v) && protocols.includes(new URL(v).protocol), { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` })
      .optional(),
  );
const number = (min: number, opts: { int?: boolean; max?: number } = {}) =>
  z.preprocess(
    unset,
    z
      .string()
      .refine((v) => {
        const n = Number(v);
        return Number.isFinite(n) && n >= min && (!opts.int || Number.isInteger(n)) && (opts.max === undefined || n <= opts.max);
      }, { message: `must be ${opts.int ? 'a whole number' : 'a number'} of at least ${min}${opts.max !== undefined ? ` and at most ${opts.max}` : ''}` })
      .optional(),
  );
const check = (test: (v: string) => void) =>
  z.preprocess(
    unset,
    z
      .string()
      .superRefine((v, ctx) => {
        try {
          test(v);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
        }
      })
      .optional(),
  );

export const EnvironmentSchema = z.object({
  PORT: number(0, { int: true, max: 65535 }),
  HOST: text,
  NODE_ENV: text,
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  KINDLY_DB_SCHEMA: z.preprocess(unset, z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase SQL identifier').optional()),
  KINDLY_DB_POOL_SIZE: number(1, { int: true, max: 1000 }),
  KINDLY_DB_PREPARED_STATEMENTS: number(0, { int: true, max: 100000 }),
  KINDLY_DATA_DIR: text,
  KINDLY_ROLE: oneOf(['all', 'api', 'worker']),
  KINDLY_SEED_DEMO: bool,
  KINDLY_PUBLIC_URL: url(['http:', 'https:']),
  KINDLY_SECRET: text,
  KINDLY_ENCRYPTION_KEY: text,
  KINDLY_NOW: check((v) => {
    if (Number.isNaN(Date.parse(v))) throw new Error('must be an ISO instant, e.g. 2026-03-10T15:00:00Z');
  }),
  KINDLY_TRUST_PROXY: check((v) => void parseTrustProxy(v)),
  KINDLY_SESSION_IDLE_MINUTES: number(Number.MIN_VALUE),
  KINDLY_SESSION_MAX_HOURS: number(Number.MIN_VALUE),
  KINDLY_DOCS_PUBLIC: bool,
  KINDLY_CLAMD: check((v) => void parseHostPort('KINDLY_CLAMD', v)),
  KINDLY_SHARED_DATA: text,
  KINDLY_DROP_DIR: text,
  KINDLY_DROP_SECONDS: number(0),
  KINDLY_WEBHOOK_SECONDS: number(0),
  KINDLY_SMTP_URL: url(['smtp:', 'smtps:']),
  KINDLY_SMTP_FROM: text,
  KINDLY_TWILIO_ACCOUNT_SID: text,
  KINDLY_TWILIO_AUTH_TOKEN: text,
  KINDLY_TWILIO_FROM: text,
  KINDLY_TWILIO_BASE_URL: url(['http:', 'https:']),
  KINDLY_SIMULATED_DIALER: bool,
  KINDLY_PAYMENT_GATEWAY: oneOf(['sandbox', 'stripe']),
  KINDLY_STRIPE_SECRET_KEY: text,
  KINDLY_STRIPE_WEBHOOK_SECRET: text,
  KINDLY_STRIPE_API_VERSION: text,
  KINDLY_STRIPE_PUBLISHABLE_KEY: check((v) => {
    if (!/^pk_(test|live)_/.test(v)) throw new Error('a Stripe publishable key starts with pk_test_ or pk_live_');
  }),
  KINDLY_SANDBOX_WEBHOOK_SECRET: text,
  KINDLY_CLEARINGHOUSE_URL: url(['http:', 'https:']),
  KINDLY_CLEARINGHOUSE_TOKEN: text,
  KINDLY_OUTREACH_PASS_SECONDS: number(0),
  KINDLY_OUTREACH_REQUEUE_SECONDS: number(0),
  KINDLY_PLAN_SERVICE_SECONDS: number(0),
  KINDLY_OUTREACH_BATCH: number(1, { int: true }),
  KINDLY_SCORING_CHECK_SECONDS: number(0),
  KINDLY_DELIVER_BATCH: number(1, { int: true }),
});

export type Environment = z.infer<typeof EnvironmentSchema>;

/** Configuration that cannot be used; `problems` lists every one ("NAME: what is wrong"). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`the configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Checks every variable at once, including the ones only one part of the product reads. */
export function validateEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const problems: string[] = [];
  const parsed = EnvironmentSchema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`);
  }
  // Settings that only make sense together.
  if (env.KINDLY_PAYMENT_GATEWAY === 'stripe' && (!env.KINDLY_STRIPE_SECRET_KEY || !env.KINDLY_STRIPE_WEBHOOK_SECRET)) {
    problems.push('KINDLY_PAYMENT_GATEWAY: stripe needs KINDLY_STRIPE_SECRET_KEY and KINDLY_STRIPE_WEBHOOK_SECRET');
  }
  if (problems.length) throw new ConfigError(problems);
  return parsed.data!;
}
