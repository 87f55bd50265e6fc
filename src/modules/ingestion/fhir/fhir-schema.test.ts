import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir, SHARED_DATA_MISSING } from '../../../platform/shared-data/index.js';
import { FHIR_DATE, FHIR_DATE_TIME } from '../shared/dates.js';
import { INGESTED_TYPES } from './map-fhir-resource.js';

/**
 * The parser does a light structural validation instead of validating against the 3.4 MB R4 JSON
 * schema at run time. These checks keep the two consistent where they overlap, using the schema
 * when it is present (../shared/data/fhir/fhir.schema.json).
 */
const data = sharedDataDir(process.env.KINDLY_SHARED_DATA);
const schemaPath = data ? join(data, 'fhir', 'fhir.schema.json') : '';
describe.skipIf(!data || !existsSync(schemaPath))(`light validation agrees with the R4 JSON schema (${SHARED_DATA_MISSING} otherwise)`, () => {
  const schema = data && existsSync(schemaPath) ? (JSON.parse(readFileSync(schemaPath, 'utf8')) as { discriminator: { mapping: Record<string, string> }; definitions: Record<string, { pattern?: string; required?: string[] }> }) : null;

  it('date and dateTime use the schema patterns', () => {
    expect(FHIR_DATE.source).toBe(schema!.definitions['date']!.pattern);
    expect(FHIR_DATE_TIME.source).toBe(schema!.definitions['dateTime']!.pattern);
  });

  it('every ingested resource type is an R4 resource type', () => {
    const types = Object.keys(schema!.discriminator.mapping);
    for (const t of INGESTED_TYPES) expect(types).toContain(t);
  });

  it('a field is rejected as missing only when the schema requires it (so valid R4 is never refused)', () => {
    // mapFhirResource rejects a Claim or an ExplanationOfBenefit without `patient`; nothing else.
    expect(schema!.definitions['Claim']!.required).toContain('patient');
    expect(schema!.definitions['ExplanationOfBenefit']!.required).toContain('patient');
  });
});
