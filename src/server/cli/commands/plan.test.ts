import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE } from '../command.js';
import { registerPlan } from './plan.js';
import { runPlanQuote } from './plan-quote.js';

const example = {
  balanceCents: 184000,
  startOn: '2026-12-01',
  state: 'CA',
  policy: { maxMonths: 24, minMonthlyPaymentCents: 2500, maxShareOfMonthlyIncomePct: 10 },
  household: { monthlyIncomeCents: 400000, monthlyEssentialExpensesCents: 310000 },
  monthlyBudgetCents: 8000,
};

describe('runPlanQuote', () => {
  it('quotes the contract example', () => {
    const run = runPlanQuote(JSON.stringify(example));
    expect(run.exitCode).toBe(EXIT_OK);
    if (run.exitCode !== EXIT_OK) return;
    expect(run.output).toMatchObject({ capCents: 8000, capReasons: ['patient_budget'], recommended: 0, referToAssistance: false });
    expect(run.output.options[0]).toMatchObject({ months: 23, monthlyPaymentCents: 8000, totalCents: 184000 });
  });

  it('rejects invalid input with the field path', () => {
    const run = runPlanQuote(JSON.stringify({ ...example, policy: { maxMonths: -1 } }));
    expect(run).toMatchObject({ exitCode: EXIT_REJECTED, output: { error: { path: 'policy.maxMonths' } } });
  });

  it('rejects text that is not JSON', () => {
    expect(runPlanQuote('{ nope')).toMatchObject({ exitCode: EXIT_REJECTED, output: { error: { path: '' } } });
  });
});

describe('kindly plan quote', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  async function run(args: string[]) {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const program = new Command('kindly').exitOverride();
    registerPlan(program);
    await program.parseAsync(['node', 'kindly', ...args]);
    return { out: out.join(''), exitCode: process.exitCode };
  }

  it('prints one JSON quote and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindly-plan-'));
    const file = join(dir, 'q.json');
    writeFileSync(file, JSON.stringify(example));
    const { out, exitCode } = await run(['plan', 'quote', file]);
    expect(exitCode ?? 0).toBe(EXIT_OK);
    expect(JSON.parse(out).options[0].months).toBe(23);
  });

  it('prints an error JSON and exits 1 on invalid input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindly-plan-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...example, balanceCents: 'lots' }));
    const { out, exitCode } = await run(['plan', 'quote', file]);
    expect(exitCode).toBe(EXIT_REJECTED);
    expect(JSON.parse(out).error.path).toBe('balanceCents');
  });

  it('exits 2 when the file cannot be read', async () => {
    const { out, exitCode } = await run(['plan', 'quote', '/nonexistent/kindly-plan.json']);
    expect(exitCode).toBe(EXIT_USAGE);
    expect(out).toBe('');
  });
});
