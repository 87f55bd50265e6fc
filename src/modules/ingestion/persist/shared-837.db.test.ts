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

/**
 * An independent reading of the 837s: split each file on the terminator its ISA declares, count
 * CLM segments and add CLM02 from its digits; a claim is the primary payer's when the last SBR
 * before it says SBR01 = P.
 */
function expected837(files: string[]) {
  let claims = 0;
  let cents = 0;
  let primaryCents = 0;
  for (const f of files) {
    const t = readFileSync(f, 'utf8').trim();
    let sbr01 = 'P';
    for (const seg of t.split(t[105]!)) {
      const e = seg.trim().split(t[3]!);
      if (e[0] === 'SBR') sbr01 = e[1]!;
      if (e[0] !== 'CLM') continue;
      const [whole, frac = ''] = e[2]!.split('.');
      const c = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
      claims++;
      cents += c;
      if (sbr01 === 'P') primaryCents += c;
    }
  }
  return { claims, cents, primaryCents };
}

// Reason for skipping: ../shared/data is third-party data kept beside the repo, absent on a fresh clone.
describe.skipIf(!dir)(`ingesting every 837 of ../shared/data${dir ? '' : ` (${SHARED_DATA_MISSING})`}`, () => describeDb('837P and 837I samples', (getDb) => {
  if (!dir) return;
  const root = join(dir, 'x12', '837', 'linuxforhealth-x12');
  const files = readdirSync(root).flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f)));
  let ctx: AccessContext;
  beforeAll(async () => {
    const { tenantId } = await createTenant(getDb().db, { slug: 'shared-837', name: 'Shared 837', kind: 'provider' });
    ctx = { tenantId, actor: { kind: 'system', id: 'test', roles: [] }, purpose: 'operations', clock: new ManualClock('2026-11-01T12:00:00Z') };
  });

  it('reads all 15 files with exact claim counts and CLM02 totals, and posts each service once', async () => {
    const want = expected837(files);
    expect(files).toHaveLength(15);
    const s = await ingestFiles(getDb(), ctx, files);
    expect(s.rejected).toBe(0);
    expect(s.claims).toBe(want.claims);
    expect(s.chargesCents).toBe(want.cents);
    // A claim re-sent to a secondary payer bills the same service: only primary claims post charges.
    const [ledger] = await getDb().query<{ charges: number; pending: number }>(
      `select coalesce(sum(amount_cents) filter (where kind = 'charge'), 0)::int as charges, coalesce(sum(amount_cents) filter (where bucket = 'insurance'), 0)::int as pending from ledger_entries where tenant_id = $1`,
      [ctx.tenantId],
    );
    expect(ledger).toEqual({ charges: want.primaryCents, pending: want.primaryCents });
    expect((await verifyLedger(getDb(), ctx.tenantId)).ok).toBe(true);
  });

  it('is a no-op the second time', async () => {
    const s = await ingestFiles(getDb(), ctx, files);
    expect({ created: s.created, updated: s.updated }).toEqual({ created: 0, updated: 0 });
  });
}));
