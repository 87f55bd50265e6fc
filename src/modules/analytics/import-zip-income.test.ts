import { describe, expect, it } from 'vitest';
import { parseZipIncomeCsv } from './import-zip-income.js';

describe('reading a ZIP income file', () => {
  it('names the file, line and field of every problem at once', () => {
    const { rows, issues } = parseZipIncomeCsv('zip3,median_household_income_usd\n021,"85,000"\n21,abc\n021,52000\n606,$61000.50\n', 'acs-b19013.csv');
    expect(rows).toEqual([{ zip3: '021', cents: 8_500_000 }, { zip3: '606', cents: 6_100_050 }]);
    expect(issues).toEqual([
      { path: 'zip3', file: 'acs-b19013.csv', line: 3, message: expect.stringContaining('3-digit') },
      { path: 'median_household_income_usd', file: 'acs-b19013.csv', line: 3, message: expect.stringContaining('"abc"') },
      { path: 'zip3', file: 'acs-b19013.csv', line: 4, message: 'ZIP area 021 is already on line 2' },
    ]);
  });

  it('refuses a file without the columns it needs, or without rows', () => {
    expect(parseZipIncomeCsv('zip,income\n021,5\n', 'x.csv').issues).toEqual([{ path: 'zip3, median_household_income_usd', file: 'x.csv', line: 1, message: expect.stringContaining('missing') }]);
    expect(parseZipIncomeCsv('zip3,median_household_income_usd\n', 'x.csv').issues[0]).toMatchObject({ path: 'file', message: 'no ZIP areas in the file' });
  });
});
