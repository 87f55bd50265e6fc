import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedDataDir, SHARED_DATA_MISSING } from '../../../platform/shared-data/index.js';
import type { IngestEvent, Rejection, RemittancePaymentRecord, RemittanceRecord } from '../types.js';
import { parseX12_835, X12_835Parser } from './parse-x12-835.js';
import { summarize835 } from './summarize-835.js';
import { inferSeparators } from './x12-segmenter.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
const remits = (events: IngestEvent[]): RemittanceRecord[] => events.filter((e): e is RemittanceRecord => e.kind === 'remittance');
const payments = (events: IngestEvent[]): RemittancePaymentRecord[] => events.filter((e): e is RemittancePaymentRecord => e.kind === 'remittance_payment');
const rejections = (events: IngestEvent[]): Rejection[] => events.filter((e): e is Rejection => e.kind === 'rejection');

describe('an 835 claim with a non-numeric CLP04 is rejected alone', () => {
  const events = parseX12_835(fixture('remit-5010-bad-clp04.835'), { file: 'bad.835' });

  it('keeps the claims before and after it, in order', () => {
    expect(events.map((e) => (e.kind === 'remittance' ? e.patientControlNumber : e.kind))).toEqual(['PCN-001', 'rejection', 'PCN-003', 'remittance_payment']);
  });

  it('names the file, the line of its CLP segment, the element and the reason', () => {
    const [r] = rejections(events);
    expect(r).toMatchObject({ file: 'bad.835', line: 17, segment: 17, field: 'CLP04', recordKind: 'remittance' });
    expect(r!.message).toBe('claim PCN-002: "1O.00" is not a number');
    // The whole claim loop, as written in the file, is kept for the quarantine.
    expect(r!.raw).toBe('CLP*PCN-002*1*90.00*1O.00*20.00*12*PAYERCLM002~\nNM1*QC*1*ROE*RICHARD****MI*M002~\nSVC*HC:99212*90.00*10.00**1~\nDTM*472*20240302~\nCAS*PR*1*20.00~\nCAS*CO*45*60.00~');
  });

  it('reads the valid claims completely', () => {
    const [first] = remits(events);
    expect(first).toMatchObject({
      key: '835|99999|EFT0001|PCN-001|PAYERCLM001|1#0',
      source: { file: 'bad.835', line: 10, segment: 10, entry: null },
      version: '005010',
      interchangeControlNumber: '000000101',
      transactionControlNumber: '0001',
      payer: { name: 'KINDLY TEST HEALTH PLAN', idQualifier: 'XV', id: '99999' },
      payee: { name: 'KINDLY CLINIC', idQualifier: 'XX', id: '1999999984' },
      paymentTraceNumber: 'EFT0001',
      paymentDate: '2024-03-15',
      claimStatusCode: '1',
      chargeCents: 20000,
      paidCents: 10000,
      patientResponsibilityCents: 4000,
      claimFilingIndicator: '12',
      payerClaimControlNumber: 'PAYERCLM001',
      patient: { lastName: 'DOE', firstName: 'JANE', idQualifier: 'MI', id: 'M001' },
    });
    expect(first!.serviceLines).toEqual([
      expect.objectContaining({
        procedure: { qualifier: 'HC', code: '99213', modifiers: [], description: null },
        chargeCents: 20000,
        paidCents: 10000,
        unitsPaid: 1,
        unitsBilled: null,
        serviceDateFrom: '2024-03-01',
        serviceDateTo: '2024-03-01',
        allowedCents: 14000,
        adjustments: [
          { group: 'CO', reason: '45', amountCents: 6000, quantity: null, segment: 14 },
          { group: 'PR', reason: '2', amountCents: 4000, quantity: null, segment: 15 },
        ],
      }),
    ]);
  });

  it('still emits the payment, counting only the claims that were kept', () => {
    expect(payments(events)).toEqual([
      expect.objectContaining({ key: '835|99999|EFT0001', totalPaymentCents: 15000, claimCount: 2, paymentMethod: 'ACH', handlingCode: 'I', creditDebit: 'C', paymentDate: '2024-03-15', providerAdjustments: [] }),
    ]);
  });

  it('totals only what was kept', () => {
    // PCN-001: CLP04 100.00, CLP05 40.00, CO-45 60.00, PR-2 40.00; PCN-003: 50.00, 25.00, PR-3 25.00.
    expect(summarize835(events)).toEqual({ files: 1, claims: 2, paidCents: 15000, patientResponsibilityCents: 6500, adjustmentsCents: { CO: 6000, PR: 6500, OA: 0, PI: 0, CR: 0 } });
  });
});

describe('other bad input', () => {
  const good = fixture('remit-5010-bad-clp04.835').replace('1O.00', '10.00');

  it('an unknown adjustment group rejects its claim with CAS01', () => {
    const events = parseX12_835(good.replace('CAS*CO*45*60.00~\nCAS*PR*2', 'CAS*XX*45*60.00~\nCAS*PR*2'));
    expect(rejections(events)).toEqual([expect.objectContaining({ line: 14, field: 'CAS01', message: 'claim PCN-001: "XX" is not a claim adjustment group code (CO, PR, OA, PI, CR)' })]);
    expect(remits(events).map((r) => r.patientControlNumber)).toEqual(['PCN-002', 'PCN-003']);
  });

  it('a bad amount in the second adjustment of a CAS names CAS06; a bad service date names DTM02', () => {
    let events = parseX12_835(good.replace('CAS*PR*3*25.00', 'CAS*PR*3*25.00**1*abc'));
    expect(rejections(events)).toEqual([expect.objectContaining({ line: 27, field: 'CAS06', message: 'claim PCN-003: "abc" is not a number' })]);
    events = parseX12_835(good.replace('DTM*472*20240302', 'DTM*472*20240231'));
    expect(rejections(events)).toEqual([expect.objectContaining({ line: 20, field: 'DTM02' })]);
  });

  it('a file that ends inside a transaction keeps the finished claims and rejects the rest', () => {
    const events = parseX12_835(fixture('remit-truncated.835'), { file: 't.835' });
    expect(remits(events).map((r) => r.patientControlNumber)).toEqual(['PCN-001']);
    expect(payments(events)).toEqual([]);
    expect(rejections(events)).toEqual([expect.objectContaining({ file: 't.835', line: 3, field: 'SE', recordKind: 'remittance_payment', message: expect.stringMatching(/no SE segment.*CLP01 PCN-002/) })]);
  });

  it('a transaction set that is not an 835 is skipped with one rejection', () => {
    const events = parseX12_835('ISA*00*          *00*          *ZZ*A              *ZZ*B              *240101*1200*^*00501*000000001*0*T*:~GS*HC*A*B*20240101*1200*1*X*005010X222A1~ST*837*0001*005010X222A1~BHT*0019*00*1*20240101*1200*CH~CLM*X*100~SE*4*0001~GE*1*1~IEA*1*000000001~');
    expect(events).toEqual([expect.objectContaining({ kind: 'rejection', field: 'ST01', message: 'transaction set 837 is not an 835 remittance: skipped' })]);
  });

  it('content that is not X12 is rejected once', () => {
    expect(parseX12_835('hello, world\nthis is not EDI\n')).toEqual([expect.objectContaining({ kind: 'rejection', line: 1, message: expect.stringMatching(/not ASC X12/) })]);
  });
});

describe('separators come from each envelope', () => {
  it('reads a 4010 interchange (| and >, BOM, CRLF, indentation) and a 5010 one in the same file', () => {
    const events = parseX12_835(fixture('remit-multi-interchange.835'), { file: 'multi.835' });
    expect(rejections(events)).toEqual([]);
    const [old, neu] = remits(events);
    expect(old).toMatchObject({
      version: '004010',
      source: { line: 9 },
      payer: { name: 'LEGACY MUTUAL', id: null },
      key: '835|1999999999|CHK4010|PCN-4010|LEGACYCLM1|2#0',
      paymentDate: '2003-11-05',
      claimStatusCode: '2',
      patientResponsibilityCents: 1500,
    });
    expect(old!.serviceLines[0]).toMatchObject({ procedure: { qualifier: 'HC', code: '97110', modifiers: ['GP'] }, unitsPaid: 2, chargeCents: 12000, paidCents: 8000 });
    expect(old!.serviceLines[0]!.adjustments.map((a) => `${a.group}-${a.reason} ${a.amountCents}`)).toEqual(['CO-45 2000', 'PR-2 1500', 'CR-B13 500']);
    expect(neu).toMatchObject({ version: '005010', source: { line: 19 }, payer: { name: 'NEW PLAN', id: '88888' }, interchangeControlNumber: '000000202' });
    expect(neu!.serviceLines[0]!.procedure).toEqual({ qualifier: 'HC', code: '99212', modifiers: ['25'], description: null });
    expect(payments(events).map((p) => p.providerAdjustments)).toEqual([
      [],
      [{ providerId: '1999999984', fiscalPeriodDate: '2024-12-31', reasonCode: 'WO', reference: 'OVERPAY01', amountCents: -500 }],
    ]);
    expect(summarize835(events).adjustmentsCents).toEqual({ CO: 2000, PR: 2500, OA: 1000, PI: 0, CR: 500 });
  });

  it('infers the separators of an envelope-less transaction from its segments', () => {
    expect(inferSeparators('ST*835*1234~BPR*I~CLP*1~SVC*HC:59430*1210')).toMatchObject({ element: '*', segment: '~', component: ':' });
    expect(inferSeparators('ST|835|1234\nBPR|I\nSVC|HC>99213|10')).toMatchObject({ element: '|', segment: '\n', component: '>' });
    expect(inferSeparators('ST*835*1234~BPR*I~')).toMatchObject({ component: ':' }); // no SVC: the usual one
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const texts = ['remit-5010-bad-clp04.835', 'remit-multi-interchange.835', 'remit-truncated.835'].map(fixture);
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 40 }), (text, sizes) => {
        const whole = parseX12_835(text.replace(/^\uFEFF/, ''));
        const p = new X12_835Parser();
        const events: IngestEvent[] = [];
        let at = 0;
        let i = 0;
        const body = text.replace(/^\uFEFF/, '');
        while (at < body.length) {
          const n = sizes[i++ % sizes.length]!;
          events.push(...p.push(body.slice(at, at + n)));
          at += n;
        }
        events.push(...p.end());
        expect(events).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });
});

// ../shared/data holds the third-party 835 samples; a fresh clone has none.
const data = sharedDataDir(process.env.KINDLY_SHARED_DATA);
describe.skipIf(!data)(`the shared 835 samples (${SHARED_DATA_MISSING} otherwise)`, () => {
  const dir = data ? join(data, 'x12', '835') : '';
  const file = (rel: string): string => readFileSync(join(dir, rel), 'utf8');

  /**
   * Expected totals, derived by hand from the raw segments of each file (CLP04 summed for paid,
   * CLP05 for patient responsibility, every CAS amount by group, claim and line level):
   */
  const expected: Record<string, { claims: number; paid: number; pr: number; adj: Partial<Record<'CO' | 'PR' | 'OA' | 'PI' | 'CR', number>> }> = {
    // CLP 1922.86 / 142.54; CAS CO-42 34.6, PR-2 117.54, PR-3 25
    'edi-835-parser/blue_cross_nc_sample.txt': { claims: 1, paid: 192286, pr: 14254, adj: { CO: 3460, PR: 14254 } },
    // CLP04 34.25 + 0 + 11.5 (= BPR02 45.75), no CLP05; CAS CO-29 12, CO-29 22, CO-251 2.75, CO-251 20
    'edi-835-parser/emedny_sample.txt': { claims: 3, paid: 4575, pr: 0, adj: { CO: 5675 } },
    // CLP04 88.92 + 261.07 (= BPR02 349.99); CLP05 105.26 + 115.13; CO-45 67.5 + 79.6 + 255.72 + 184.32;
    // PR-1 105.26, PR-2 5.13 and PR-1 110 (second adjustment of one CAS)
    'edi-835-parser/united_healthcare_legacy_sample.txt': { claims: 2, paid: 34999, pr: 22039, adj: { CO: 58714, PR: 22039 } },
    // CLP04 34.00; OA-23 516.00 and OA-94 -9.00
    'linuxforhealth-x12/cob-contractural-adjustment.835': { claims: 1, paid: 3400, pr: 0, adj: { OA: 50700 } },
    // CLP04 450 + 495 (= BPR02 945); CLP05 300 + 600; CO-A2 50 and 55 (claim level), CO-45 50; PR-1 300, 600
    'linuxforhealth-x12/managed-care.835': { claims: 2, paid: 94500, pr: 90000, adj: { CO: 15500, PR: 90000 } },
    // CLP04 138018.40 + 11980.33 (BPR02 150000.00 = that minus PLB -1.27); CO-45 73348.57 + 3019.67
    'linuxforhealth-x12/medicare-part-a.835': { claims: 2, paid: 14999873, pr: 0, adj: { CO: 7636824 } },
    // CLP04 912 + 310 (= BPR02 1222); CLP05 220; OA-23 9411.64 (claim) + 136.50; PR-1 150, PR-2 70; CO-42 85
    'linuxforhealth-x12/secondary-payment.835': { claims: 2, paid: 122200, pr: 22000, adj: { OA: 954814, PR: 22000, CO: 8500 } },
    // CLP04 187.50; OA-23 1579.00
    'linuxforhealth-x12/tertiary-payment.835': { claims: 1, paid: 18750, pr: 0, adj: { OA: 157900 } },
  };

  it('the expectations cover every 835 in the folder', () => {
    const onDisk = ['edi-835-parser', 'linuxforhealth-x12'].flatMap((d) => readdirSync(join(dir, d)).filter((f) => /\.(txt|835)$/.test(f)).map((f) => `${d}/${f}`));
    expect(onDisk.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('%s: exact claim count and totals, no rejections', (rel) => {
    const e = expected[rel]!;
    const events = parseX12_835(file(rel), { file: rel });
    expect(rejections(events)).toEqual([]);
    expect(summarize835(events)).toEqual({
      files: 1,
      claims: e.claims,
      paidCents: e.paid,
      patientResponsibilityCents: e.pr,
      adjustmentsCents: { CO: 0, PR: 0, OA: 0, PI: 0, CR: 0, ...e.adj },
    });
    // Every transaction balances: BPR02 = sum of CLP04 - sum of PLB amounts.
    for (const p of payments(events)) {
      const plb = p.providerAdjustments.reduce((s, a) => s + a.amountCents, 0);
      expect(p.totalPaymentCents).toBe(summarize835(events).paidCents - plb);
    }
  });

  it('all eight files together', () => {
    const all = Object.keys(expected).flatMap((rel) => parseX12_835(file(rel), { file: rel }));
    expect(summarize835(all)).toEqual({ files: 8, claims: 14, paidCents: 15470583, patientResponsibilityCents: 148293, adjustmentsCents: { CO: 7728673, PR: 148293, OA: 1163414, PI: 0, CR: 0 } });
  });

  it('lines wrapped at 80 columns, or newline-terminated segments, read the same', () => {
    const text = file('edi-835-parser/emedny_sample.txt');
    const strip = (events: IngestEvent[]): unknown[] => remits(events).map((r) => ({ ...r, source: null }));
    const wrapped = text.match(/[\s\S]{1,80}/g)!.join('\r\n');
    expect(strip(parseX12_835(wrapped))).toEqual(strip(parseX12_835(text)));
    const newlineTerminated = file('linuxforhealth-x12/managed-care.835').replace(/~\n?/g, '\n');
    expect(strip(parseX12_835(newlineTerminated))).toEqual(strip(parseX12_835(file('linuxforhealth-x12/managed-care.835'))));
  });

  it('an 837 claim file is not mistaken for remittances', () => {
    const path = join(data!, 'x12', '837', 'linuxforhealth-x12', '837P_005010X222A2', 'demo.example1.837');
    const events = parseX12_835(readFileSync(path, 'utf8'));
    expect(remits(events)).toEqual([]);
    expect(rejections(events)).toEqual([expect.objectContaining({ field: 'ST01' })]);
  });
});
