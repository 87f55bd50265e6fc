import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { BalanceRecord, IngestEvent, Rejection } from '../types.js';
import { resolveColumns } from './balance-mapping.js';
import { detectDelimiter, parseBalanceCsv, type BalanceCsvOptions } from './parse-balance-csv.js';

const fixture = (name: string): Buffer => readFileSync(join(import.meta.dirname, '..', 'fixtures', name));

async function collect(input: Parameters<typeof parseBalanceCsv>[0], opts?: BalanceCsvOptions): Promise<IngestEvent[]> {
  const out: IngestEvent[] = [];
  for await (const e of parseBalanceCsv(input, opts)) out.push(e);
  return out;
}

describe('CSV balance files with the default column names', () => {
  const run = collect(fixture('balances-default.csv'), { file: 'balances.csv' });

  it('keeps the good rows and rejects each bad one with its line, column and reason', async () => {
    const events = await run;
    expect(events.map((e) => (e.kind === 'balance' ? `line ${e.source.line} ${e.key}` : e.kind === 'rejection' ? `line ${e.line} ${e.field}: ${e.message}` : e.kind))).toEqual([
      'line 2 balance|A-1001|E-1',
      'line 3 balance|A-1002|2024-02-29',
      // line 4 is empty
      'line 5 Service Date: serviceDate: "2/30/2024" is not a date (YYYY-MM-DD or M/D/YYYY)',
      'line 6 Balance: balance: "12.345" has more than 2 decimal places',
      'line 7 Charges: charges: "2,00.00" has misplaced thousands separators',
      'line 8 null: row has 11 fields, the header has 14',
      'line 9 Account Number: accountNumber: missing account number',
      'line 10 balance|A-1008|E-8',
    ]);
    expect((events[2] as Rejection).raw).toBe('A-1003,P-3,Ana,Silva,1/1/1990,E-3,2/30/2024,100.00,0,0,0,100.00,,');
    expect(events.every((e) => e.kind !== 'rejection' || e.file === 'balances.csv')).toBe(true);
  });

  it('parses money to exact cents and dates to ISO', async () => {
    const [a, b, , , , , , c] = (await run) as BalanceRecord[];
    expect(a).toMatchObject({ accountNumber: 'A-1001', personId: 'P-1', firstName: 'Maria', lastName: 'Lopez', birthDate: '1961-04-12', encounterId: 'E-1', serviceDate: '2024-03-05', chargesCents: 123450, insurancePaidCents: 80000, adjustmentsCents: -3450, patientPaidCents: 0, balanceCents: 40000, payerName: 'Acme Health', email: 'maria@example.org' });
    expect(b).toMatchObject({ encounterId: null, chargesCents: 1200, insurancePaidCents: null, adjustmentsCents: null, balanceCents: 1200, payerName: null });
    expect(c).toMatchObject({ lastName: 'O"Neil', serviceDate: '2023-12-31', chargesCents: 100000, balanceCents: -1200, payerName: 'Medicaid' });
  });
});

describe('column mapping', () => {
  it('a mapping names the columns of a file with its own headers (and ; is detected)', async () => {
    const events = await collect(fixture('balances-custom.csv'), { mapping: { accountNumber: 'Konto', serviceDate: 'Behandlungsdatum', balance: 'Saldo', lastName: 'Nachname' } });
    expect(events.map((e) => e.kind === 'balance' && [e.accountNumber, e.serviceDate, e.balanceCents, e.lastName])).toEqual([
      ['K-1', '2024-04-01', 123400, 'Meyer'],
      ['K-2', '2024-04-02', 9950, 'Schulz'],
      ['K-3', '2024-04-03', 7525, 'Weber'],
    ]);
  });

  it('without the mapping the same file is rejected once, naming what was looked for', async () => {
    const events = await collect(fixture('balances-custom.csv'), { file: 'custom.csv' });
    expect(events).toEqual([expect.objectContaining({ kind: 'rejection', file: 'custom.csv', line: 1, field: 'header', message: expect.stringMatching(/^no column for accountNumber \(looked for: account_number, .*serviceDate .*balance /) })]);
  });

  it('a missing balance column rejects the file once and reads nothing', async () => {
    const events = await collect(fixture('balances-missing-column.csv'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'rejection', field: 'header', message: expect.stringMatching(/^no column for balance/) });
  });

  it('matches headers ignoring case, spaces and punctuation', () => {
    expect(resolveColumns(['ACCOUNT-NUMBER', 'Date of Service', 'Balance Due']).index).toEqual({ accountNumber: 0, serviceDate: 1, balance: 2 });
    expect(resolveColumns(['acct', 'dos', 'bal'], { balance: ['bal', 'balance'] }).missing).toEqual([]);
  });

  it('detects the delimiter from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('"x,y,z"\tb\tc')).toBe('\t');
    expect(detectDelimiter('a|b|c')).toBe('|');
  });
});

describe('malformed CSV', () => {
  it('a stray quote costs only its row; an unclosed quote at the end is reported', async () => {
    const text = 'account,service_date,balance\nA1,2024-01-01,"5"x\nA2,2024-01-02,6\nA3,2024-01-03,"7\n';
    const events = await collect(text);
    expect(events.map((e) => (e.kind === 'balance' ? e.accountNumber : `rejection line ${(e as Rejection).line}`))).toEqual(['rejection line 2', 'A2', 'rejection line 4']);
    expect((events[2] as Rejection).message).toMatch(/Quote Not Closed/);
  });

  it('streams from a Readable in small chunks with the same result', async () => {
    const buf = fixture('balances-default.csv');
    const chunks: Buffer[] = [];
    for (let i = 0; i < buf.length; i += 7) chunks.push(buf.subarray(i, i + 7));
    const streamed = await collect(Readable.from(chunks), { file: 'balances.csv' });
    expect(streamed).toEqual(await collect(buf, { file: 'balances.csv' }));
  });
});
