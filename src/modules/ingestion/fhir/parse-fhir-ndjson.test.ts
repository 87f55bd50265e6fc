import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sharedDataDir, SHARED_DATA_MISSING } from '../../../platform/shared-data/index.js';
import type { IngestEvent } from '../types.js';
import { parseFhirBundle } from './parse-fhir-bundle.js';
import { parseFhirNdjson, streamFhirNdjson } from './parse-fhir-ndjson.js';

const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'resources.ndjson'), 'utf8');

const summary = (events: IngestEvent[]): string[] =>
  events.map((e) => (e.kind === 'rejection' ? `rejection line ${e.line} entry ${e.entry} ${e.field}` : e.kind === 'file_summary' ? 'summary' : `${e.kind} ${e.key} line ${e.source.line} entry ${e.source.entry}`));

describe('NDJSON: one resource per line, a bad line rejected alone', () => {
  const events = [...parseFhirNdjson(text, { file: 'resources.ndjson' })];

  it('keeps the lines around a malformed one and reports entries of a bundle line', () => {
    expect(summary(events)).toEqual([
      'patient Patient/nd-pat-1 line 1 entry null',
      'coverage Coverage/nd-cov-1 line 2 entry null',
      'rejection line 3 entry null null',
      // line 4 is blank
      'claim Claim/nd-claim-2 line 5 entry null',
      'encounter Encounter/nd-enc-1 line 6 entry 0',
      'rejection line 6 entry 1 entry[1].resource.total[0].amount.value',
      'eob ExplanationOfBenefit/nd-eob-1 line 7 entry null',
    ]);
  });

  it('says why the malformed line was rejected and keeps it for the quarantine', () => {
    const bad = events.find((e) => e.kind === 'rejection' && e.line === 3);
    expect(bad).toMatchObject({ kind: 'rejection', file: 'resources.ndjson', message: expect.stringMatching(/invalid JSON: the line ends before the JSON value does/) });
    expect(bad?.kind === 'rejection' && bad.raw?.startsWith('{"resourceType":"Claim","id":"nd-claim-1"')).toBe(true);
  });

  it('resolves absolute and versioned references to keys', () => {
    const claim = events.find((e) => e.kind === 'claim');
    expect(claim).toMatchObject({ patientKey: 'Patient/nd-pat-1', totalCents: 9999 });
  });

  it('streams line by line with the same result', async () => {
    const lines = Readable.from(text.split(/\r?\n/).slice(0, -1));
    const streamed: IngestEvent[] = [];
    for await (const e of streamFhirNdjson(lines, { file: 'resources.ndjson' })) streamed.push(e);
    expect(streamed).toEqual(events);
  });
});

// ../shared/data holds the third-party Synthea bundles; a fresh clone has none.
const data = sharedDataDir(process.env.KINDLY_SHARED_DATA);
describe.skipIf(!data)(`a Synthea bundle flattened to NDJSON gives the same records (${SHARED_DATA_MISSING} otherwise)`, () => {
  it('same records as from the bundle, apart from where they were read', () => {
    const dir = join(data!, 'synthea');
    const file = readdirSync(dir).find((f) => f.startsWith('Jani266'))!;
    const bundleText = readFileSync(join(dir, file), 'utf8');
    const bundle = JSON.parse(bundleText) as { entry: { resource: unknown }[] };
    const ndjson = bundle.entry.map((e) => JSON.stringify(e.resource)).join('\n') + '\n';
    const strip = (events: IngestEvent[]): unknown[] => events.map((e) => ('source' in e ? { ...e, source: null } : e));
    const fromBundle = strip([...parseFhirBundle(bundleText, { file })]);
    const fromNdjson = strip([...parseFhirNdjson(ndjson, { file })]);
    expect(fromNdjson.length).toBeGreaterThan(90);
    expect(fromNdjson).toEqual(fromBundle);
  });
});
