import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';

/**
 * Counts the statements the server sends to the database, on both drivers, by wrapping the
 * drivers' query methods for the life of a benchmark (the server runs in the benchmark's process).
 * Statement counts and server CPU per request are the stable figures on a busy machine; latency is not.
 */
export function countStatements(): { count(): number; texts: string[]; restore(): void } {
  let n = 0;
  const texts: string[] = [];
  const patched: Array<[object, string, unknown]> = [];
  const wrap = (proto: Record<string, unknown>, name: string) => {
    const original = proto[name] as (...args: unknown[]) => unknown;
    patched.push([proto, name, original]);
    proto[name] = function (this: unknown, ...args: unknown[]) {
      n++;
      const first = args[0] as string | { text?: string } | undefined;
      if (texts.length < 1000) texts.push((typeof first === 'string' ? first : (first?.text ?? '')).replace(/\s+/g, ' ').slice(0, 160));
      return original.apply(this, args);
    };
  };
  wrap(pg.Client.prototype as unknown as Record<string, unknown>, 'query');
  wrap(PGlite.prototype as unknown as Record<string, unknown>, 'query');
  wrap(PGlite.prototype as unknown as Record<string, unknown>, 'exec');
  return {
    count: () => n,
    texts,
    restore: () => {
      for (const [proto, name, original] of patched) (proto as Record<string, unknown>)[name] = original;
    },
  };
}

/** Statements one request makes, measured alone (no concurrent traffic), with its cookie. */
export async function statementsPerRequest(counter: { count(): number }, url: string, headers: Record<string, string>): Promise<number> {
  await fetch(url, { headers }).then((r) => r.arrayBuffer());
  const before = counter.count();
  await fetch(url, { headers }).then((r) => r.arrayBuffer());
  return counter.count() - before;
}

/** Runs a load and reports the server process's CPU per request (user + system) and the load average. */
export async function withCpu<T extends { servedWithWarmup?: number; requests?: number; requestsPerSecond: number }>(seconds: number, run: () => Promise<T>): Promise<T & { serverCpuMsPerRequest: number; loadAverage1m: number }> {
  const cpu0 = process.cpuUsage();
  const result = await run();
  const cpu = process.cpuUsage(cpu0);
  // Every request served counts, a client's unrecorded warm-up included.
  const requests = result.servedWithWarmup ?? result.requests ?? result.requestsPerSecond * seconds;
  return { ...result, serverCpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, requests)) * 10) / 10, loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 };
}

/**
 * Per backend, the CPU ticks (user + system, 1/100 s) used so far by this database's server
 * processes, when PostgreSQL runs on this machine and /proc is readable (null otherwise).
 */
export async function databaseCpuTicks(database: { kind: string; query<T>(text: string): Promise<T[]> }): Promise<Map<number, number> | null> {
  if (database.kind !== 'postgresql') return null;
  try {
    const pids = await database.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`);
    const ticks = new Map<number, number>();
    for (const { pid } of pids) {
      try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        ticks.set(pid, Number(f[11]) + Number(f[12]));
      } catch {
        // the backend ended between the list and the read
      }
    }
    return ticks;
  } catch {
    return null;
  }
}

/** Milliseconds of database CPU between two readings of databaseCpuTicks (backends that started in between count from zero). */
export function databaseCpuMs(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return ticks * 10;
}
