import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFile, type ParseFileOptions } from './parse-file.js';
import type { FileSummary, IngestEvent } from './types.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'kindly-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function collect(path: string, opts?: ParseFileOptions): Promise<{ events: IngestEvent[]; summary: FileSummary }> {
  const events: IngestEvent[] = [];
  for await (const e of parseFile(path, opts)) events.push(e);
  const last = events.pop();
  if (last?.kind !== 'file_summary') throw new Error('no summary at the end');
  return { events, summary: last };
}

describe('parseFile detects the kind from content and streams events, then a summary', () => {
  it.each([
    ['bundle-bad-entries.json', 'fhir-bundle', { patient: 1, coverage: 1, organization: 1, account: 1, invoice: 1, claim: 1, eob: 1, encounter: 1 }, 8, { Observation: 1 }],
    ['bundle-truncated.json', 'fhir-bundle', {}, 1, {}],
    ['bundle-stu3-era.json', 'fhir-bundle', { patient: 1, encounter: 1, claim: 2, eob: 2, coverage: 1 }, 0, {}],
    ['resources.ndjson', 'fhir-ndjson', { patient: 1, coverage: 1, claim: 1, encounter: 1, eob: 1 }, 2, {}],
    ['remit-5010-bad-clp04.835', 'x12', { remittance: 2, remittance_payment: 1 }, 1, {}],
    ['remit-multi-interchange.835', 'x12', { remittance: 2, remittance_payment: 2 }, 0, {}],
    ['remit-truncated.835', 'x12', { remittance: 1 }, 1, {}],
    ['balances-default.csv', 'csv', { balance: 3 }, 5, {}],
    ['balances-missing-column.csv', 'csv', {}, 1, {}],
  ])('%s: %s', async (name, format, records, rejected, skipped) => {
    const path = join(fixtures, name);
    const { events, summary } = await collect(path, { displayName: name });
    expect(summary).toMatchObject({ kind: 'file_summary', file: name, format, records, rejected, skipped });
    expect(events.filter((e) => e.kind === 'rejection')).toHaveLength(rejected);
    expect(events.every((e) => (e.kind === 'rejection' ? e.file : (e as { source: { file: string } }).source.file) === name)).toBe(true);
  });

  it('uses the CSV mapping from the options', async () => {
    const { summary } = await collect(join(fixtures, 'balances-custom.csv'), { csv: { mapping: { accountNumber: 'Konto', serviceDate: 'Behandlungsdatum', balance: 'Saldo' } } });
    expect(summary.records).toEqual({ balance: 3 });
  });

  it('the same content under a misleading name is still read by what it is', async () => {
    const path = join(tmp, 'remittance.csv');
    writeFileSync(path, 'ST*835*1234~BPR*I*10.00*C*CHK************20240101~TRN*1*T1*1~N1*PR*P~CLP*A*1*10*10~SE*6*1234~');
    const { events, summary } = await collect(path);
    expect(summary.format).toBe('x12');
    expect(events.map((e) => e.kind)).toEqual(['remittance', 'remittance_payment']);
  });

  it('reads NDJSON whose first line is too long to sniff (falls back from the bundle reader)', async () => {
    const path = join(tmp, 'long-first-line.ndjson');
    const big = { resourceType: 'Patient', id: 'long', name: [{ family: 'x'.repeat(70_000) }] };
    writeFileSync(path, `${JSON.stringify(big)}\n${JSON.stringify({ resourceType: 'Patient', id: 'short' })}\n`);
    const { events, summary } = await collect(path);
    expect(summary.format).toBe('fhir-ndjson');
    expect(events.map((e) => (e.kind === 'patient' ? `${e.key} line ${e.source.line}` : e.kind))).toEqual(['Patient/long line 1', 'Patient/short line 2']);
  });

  it('refuses a JSON bundle over the whole-file limit with one clear error', async () => {
    const { events, summary } = await collect(join(fixtures, 'bundle-stu3-era.json'), { maxBundleBytes: 1000 });
    expect(events).toEqual([expect.objectContaining({ kind: 'rejection', message: expect.stringMatching(/exceeds the 1000-byte limit.*NDJSON/) })]);
    expect(summary.rejected).toBe(1);
  });

  it('reports unknown content and unreadable paths as rejections, never throws', async () => {
    const path = join(tmp, 'notes.txt');
    writeFileSync(path, 'just some words\n');
    expect((await collect(path)).events).toEqual([expect.objectContaining({ kind: 'rejection', line: 1, message: expect.stringMatching(/unrecognized content/) })]);
    const missing = await collect(join(tmp, 'nope.json'));
    expect(missing.events).toEqual([expect.objectContaining({ kind: 'rejection', message: 'cannot read the file: ENOENT' })]);
    expect(missing.summary.format).toBe('unknown');
  });
});
