import { cpuUsage } from 'node:process';
import { sql } from 'drizzle-orm';
import { ManualClock } from '../src/platform/clock/index.js';
import { closeTestDatabase, openTestDatabase } from '../src/platform/db/testing.js';
import { parsePlanQuoteInput, quotePlan } from '../src/modules/plans/index.js';
import { payWithCard } from '../src/modules/payments/index.js';
import { payableAccounts, staffCtx, useSandbox } from '../src/modules/payments/testing.js';
import type { Benchmark, BenchResult } from './types.js';
import { SeededRandom } from '../src/modules/simulation/index.js';

/**
 * Two figures. `plan-quote`: quotes per second through the public parse + quote (the
 * work behind `kindly plan quote`, the portal's plan page and the agent's one-click offers), over
 * deterministic varied inputs (balances $50-$20,000, budgets, incomes, California's formula,
 * allowed start days); the floor is JSON.parse of the same inputs. `card-payment`: sandbox card
 * payments per second through payWithCard (idempotency claim, gateway call, payment + ledger +
 * balance in one transaction, webhook recorded) on the configured database; the floor is the
 * same number of transactions that insert one payment-sized row and update one balance.
 */

/** The simulator's seeded PRNG (mulberry32): the same questions for the same seed. */
function seeded(seed: number): () => number {
  const rng = new SeededRandom(seed);
  return () => rng.next();
}

export function quoteInputs(n: number, seed = 5): string[] {
  const rnd = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const balanceCents = 5_000 + Math.floor(rnd() * 1_995_000);
    const day = 1 + Math.floor(rnd() * 31);
    const month = 1 + Math.floor(rnd() * 12);
    const startOn = `2026-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
    const input: Record<string, unknown> = {
      balanceCents,
      startOn,
      policy: { maxMonths: [12, 24, 36][i % 3], minMonthlyPaymentCents: 2500, ...(rnd() < 0.5 ? { maxShareOfMonthlyIncomePct: 10 } : {}), ...(rnd() < 0.2 ? { allowedStartDays: [1, 15] } : {}) },
    };
    if (rnd() < 0.3) input.state = 'CA';
    if (rnd() < 0.6) input.household = { monthlyIncomeCents: 150_000 + Math.floor(rnd() * 800_000), monthlyEssentialExpensesCents: 100_000 + Math.floor(rnd() * 300_000) };
    if (rnd() < 0.8) input.monthlyBudgetCents = 1_000 + Math.floor(rnd() * 60_000);
    out.push(JSON.stringify(input));
  }
  return out;
}

function cpuSeconds(fn: () => void): number {
  const start = cpuUsage();
  fn();
  const used = cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

async function quoteBench(n: number): Promise<BenchResult> {
  const inputs = quoteInputs(n);
  let checksum = 0;
  const quoteAll = () => {
    for (const text of inputs) {
      const parsed = parsePlanQuoteInput(JSON.parse(text));
      if (parsed.ok) checksum += quotePlan(parsed.value).options.length;
    }
  };
  quoteAll(); // warm-up
  const t0 = performance.now();
  const cpu = cpuSeconds(quoteAll);
  const seconds = (performance.now() - t0) / 1000;
  const floorSeconds = cpuSeconds(() => {
    for (const text of inputs) checksum += (JSON.parse(text) as { balanceCents: number }).balanceCents > 0 ? 0 : 1;
  });
  return {
    name: 'plan-quote',
    quotes: n,
    seconds: Number(seconds.toFixed(3)),
    perSecond: Math.round(n / seconds),
    perCpuSecond: Math.round(n / cpu),
    floorSeconds: Number(floorSeconds.toFixed(4)),
    ratioToFloor: Number((cpu / Math.max(floorSeconds, 1e-6)).toFixed(1)),
    optionsQuoted: checksum,
  };
}

async function paymentBench(kind: 'pglite' | 'postgresql', n: number): Promise<BenchResult> {
  const database = await openTestDatabase(kind);
  try {
    const clock = new ManualClock('2026-11-23T15:00:00Z');
    const accts = await payableAccounts(database, clock, { persons: 120 });
    const gateway = useSandbox(database, clock);
    const pm = (await gateway.tokenizeCard({ number: '4242424242424242', expMonth: 12, expYear: 2030 })).token;
    const targets = Array.from({ length: n }, (_, i) => accts[i % accts.length]!);
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const a = targets[i]!;
      await payWithCard({ database, gateway, ctx: staffCtx(a.tenantId, clock), accountId: a.accountId, amountCents: 1, paymentMethod: pm, idempotencyKey: `bench-payment-${i}`, channel: 'portal' });
    }
    const seconds = (performance.now() - t0) / 1000;
    await database.exec('create table bench_floor (id text primary key, account_id text, amount_cents bigint, created_at timestamptz)');
    const f0 = performance.now();
    for (let i = 0; i < n; i++) {
      const a = targets[i]!;
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into bench_floor values (${`f${i}`}, ${a.accountId}, 1, now())`);
        await tx.execute(sql`update accounts set balance_cents = balance_cents - 1 where id = ${a.accountId}`);
      });
    }
    const floorSeconds = (performance.now() - f0) / 1000;
    return { name: 'card-payment', database: kind, payments: n, seconds: Number(seconds.toFixed(3)), perSecond: Math.round(n / seconds), floorSeconds: Number(floorSeconds.toFixed(3)), ratioToFloor: Number((seconds / floorSeconds).toFixed(1)) };
  } finally {
    await closeTestDatabase(database);
  }
}

export const benchmark: Benchmark = {
  name: 'plan-quote',
  async run(ctx) {
    return [await quoteBench(20_000), await paymentBench(ctx.database, Math.min(ctx.accounts ?? 300, 1000))];
  },
};
