import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir, SHARED_DATA_MISSING } from '../../../platform/shared-data/index.js';
import type { CanonicalRecord, IngestEvent, Rejection } from '../types.js';
import { parseFhirBundle } from './parse-fhir-bundle.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const readFixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

function split(events: IngestEvent[]): { records: CanonicalRecord[]; rejections: Rejection[] } {
  const records: CanonicalRecord[] = [];
  const rejections: Rejection[] = [];
  for (const e of events) {
    if (e.kind === 'rejection') rejections.push(e);
    else if (e.kind !== 'file_summary') records.push(e);
  }
  return { records, rejections };
}

function countKinds(records: CanonicalRecord[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const r of records) c[r.kind] = (c[r.kind] ?? 0) + 1;
  return c;
}

function byKey<K extends CanonicalRecord['kind']>(records: CanonicalRecord[], kind: K, key: string): Extract<CanonicalRecord, { kind: K }> {
  const r = records.find((x) => x.kind === kind && x.key === key);
  if (r === undefined) throw new Error(`no ${kind} ${key}`);
  return r as Extract<CanonicalRecord, { kind: K }>;
}

/** Cents by a different method than the parser's (float with a nudge), for cross-checking. */
const roughCents = (v: number): number => Math.round(v * 100 + (v >= 0 ? 1e-7 : -1e-7));

const KIND_OF: Record<string, string> = {
  Patient: 'patient',
  Encounter: 'encounter',
  Claim: 'claim',
  ExplanationOfBenefit: 'eob',
  Organization: 'organization',
  Account: 'account',
  Invoice: 'invoice',
  Coverage: 'coverage',
};

/** The counts a bundle should give, derived by a plain walk over the JSON (not by the parser). */
function expectedCounts(bundle: { entry: { resource: Record<string, unknown> }[] }): { kinds: Record<string, number>; skipped: Record<string, number> } {
  const kinds: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  const contained = new Set<string>();
  for (const { resource } of bundle.entry) {
    const t = resource['resourceType'] as string;
    const k = KIND_OF[t];
    if (k === undefined) skipped[t] = (skipped[t] ?? 0) + 1;
    else kinds[k] = (kinds[k] ?? 0) + 1;
    if (t !== 'ExplanationOfBenefit') continue;
    for (const c of (resource['contained'] ?? []) as Record<string, any>[]) {
      if (c['resourceType'] === 'Coverage') contained.add(`${c['beneficiary'].reference}|${c['payor'][0].display}`);
    }
  }
  if (contained.size > 0) kinds['coverage'] = (kinds['coverage'] ?? 0) + contained.size;
  return { kinds, skipped };
}

// ../shared/data holds the third-party Synthea and CARIN bundles; a fresh clone has none.
const data = sharedDataDir(process.env.KINDLY_SHARED_DATA);
describe.skipIf(!data)(`every shared FHIR bundle loads (${SHARED_DATA_MISSING} otherwise)`, () => {
  const synthea = data ? readdirSync(join(data, 'synthea')).filter((f) => f.endsWith('.json')).map((f) => join(data, 'synthea', f)) : [];
  const examples = data ? readdirSync(join(data, 'fhir', 'examples')).filter((f) => f.endsWith('.json')).map((f) => join(data, 'fhir', 'examples', f)) : [];

  it.each([...synthea, ...examples].map((f) => [f.split('/').pop()!, f]))('%s: zero rejections, one record per ingested resource', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const expected = expectedCounts(JSON.parse(text));
    const skipped: Record<string, number> = {};
    const { records, rejections } = split([...parseFhirBundle(text, { file: path, skipped })]);
    expect(rejections).toEqual([]);
    expect(countKinds(records)).toEqual(expected.kinds);
    expect(skipped).toEqual(expected.skipped);
  });

  it('the 20 Synthea patients give 662 encounters, claims and EOBs, and 114 patient/payer coverages', () => {
    const all = synthea.flatMap((f) => split([...parseFhirBundle(readFileSync(f, 'utf8'), { file: f })]).records);
    // 20/662/662/662 are stated in ../shared/data/synthea/SOURCES.md; 114 is the number of distinct
    // (patient, payer) pairs among the EOB-contained Coverages (counted in expectedCounts above).
    expect(countKinds(all)).toEqual({ patient: 20, encounter: 662, claim: 662, eob: 662, coverage: 114 });
    // Every EOB and claim points at the patient of its own bundle, and every EOB at its claim.
    const patients = new Set(all.filter((r) => r.kind === 'patient').map((r) => r.key));
    const claims = new Set(all.filter((r) => r.kind === 'claim').map((r) => r.key));
    for (const r of all) {
      if (r.kind === 'eob') {
        expect(patients.has(r.patientKey!)).toBe(true);
        expect(claims.has(r.claimKey!)).toBe(true);
        expect(r.coverageKeys).toHaveLength(1);
      }
      if (r.kind === 'claim') expect(patients.has(r.patientKey!)).toBe(true);
    }
  });

  it('Synthea money: EOB payment, submitted total and line amounts agree with the JSON to the cent', () => {
    for (const f of synthea) {
      const text = readFileSync(f, 'utf8');
      const raw = JSON.parse(text) as { entry: { resource: Record<string, any> }[] };
      const records = split([...parseFhirBundle(text, { file: f })]).records;
      for (const { resource: r } of raw.entry) {
        if (r['resourceType'] === 'ExplanationOfBenefit') {
          const eob = byKey(records, 'eob', `ExplanationOfBenefit/${r['id']}`);
          expect(eob.paymentCents).toBe(roughCents(r['payment'].amount.value));
          expect(eob.totals.submittedCents).toBe(roughCents(r['total'][0].amount.value));
          let coinsurance = 0;
          for (const it of r['item']) {
            for (const a of it.adjudication ?? []) {
              if (a.category.coding[0].code.endsWith('line_coinsrnc_amt')) coinsurance += roughCents(a.amount.value);
            }
          }
          expect(eob.totals.coinsuranceCents ?? 0).toBe(coinsurance);
        }
        if (r['resourceType'] === 'Claim') {
          expect(byKey(records, 'claim', `Claim/${r['id']}`).totalCents).toBe(roughCents(r['total'].value));
        }
      }
    }
  });

  it('one Synthea EOB line by line: paid + coinsurance + deductible = allowed', () => {
    const f = synthea.find((p) => p.includes('Bob965_Keeling57'))!;
    const records = split([...parseFhirBundle(readFileSync(f, 'utf8'), { file: f })]).records;
    const eob = byKey(records, 'eob', 'ExplanationOfBenefit/e40967c2-ae74-955b-e988-4b470dc22fa1');
    // From the bundle: total 269.68; line 2 submitted 140.52, allowed 140.52, paid 112.41600000000001,
    // coinsurance 28.104000000000003, deductible 0.
    expect(eob.totals).toMatchObject({ submittedCents: 26968, allowedCents: 14052, paidCents: 11242, coinsuranceCents: 2810, deductibleCents: 0, patientResponsibilityCents: 2810 });
    expect(eob.paymentCents).toBe(11242);
    expect(eob.insurerName).toBe('Aetna');
    expect(eob.coverageKeys).toEqual(['Coverage?beneficiary=Patient/3f6fd0bb-6cd3-eb3f-4401-cd38ace25f2b&payor=Aetna']);
    const patient = byKey(records, 'patient', 'Patient/3f6fd0bb-6cd3-eb3f-4401-cd38ace25f2b');
    // The SSN, driver's licence and passport identifiers of the bundle are not carried.
    expect(patient.identifiers.map((i) => i.type)).toEqual([null, 'MR']);
    expect(patient.mrn).toBe('3f6fd0bb-6cd3-eb3f-4401-cd38ace25f2b');
  });

  it('CARIN: a top-level Coverage pointing at its payer Organization, EOB amounts by CARIN categories', () => {
    const f = examples.find((p) => p.includes('carin'))!;
    const records = split([...parseFhirBundle(readFileSync(f, 'utf8'), { file: f })]).records;
    const cov = byKey(records, 'coverage', 'Coverage/c4bb-Coverage');
    expect(cov).toMatchObject({ patientKey: 'Patient/888', payerKey: 'Organization/c4bb-Organization', memberId: '88800933501', subscriberId: '888009335', groupId: 'MCHMO1', planName: 'GR5-HMO DEDUCTIBLE', periodStart: '2020-01-01', relationship: 'self', containedIn: null });
    expect(byKey(records, 'organization', 'Organization/c4bb-Organization')).toMatchObject({ name: 'Orange Medical Group', npi: '9941339100', taxId: '060101507' });
    // Pharmacy line: submitted 1000, benefit 20 and paidtoprovider 20 (the same money, counted once),
    // memberliability 80, discount 900.
    const pharmacy = byKey(records, 'eob', 'ExplanationOfBenefit/c4bb-EOBPharmacy');
    expect(pharmacy.items[0]!.adjudication).toMatchObject({ submittedCents: 100000, paidCents: 2000, patientResponsibilityCents: 8000, discountCents: 90000 });
    // Header totals: paidtoprovider 620, submitted 2650, paidbypatient 0.
    expect(pharmacy.totals).toMatchObject({ paidCents: 62000, submittedCents: 265000, paidByPatientCents: 0 });
    expect(pharmacy.coverageKeys).toEqual(['Coverage/c4bb-Coverage']);
    expect(pharmacy.paymentDate).toBe('2017-05-23');
  });
});

describe('bad entries are rejected one by one, with their path and line', () => {
  const text = readFixture('bundle-bad-entries.json');
  const { records, rejections } = split([...parseFhirBundle(text, { file: 'bundle-bad-entries.json' })]);

  // Entries of a 2-space pretty bundle start with a line of exactly four spaces and `{`.
  const entryLines = text.split('\n').flatMap((l, i) => (l === '    {' ? [i + 1] : []));

  it('keeps every valid entry around the bad ones', () => {
    expect(records.map((r) => `${r.kind} ${r.key}`)).toEqual([
      'patient Patient/pat-1',
      'coverage Coverage/cov-1',
      'organization Organization/org-1',
      'account Account/acct-1',
      'invoice Invoice/inv-1',
      'claim Claim/claim-3',
      'eob ExplanationOfBenefit/eob-3',
      'encounter Encounter/5e0c0000-0000-4000-8000-0000000000e1',
    ]);
  });

  it('reports entry index, JSON path, physical line and reason for each rejected entry', () => {
    expect(rejections.map((r) => [r.entry, r.field, r.line])).toEqual([
      [1, 'entry[1].resource.total.value', entryLines[1]],
      [2, 'entry[2].resource.payment.amount.currency', entryLines[2]],
      [3, 'entry[3].resource.period.start', entryLines[3]],
      [4, 'entry[4].resource.patient', entryLines[4]],
      [5, 'entry[5].request.method', entryLines[5]],
      [6, 'entry[6].resource', entryLines[6]],
      [14, 'entry[14].resource.id', entryLines[14]],
      [16, 'entry[16].resource.id', entryLines[16]],
    ]);
    expect(rejections.map((r) => r.message)).toEqual([
      expect.stringMatching(/expected a JSON number, got string "12.50"/),
      expect.stringMatching(/currency "EUR" is not supported/),
      expect.stringMatching(/"2020-13-01T00:00:00Z" is not a valid FHIR date/),
      expect.stringMatching(/missing patient/),
      expect.stringMatching(/DELETE/),
      expect.stringMatching(/no resource/),
      expect.stringMatching(/invalid id/),
      expect.stringMatching(/cannot be keyed/),
    ]);
    expect(rejections.every((r) => r.file === 'bundle-bad-entries.json')).toBe(true);
    // The rejected resource is kept for the quarantine.
    expect(JSON.parse(rejections[0]!.raw!)).toMatchObject({ id: 'claim-bad-total' });
    expect(rejections[0]!.recordKind).toBe('claim');
  });

  it('counts resource types it does not ingest instead of rejecting them', () => {
    const skipped: Record<string, number> = {};
    for (const _ of parseFhirBundle(text, { skipped })) void _;
    expect(skipped).toEqual({ Observation: 1 });
  });

  it('resolves urn:uuid, relative and conditional references to record keys', () => {
    const claim = byKey(records, 'claim', 'Claim/claim-3');
    expect(claim).toMatchObject({
      patientKey: 'Patient/pat-1',
      providerKey: 'Organization/org-1',
      coverageKeys: ['Coverage/cov-1'],
      encounterKeys: ['Encounter/5e0c0000-0000-4000-8000-0000000000e1'],
      totalCents: 4567,
      createdAt: '2024-01-05T16:00:00.000Z',
      billablePeriodStart: '2024-01-05',
    });
    expect(byKey(records, 'eob', 'ExplanationOfBenefit/eob-3').claimKey).toBe('Claim/claim-3');
    expect(byKey(records, 'coverage', 'Coverage/cov-1')).toMatchObject({ patientKey: 'Patient/pat-1', payerKey: 'Organization/org-1', payerName: 'Lone Star Health', memberId: 'MB-77', groupName: 'Employer Group', planId: 'P1', periodEnd: '2024-12-31', order: 1 });
  });

  it('maps adjudication synonyms once and derives what the patient owes', () => {
    const eob = byKey(records, 'eob', 'ExplanationOfBenefit/eob-3');
    // paidtoprovider 25 and benefit 25 are the same money; deductible 10 + copay 5 = 15 owed.
    expect(eob.items[0]!.adjudication).toMatchObject({ submittedCents: 4567, allowedCents: 4000, paidCents: 2500, deductibleCents: 1000, copayCents: 500, patientResponsibilityCents: 1500 });
    expect(eob.totals).toMatchObject({ submittedCents: 4567, paidCents: 2500, patientResponsibilityCents: 1500 });
    expect(eob).toMatchObject({ paymentCents: 2500, paymentDate: '2024-02-10' });
  });

  it('maps Patient, Account and Invoice fields', () => {
    expect(byKey(records, 'patient', 'Patient/pat-1')).toMatchObject({ familyName: 'Garcia', givenNames: ['Lucia', 'M'], birthDate: '1980-02-29', gender: 'female', mrn: 'MRN-001', phone: '555-0100', email: 'lucia@example.org', language: 'es', identifiers: [{ type: 'MR', value: 'MRN-001', system: 'urn:kindly:mrn' }] });
    expect(byKey(records, 'account', 'Account/acct-1')).toMatchObject({ patientKey: 'Patient/pat-1', guarantorKeys: ['Patient/pat-1'], coverageKeys: ['Coverage/cov-1'], ownerKey: 'Organization/org-1', servicePeriodStart: '2024-01-01' });
    expect(byKey(records, 'invoice', 'Invoice/inv-1')).toMatchObject({ patientKey: 'Patient/pat-1', accountKey: 'Account/acct-1', date: '2024-02-01', totalNetCents: 9000, totalGrossCents: 10000, lines: [{ sequence: 1, code: '99213', display: 'Office visit', amountCents: 9000 }] });
  });
});

describe('a truncated bundle gives one clear error and nothing else', () => {
  it('reports the truncation at the last line, with no records', () => {
    const text = readFixture('bundle-truncated.json');
    const events = [...parseFhirBundle(text, { file: 'bundle-truncated.json' })];
    expect(events).toHaveLength(1);
    const [e] = events as Rejection[];
    expect(e).toMatchObject({ kind: 'rejection', file: 'bundle-truncated.json', entry: null, field: null, line: text.split('\n').length });
    expect(e!.message).toMatch(/truncated/);
  });

  it('locates other JSON syntax errors without quoting the content', () => {
    const [e] = [...parseFhirBundle('{\n  "resourceType": "Bundle",\n  "entry": [ { "resource": {"name": "Secret Name",, } } ]\n}')] as Rejection[];
    expect(e!.line).toBe(3);
    expect(e!.message).toMatch(/^invalid JSON: .* at line 3, column \d+$/);
    expect(e!.message).not.toMatch(/Secret/);
  });
});

describe('older Synthea exports (STU3/DSTU2-era shapes) load too', () => {
  const { records, rejections } = split([...parseFhirBundle(readFixture('bundle-stu3-era.json'), { file: 'stu3' })]);
  const id = (s: string): string => `0a100000-0000-4000-8000-${s}`;

  it('loads every resource of the collection bundle', () => {
    expect(rejections).toEqual([]);
    expect(countKinds(records)).toEqual({ patient: 1, encounter: 1, claim: 2, eob: 2, coverage: 1 });
  });

  it('reads Claim.organization, item.service and Claim.total as Money or as a bare number', () => {
    expect(byKey(records, 'claim', `Claim/${id('0000000000c1')}`)).toMatchObject({
      providerName: 'OLD TOWN CLINIC',
      providerKey: `Organization/${id('0000000000f1')}`,
      totalCents: 12916,
      encounterKeys: [`Encounter/${id('0000000000e1')}`],
      items: [{ productCode: '185349003', netCents: 12916 }],
    });
    expect(byKey(records, 'claim', `Claim/${id('0000000000c2')}`).totalCents).toBe(8050);
  });

  it('reads EOB totalCost/totalBenefit, payment, a single insurance object and benefitBalance', () => {
    const eob = byKey(records, 'eob', `ExplanationOfBenefit/${id('0000000000b1')}`);
    expect(eob).toMatchObject({
      insurerName: 'Old Mutual',
      coverageKeys: [`Coverage/${id('0000000000a1')}`],
      paymentCents: 10333,
      benefitBalances: [{ categoryCode: 'medical', typeCode: 'benefit', usedCents: 10333, allowedCents: null }],
    });
    // Header: totalCost 129.16 and totalBenefit 103.33; coinsurance only on the line (25.832).
    expect(eob.totals).toMatchObject({ submittedCents: 12916, paidCents: 10333, coinsuranceCents: 2583, patientResponsibilityCents: 2583 });
    expect(eob.items[0]).toMatchObject({ servicedDate: '2012-06-01', adjudication: { paidCents: 10333, submittedCents: 12916 } });
    // An EOB with nothing but its patient is still a record (missing fields are fine).
    expect(byKey(records, 'eob', `ExplanationOfBenefit/${id('0000000000b2')}`)).toMatchObject({ items: [], claimKey: null, paymentCents: null });
  });

  it('reads Coverage.grouping, Encounter.class as a code and Encounter.patient, an array family name', () => {
    expect(byKey(records, 'coverage', `Coverage/${id('0000000000a1')}`)).toMatchObject({ payerName: 'Old Mutual', groupId: 'GRP-9', groupName: 'Old Group', planId: 'PLN-1', planName: 'Old Plan' });
    expect(byKey(records, 'encounter', `Encounter/${id('0000000000e1')}`)).toMatchObject({ classCode: 'ambulatory', patientKey: `Patient/${id('000000000001')}`, serviceDate: '2012-06-01', periodStart: '2012-06-01T14:00:00.000Z', serviceProviderName: 'OLD TOWN CLINIC' });
    expect(byKey(records, 'patient', `Patient/${id('000000000001')}`)).toMatchObject({ familyName: 'Okafor', birthDate: '1975', deceased: true, deceasedDate: '2019-04-02' });
  });
});
