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
  };
}
