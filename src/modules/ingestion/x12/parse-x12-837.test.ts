import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir, SHARED_DATA_MISSING } from '../../../platform/shared-data/index.js';
import { detectKind } from '../detect-kind.js';
import type { ClaimRecord, CoverageRecord, IngestEvent, PatientRecord, Rejection } from '../types.js';
import { parseX12_837, X12_837Parser } from './parse-x12-837.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
const claims = (events: IngestEvent[]): ClaimRecord[] => events.filter((e): e is ClaimRecord => e.kind === 'claim');
const rejections = (events: IngestEvent[]): Rejection[] => events.filter((e): e is Rejection => e.kind === 'rejection');

/**
 * An independent reading of an 837: split on the terminator declared by the ISA (position 105) and
 * the element separator (position 3), count CLM segments and add up CLM02 from its digits.
 */
export function readClaimsBySplitting(text: string): { count: number; cents: number; ids: string[] } {
  const t = text.replace(/^\uFEFF/, '').trim();
  const el = t.startsWith('ISA') ? t[3]! : '*';
  const term = t.startsWith('ISA') ? t[105]! : '~';
  let count = 0;
  let cents = 0;
  const ids: string[] = [];
  for (const seg of t.split(term)) {
    const e = seg.trim().split(el);
    if (e[0] !== 'CLM') continue;
    count++;
    ids.push(e[1]!);
    const [whole, frac = ''] = e[2]!.split('.');
    cents += Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  }
  return { count, cents, ids };
}

describe('an 837P with bad claims among good ones', () => {
  const events = parseX12_837(fixture('claims-bad-lines.837'), { file: 'claims.837' });

  it('is detected as an 837 claim file from its content', () => {
    expect(detectKind(fixture('claims-bad-lines.837'))).toBe('x12-837');
    expect(detectKind(fixture('remit-denial.835'))).toBe('x12');
  });

  it('keeps the valid claims and rejects each bad one alone, naming line and element', () => {
    expect(claims(events).map((c) => c.identifiers[0]!.value)).toEqual(['RB-1001', 'RB-1005']);
    const r = rejections(events);
    expect(r.map((x) => [x.line, x.field])).toEqual([
      [22, 'CLM02'],
      [25, 'CLM02'],
      [31, 'DTP03'],
    ]);
    expect(r[0]!.message).toBe('claim RB-1002: "12O.00" is not a number');
    expect(r[1]!.message).toBe('claim RB-1003: total charge 80.00 does not equal the sum of its service lines 75.00');
    expect(r[2]!.message).toBe('claim RB-1004: "20261332" is not a CCYYMMDD date');
    // The claim loop as written, for the quarantine.
    expect(r[1]!.raw).toBe('CLM*RB-1003*80.00***11:B:1*Y*A*Y*Y~\nLX*1~\nSV1*HC:99212*75.00*UN*1***1~');
  });

  it('reads the claim, its patient and coverage', () => {
    const [c] = claims(events);
    expect(c).toMatchObject({
      key: '837|1234567893|PHP01|MEM1001|RB-1001',
      encounterKeys: ['837-account|1234567893|RB-1001'],
      patientKey: '837|PHP01|MEM1001',
      typeCode: 'professional',
      totalCents: 15000,
      billablePeriodStart: '2026-10-15',
      providerName: 'RIVERBEND CLINIC',
      insurerName: 'PRAIRIE HEALTH PLAN',
      payerSequence: 1,
      source: { file: 'claims.837', line: 16, segment: 16 },
    });
    expect(c!.items.map((i) => [i.productCode, i.netCents, i.quantity])).toEqual([
      ['99213', 10000, 1],
      ['36415', 5000, 1],
    ]);
    const p = events.find((e): e is PatientRecord => e.kind === 'patient')!;
    expect(p).toMatchObject({ familyName: 'TESTPATIENT', givenNames: ['ALMA'], birthDate: '1980-02-14', gender: 'female', memberId: 'MEM1001' });
    expect(p.address).toEqual({ lines: ['12 ELM STREET'], city: 'SPRINGFIELD', state: 'IL', postalCode: '62701', country: null });
    const cov = events.find((e): e is CoverageRecord => e.kind === 'coverage')!;
    expect(cov).toMatchObject({ payerName: 'PRAIRIE HEALTH PLAN', memberId: 'MEM1001', groupId: 'GRP100', typeCode: 'CI', order: 1 });
    // One patient and one coverage although two claims were billed for her.
    expect(events.filter((e) => e.kind === 'patient')).toHaveLength(1);
  });

  it('gives the same records when the file arrives in small chunks', () => {
    const text = fixture('claims-bad-lines.837');
    const p = new X12_837Parser({ file: 'claims.837' });
    const out: IngestEvent[] = [];
    for (let i = 0; i < text.length; i += 7) out.push(...p.push(text.slice(i, i + 7)));
    out.push(...p.end());
    expect(out).toEqual(events);
  });

  it('rejects a transaction set that is not an 837 and a file cut before its SE', () => {
    const cut = fixture('claims-bad-lines.837').split('CLM*RB-1005')[0]!;
    const r = rejections(parseX12_837(cut + 'CLM*RB-1005*95.00***11:B:1~', { file: 'cut.837' }));
    expect(r.at(-1)).toMatchObject({ field: 'SE', message: 'input ends inside transaction ST02=0001 (no SE segment): its last claim (CLM01 RB-1005) was not ingested' });
    const remit = rejections(parseX12_837(fixture('remit-denial.835'), { file: 'r.835' }));
    expect(remit).toEqual([expect.objectContaining({ field: 'ST01', message: 'transaction set 835 is not an 837 claim: skipped' })]);
  });
});

const dir = sharedDataDir(process.env.KINDLY_SHARED_DATA);

// Reason for skipping: ../shared/data is third-party data kept beside the repo, absent on a fresh clone.
describe.skipIf(!dir)(`the 837 samples of ../shared/data${dir ? '' : ` (${SHARED_DATA_MISSING})`}`, () => {
  const root = join(dir ?? '', 'x12', '837', 'linuxforhealth-x12');
  const files = dir ? readdirSync(root).flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f))) : [];

  it('are all there (13 professional, 2 institutional)', () => {
    expect(files.filter((f) => f.includes('837P'))).toHaveLength(13);
    expect(files.filter((f) => f.includes('837I'))).toHaveLength(2);
  });

  for (const f of files) {
    it(`${f.split('/').pop()}: every CLM becomes a claim with CLM01 and CLM02 as written`, () => {
      const text = readFileSync(f, 'utf8');
      expect(detectKind(text)).toBe('x12-837');
      const events = parseX12_837(text, { file: f });
      const expected = readClaimsBySplitting(text);
      expect(rejections(events)).toEqual([]);
      const got = claims(events);
      expect(got.map((c) => c.identifiers[0]!.value)).toEqual(expected.ids);
      expect(got.reduce((s, c) => s + (c.totalCents ?? 0), 0)).toBe(expected.cents);
      expect(got.every((c) => c.typeCode === (f.includes('837I') ? 'institutional' : 'professional'))).toBe(true);
    });
  }
});
