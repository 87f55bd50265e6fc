import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessContext } from '../../../platform/audit/index.js';
import { ManualClock } from '../../../platform/clock/index.js';
import { describeDb } from '../../../platform/db/testing.js';
import { SHARED_DATA_MISSING, sharedDataDir } from '../../../platform/shared-data/index.js';
import { createTenant } from '../../identity/index.js';
import { verifyLedger } from '../../ledger/index.js';
import { ingestFiles } from './index.js';

const dir = sharedDataDir(process.env.KINDLY_SHARED_DATA);

/** Independent counts: resource types in the bundles, and CLP04/CLP05 read with a plain split. */
function expectedFromFiles(fhirFiles: string[], x12Files: string[]) {
  const counts: Record<string, number> = {};
  for (const f of fhirFiles) {
    for (const e of JSON.parse(readFileSync(f, 'utf8')).entry ?? []) counts[e.resource.resourceType] = (counts[e.resource.resourceType] ?? 0) + 1;
  }
  let claims = 0;
  let paid = 0;
  let pr = 0;
  const cents = (s: string | undefined) => Math.round(Number(s ?? 0) * 100);
  for (const f of x12Files) {
    const text = readFileSync(f, 'utf8').replace(/^\uFEFF/, '').trim();
    const elem = text.startsWith('ISA') ? text[3]! : '*';
    const term = text.startsWith('ISA') ? text[105]! : '~';
    for (const seg of text.split(term)) {
      const el = seg.trim().split(elem);
      if (el[0] !== 'CLP') continue;
      claims++;
      paid += cents(el[4]);
      pr += cents(el[5]);
    }
  }
  return { counts, claims, paid, pr };
}

// Reason for skipping: ../shared/data is third-party data kept beside the repo, absent on a fresh clone.
describe.skipIf(!dir)(`ingesting all of ../shared/data${dir ? '' : ` (${SHARED_DATA_MISSING})`}`, () => describeDb('every shared file', (getDb) => {
  if (!dir) return;
  const fhirFiles = [
    ...readdirSync(join(dir, 'synthea')).filter((f) => f.endsWith('.json')).map((f) => join(dir, 'synthea', f)),
    ...readdirSync(join(dir, 'fhir', 'examples')).filter((f) => f.endsWith('.json')).map((f) => join(dir, 'fhir', 'examples', f)),
  ];
  const x12Files = [
    ...['blue_cross_nc_sample.txt', 'emedny_sample.txt', 'united_healthcare_legacy_sample.txt'].map((f) => join(dir, 'x12', '835', 'edi-835-parser', f)),
    ...readdirSync(join(dir, 'x12', '835', 'linuxforhealth-x12')).map((f) => join(dir, 'x12', '835', 'linuxforhealth-x12', f)),
  ];
  let ctx: AccessContext;
  beforeAll(async () => {
    const { tenantId } = await createTenant(getDb().db, { slug: 'shared-data', name: 'Shared Data', kind: 'provider' });
    ctx = { tenantId, actor: { kind: 'system', id: 'test', roles: [] }, purpose: 'operations', clock: new ManualClock('2026-11-01T12:00:00Z') };
  });

  it('loads every bundle and remittance with exact counts and totals, and the ledger verifies', async () => {
    const expected = expectedFromFiles(fhirFiles, x12Files);
    const s = await ingestFiles(getDb(), ctx, [...fhirFiles, ...x12Files]);
    expect(s.rejected).toBe(0);
    expect(s.patients).toBe(expected.counts.Patient);
    expect(s.claims).toBe(expected.counts.Claim);
    expect(s.eobs).toBe(expected.counts.ExplanationOfBenefit);
    expect(s.encounters).toBe(expected.counts.Encounter);
    expect(s.remittances.claims).toBe(expected.claims);
    expect(s.remittances.paidCents).toBe(expected.paid);
    expect(s.remittances.patientResponsibilityCents).toBe(expected.pr);
    expect((await verifyLedger(getDb(), ctx.tenantId)).ok).toBe(true);
  });

  it('is a no-op the second time', async () => {
    const s = await ingestFiles(getDb(), ctx, [...fhirFiles, ...x12Files]);
    expect(s.created).toBe(0);
    expect(s.updated).toBe(0);
  });
}));
