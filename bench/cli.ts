import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../src/platform/shared-data/index.js';
import type { Benchmark, BenchResult } from './types.js';

/**
 * How fast the product starts, as a person meets it: `kindly --help`, `kindly plan quote FILE`
 * (the input of ../shared/contracts/cli.md) and `npm start` up to the first 200 from /healthz on a
 * fresh embedded data folder. Each CLI call is a new process; figures are the median of several
 * runs, wall-clock and CPU seconds (the CPU figure is what the process itself costs and holds on a
 * busy machine, where wall-clock waits for a core). `compiled` says whether bin/kindly.js ran the
 * build in dist/ (it falls back to tsx when dist/ is missing or older than src/). Goals: 0.3 s,
 * 0.6 s and 5 s; the floor is `node -e ""` (a Node process that does nothing).
 */

const BIN = join(repoRoot, 'bin', 'kindly.js');
const QUOTE_INPUT = {
  balanceCents: 184000,
  startOn: '2026-12-01',
  state: 'CA',
  policy: { maxMonths: 24, minMonthlyPaymentCents: 2500, maxShareOfMonthlyIncomePct: 10 },
  household: { monthlyIncomeCents: 400000, monthlyEssentialExpensesCents: 310000 },
  monthlyBudgetCents: 8000,
};

/** CPU seconds of this process's finished children (Linux /proc; null elsewhere). */
function childrenCpuSeconds(): number | null {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th (0-based 13, 14).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number | null, d = 3) => (x === null ? null : Number(x.toFixed(d)));

function timeProcess(args: string[], runs: number, env: NodeJS.ProcessEnv = {}): { wallSeconds: number; cpuSeconds: number | null } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = childrenCpuSeconds();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    walls.push((performance.now() - t0) / 1000);
    const cpu1 = childrenCpuSeconds();
    if (cpu0 !== null && cpu1 !== null) cpus.push(cpu1 - cpu0);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  }
  return { wallSeconds: median(walls), cpuSeconds: cpus.length ? median(cpus) : null };
}

/** The check bin/kindly.js makes: dist/ is used when its stamp is newer than every source file. */
function distIsCurrent(stamp: string): boolean {
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return ['src', 'bench'].every((dir) =>
    readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true }).every((e) => !e.isFile() || statSync(join(e.parentPath, e.name)).mtimeMs <= built),
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** CPU seconds used so far by a process and its descendants (Linux /proc; null elsewhere). */
function treeCpuSeconds(pid: number): number | null {
  try {
    const ticks = 100; // USER_HZ on Linux
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    let total = (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const c of children ? children.split(' ') : []) total += treeCpuSeconds(Number(c)) ?? 0;
    }
    return total;
  } catch {
    return null;
  }
}

/** `npm start` on a fresh embedded data folder until /healthz answers 200 (wall and CPU of npm and what it started); then a graceful stop. */
async function startToHealthz(): Promise<{ seconds: number; cpuSeconds: number | null }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kindly-bench-start-'));
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), KINDLY_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  const t0 = performance.now();
  // Its own process group, so the stop reaches npm and the node process it started.
  const child = spawn('npm', ['start', '--silent'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let done = false;
  void exited.then(() => (done = true));
  try {
    for (;;) {
      if (done) throw new Error(`npm start exited before /healthz answered: ${stderr.slice(-1000)}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return { seconds: (performance.now() - t0) / 1000, cpuSeconds: treeCpuSeconds(child.pid!) };
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    if (!done) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const benchmark: Benchmark = {
  name: 'cli',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'kindly-bench-cli-'));
    try {
      const input = join(dir, 'quote.json');
      writeFileSync(input, JSON.stringify(QUOTE_INPUT));
      const stamp = join(repoRoot, 'dist', '.built');
      const runs = 5;
      const floor = timeProcess(['-e', ''], runs);
      const help = timeProcess([BIN, '--help'], runs);
      const quote = timeProcess([BIN, 'plan', 'quote', input], runs);
      const compiled = distIsCurrent(stamp);
      const start = await startToHealthz();
      const figure = (name: string, t: { wallSeconds: number; cpuSeconds: number | null }, goal: number) => ({
        name,
        runs,
        compiled,
        wallSeconds: round(t.wallSeconds),
        cpuSeconds: round(t.cpuSeconds),
        goalSeconds: goal,
        floorWallSeconds: round(floor.wallSeconds),
        ratioToFloor: Number((t.wallSeconds / floor.wallSeconds).toFixed(1)),
      });
      return [
        figure('cli-help', help, 0.3),
        figure('cli-plan-quote', quote, 0.6),
        { name: 'cli-start-healthz', compiled, wallSeconds: round(start.seconds), cpuSeconds: round(start.cpuSeconds), goalSeconds: 5, floorWallSeconds: round(floor.wallSeconds), ratioToFloor: Number((start.seconds / floor.wallSeconds).toFixed(1)) },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
