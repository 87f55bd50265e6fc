import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir, SHARED_DATA_MISSING } from '../../../platform/shared-data/index.js';
import type { RemittanceRecord, X12Name } from '../types.js';
import { parseX12_835 } from './parse-x12-835.js';

/**
 * Reproduces byte for byte the expected outputs of keironstoddart/edi-835-parser
 * (../shared/data/x12/835/edi-835-parser/expected/*.csv), a pandas DataFrame written with
 * to_csv, from our canonical remittance records. Columns (see ../shared/data/x12/SOURCES.md):
 * one row per service line; marker = CLP01; patient = NM1*QC first + last, title-cased;
 * code/modifier/qualifier from SVC01; allowed_units = SVC05, billed_units = SVC07 (else SVC05);
 * transaction_date = BPR16; charge = SVC02, allowed = AMT*B6, paid = SVC03; payer = N1*PR;
 * start/end = the line's DTM*472/150/151, else the claim's DTM*232/233; rendering_provider =
 * NM1*82; adj_N = service CAS (amount, reason, group); ref_N = service REF; rem_N = LQ.
 *
 * Two traits of the reference are reproduced on purpose and are NOT how Kindly reads the data:
 * - it keeps only the FIRST adjustment of each CAS segment: the UHC sample's `CAS*PR*2*5.13**1*110`
 *   yields PR-2 5.13 but drops PR-1 110.00 (our record has both; CLP05 = 115.13 confirms them);
 * - pandas formatting: amounts print as floats (`1210.0`), units as integers unless the column
 *   has a blank, which makes the whole column float (`1.0`).
 */

type Cell = { t: 'amount' | 'units'; v: number | null } | string | null;
type Row = Map<string, Cell>;

function pyFloat(v: number): string {
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}

function personName(n: X12Name | null): string | null {
  if (n === null) return null;
  return titleCase([n.firstName, n.lastName].filter((x) => x !== null).join(' '));
}

function rows(records: RemittanceRecord[]): Row[] {
  const out: Row[] = [];
  for (const claim of records) {
    for (const svc of claim.serviceLines) {
      const amount = (cents: number | null): Cell => ({ t: 'amount', v: cents === null ? null : cents / 100 });
      const row: Row = new Map<string, Cell>([
        ['marker', claim.patientControlNumber],
        ['patient', personName(claim.patient)],
        ['code', svc.procedure.code],
        ['modifier', svc.procedure.modifiers[0] ?? null],
        ['qualifier', svc.procedure.qualifier],
        ['allowed_units', { t: 'units', v: svc.unitsPaid }],
        ['billed_units', { t: 'units', v: svc.unitsBilled ?? svc.unitsPaid }],
        ['transaction_date', claim.paymentDate],
        ['charge_amount', amount(svc.chargeCents)],
        ['allowed_amount', amount(svc.allowedCents)],
        ['paid_amount', amount(svc.paidCents)],
        ['payer', claim.payer.name],
        ['start_date', svc.serviceDateFrom ?? claim.statementFrom],
        ['end_date', svc.serviceDateTo ?? claim.statementTo],
        ['rendering_provider', personName(claim.renderingProvider)],
      ]);
      const seen = new Set<number>();
      const firstPerCas = svc.adjustments.filter((a) => (seen.has(a.segment) ? false : (seen.add(a.segment), true)));
      firstPerCas.forEach((a, i) => {
        row.set(`adj_${i}_amount`, { t: 'amount', v: a.amountCents / 100 });
        row.set(`adj_${i}_code`, a.reason);
        row.set(`adj_${i}_group`, a.group);
      });
      svc.references.forEach((r, i) => {
        row.set(`ref_${i}_qual`, r.qualifier);
        row.set(`ref_${i}_value`, r.value);
      });
      svc.remarks.forEach((r, i) => {
        row.set(`rem_${i}_code`, r.code);
        row.set(`rem_${i}_qual`, r.qualifier);
      });
      out.push(row);
    }
  }
  return out;
}

/**
 * DataFrame.to_csv of frames concatenated with their own indexes (pd.concat keeps them). Column
 * order: the fixed columns, then every adj_N, then ref_N, then rem_N (the reference builds each
 * group as its own block: in the UHC sample adj_1 precedes ref_0 though row 0 has only adj_0).
 */
const GROUP_RANK: Record<string, number> = { adj: 1, ref: 2, rem: 3 };
function columnOrder(a: string, b: string, seen: string[]): number {
  const ma = /^(adj|ref|rem)_(\d+)_/.exec(a);
  const mb = /^(adj|ref|rem)_(\d+)_/.exec(b);
  const ra = ma ? GROUP_RANK[ma[1]!]! : 0;
  const rb = mb ? GROUP_RANK[mb[1]!]! : 0;
  if (ra !== rb) return ra - rb;
  if (ma && mb && ma[2] !== mb[2]) return Number(ma[2]) - Number(mb[2]);
  return seen.indexOf(a) - seen.indexOf(b);
}

function toCsv(frames: Row[][]): string {
  const seen: string[] = [];
  for (const f of frames) for (const r of f) for (const k of r.keys()) if (!seen.includes(k)) seen.push(k);
  const columns = [...seen].sort((a, b) => columnOrder(a, b, seen));
  const all = frames.flat();
  const unitsAsFloat = new Set(
    columns.filter((c) => all.some((r) => { const v = r.get(c); return typeof v === 'object' && v !== null && v.t === 'units' && v.v === null; })),
  );
  const fmt = (c: string, v: Cell | undefined): string => {
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return v.includes(',') || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v;
    if (v.v === null) return '';
    if (v.t === 'amount' || unitsAsFloat.has(c)) return pyFloat(v.v);
    return String(v.v);
  };
  const lines = [[''].concat(columns).join(',')];
  for (const f of frames) f.forEach((r, i) => lines.push([String(i)].concat(columns.map((c) => fmt(c, r.get(c)))).join(',')));
  return lines.join('\n') + '\n';
}

// The reference files are third-party data under ../shared/data; a fresh clone has none.
const data = sharedDataDir(process.env.KINDLY_SHARED_DATA);
describe.skipIf(!data)(`835 golden outputs of edi-835-parser are reproduced exactly (${SHARED_DATA_MISSING} otherwise)`, () => {
  const dir = data ? join(data, 'x12', '835', 'edi-835-parser') : '';
  const samples = ['blue_cross_nc_sample', 'emedny_sample', 'united_healthcare_legacy_sample'];
  const frame = (name: string): Row[] => {
    const events = parseX12_835(readFileSync(join(dir, `${name}.txt`)), { file: name });
    expect(events.filter((e) => e.kind === 'rejection')).toEqual([]);
    return rows(events.filter((e): e is RemittanceRecord => e.kind === 'remittance'));
  };

  it.each(samples)('%s.csv', (name) => {
    expect(toCsv([frame(name)])).toBe(readFileSync(join(dir, 'expected', `${name}.csv`), 'utf8'));
  });

  it('all_samples.csv (the three concatenated, each with its own index)', () => {
    expect(toCsv(samples.map(frame))).toBe(readFileSync(join(dir, 'expected', 'all_samples.csv'), 'utf8'));
  });

  it('the second adjustment of a CAS segment, dropped by the reference, is in our record', () => {
    const events = parseX12_835(readFileSync(join(dir, 'united_healthcare_legacy_sample.txt')));
    const claim = events.find((e): e is RemittanceRecord => e.kind === 'remittance' && e.patientControlNumber === '001-18604-358')!;
    const line = claim.serviceLines[2]!;
    expect(line.adjustments.map((a) => [a.group, a.reason, a.amountCents])).toEqual([['PR', '2', 513], ['PR', '1', 11000], ['CO', '45', 18432]]);
    const pr = claim.serviceLines.flatMap((s) => s.adjustments).filter((a) => a.group === 'PR').reduce((s, a) => s + a.amountCents, 0);
    expect(pr).toBe(claim.patientResponsibilityCents); // 115.13 = CLP05
  });
});
