import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../command.js';
import { runSimulate } from './simulate.js';

describe('kindly simulate', () => {
  it('prints both strategies with intervals, and the same output twice for the same seed', async () => {
    const args = { accounts: '150', days: '60', strategy: ['gentle-early', 'aggressive-late'], seed: '7', threads: '1' };
    const a = await runSimulate(args);
    const b = await runSimulate(args);
    expect(a.exitCode).toBe(EXIT_OK);
    if (a.exitCode !== EXIT_OK || b.exitCode !== EXIT_OK) return;
    expect(JSON.stringify(b.output)).toBe(JSON.stringify(a.output));
    expect(a.output).toMatchObject({ seed: 7, accounts: 150, days: 60 });
    for (const s of a.output.strategies) {
      expect(typeof s.kpis.recoveryRate).toBe('number');
      expect(s.intervals.recoveryRate).toHaveLength(2);
      expect(s.intervals.optOutRate).toHaveLength(2);
    }
  }, 120_000);

  it('refuses an unknown strategy or a bad number with a usage error', async () => {
    expect(await runSimulate({ strategy: ['reckless'] })).toMatchObject({ exitCode: EXIT_USAGE, error: expect.stringContaining('unknown strategy reckless') });
    expect(await runSimulate({ accounts: 'many' })).toMatchObject({ exitCode: EXIT_USAGE, error: expect.stringContaining('--accounts') });
  });
});
