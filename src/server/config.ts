import { resolve } from 'node:path';

export type Role = 'all' | 'api' | 'worker';

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
}

/** Reads configuration from the environment and CLI flags (flags win). */
export function loadConfig(flags: { dataDir?: string; role?: string; port?: string } = {}, env = process.env): ServerConfig {
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
  };
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
