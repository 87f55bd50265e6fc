import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import type { Benchmark, BenchContext, BenchResult } from './types.js';

/** Benchmarks in the order they run; each module adds its own file here, named as its benchmark. */
export const BENCHMARK_FILES = ['api-latency', 'compliance', 'sentiment', 'conversations', 'ingest-parse', 'ingest-db', 'plan-quote', 'daily-cycle', 'analytics', 'worklist', 'scoring', 'simulate'];
BENCHMARK_FILES.push('cli');

// The suite runs from the TypeScript sources or from their build in dist/ (bin/kindly.js).
const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/**
 * Imports the benchmark files, only those named in `only` when it lists any: a benchmark's module
 * graph (a server, a database driver, models) is loaded only when it runs, so `--only simulate`
 * does not measure the others' modules in its memory.
 */
async function loadBenchmarks(only: readonly string[] | undefined): Promise<Benchmark[]> {
  const found: Benchmark[] = [];
  for (const file of BENCHMARK_FILES) {
    if (only && only.length && !only.includes(file)) continue;
    try {
      const mod = (await import(`./${file}${EXT}`)) as { benchmark?: Benchmark };
      if (mod.benchmark) found.push(mod.benchmark);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    }
  }
  return found;
}

export interface BenchReport {
  machine: { cpus: number; node: string; cpuModel: string };
  database: 'postgresql' | 'pglite';
  results: BenchResult[];
}

export async function runBenchmarks(opts: { accounts?: number; only?: string[]; sharedDataDir: string | null; log: (m: string) => void }): Promise<BenchReport> {
  // Benchmarks work in throwaway databases and schemas: a key of their own when none is configured
  // (PostgreSQL refuses to start without one), so they measure encryption like production.
  process.env.KINDLY_ENCRYPTION_KEY ||= randomBytes(32).toString('base64');
  const ctx: BenchContext = { accounts: opts.accounts, database: process.env.DATABASE_URL ? 'postgresql' : 'pglite', sharedDataDir: opts.sharedDataDir };
  const results: BenchResult[] = [];
  for (const b of await loadBenchmarks(opts.only)) {
    if (opts.only && opts.only.length && !opts.only.includes(b.name)) continue;
    opts.log(`bench: ${b.name}...`);
    try {
      results.push(...(await b.run(ctx)));
    } catch (err) {
      results.push({ name: b.name, error: (err as Error).message });
    }
  }
  return { machine: { cpus: cpus().length, node: process.version, cpuModel: cpus()[0]?.model ?? 'unknown' }, database: ctx.database, results };
}
