import { mkdtempSync, readFileSync, rmSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../src/platform/clock/index.js';
import { createTenant } from '../src/modules/identity/index.js';
import { ingestFiles } from '../src/modules/ingestion/index.js';
import { loadConfig } from '../src/server/config.js';
import { openConfiguredDatabase } from '../src/server/runtime.js';
import type { Benchmark, BenchResult } from './types.js';

/** Writes N patients, each with an encounter, a claim and an EOB, as FHIR NDJSON (4N resources). */
export async function writeNdjson(path: string, n: number): Promise<number> {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const p = `bp-${i}`;
    const lines = [
      { resourceType: 'Patient', id: p, name: [{ family: `Family${i}`, given: [`Given${i}`] }], birthDate: '1980-01-01', address: [{ state: 'OH', city: 'Columbus', postalCode: '43215', line: ['1 Main St'] }] },
      { resourceType: 'Encounter', id: `be-${i}`, status: 'finished', class: { code: 'AMB' }, subject: { reference: `Patient/${p}` }, period: { start: '2026-09-01T10:00:00Z', end: '2026-09-01T11:00:00Z' }, serviceProvider: { display: 'Bench Hospital' } },
      { resourceType: 'Claim', id: `bc-${i}`, status: 'active', use: 'claim', patient: { reference: `Patient/${p}` }, billablePeriod: { start: '2026-09-01', end: '2026-09-01' }, created: '2026-09-02T00:00:00Z', provider: { display: 'Bench Hospital' }, priority: { coding: [{ code: 'normal' }] }, insurance: [{ sequence: 1, focal: true, coverage: { display: 'Plan' } }], item: [{ sequence: 1, productOrService: { coding: [{ code: '99213' }] }, encounter: [{ reference: `Encounter/be-${i}` }], net: { value: 200 } }], total: { value: 200, currency: 'USD' } },
      { resourceType: 'ExplanationOfBenefit', id: `bx-${i}`, status: 'active', outcome: 'complete', use: 'claim', patient: { reference: `Patient/${p}` }, billablePeriod: { start: '2026-09-01', end: '2026-09-01' }, created: '2026-09-10T00:00:00Z', insurer: { display: 'Plan' }, provider: { display: 'Bench Hospital' }, claim: { reference: `Claim/bc-${i}` }, insurance: [{ focal: true, coverage: { display: 'Plan' } }], item: [{ sequence: 1, encounter: [{ reference: `Encounter/be-${i}` }], productOrService: { coding: [{ code: '99213' }] }, adjudication: [{ category: { coding: [{ code: 'submitted' }] }, amount: { value: 200 } }, { category: { coding: [{ code: 'benefit' }] }, amount: { value: 120 } }, { category: { coding: [{ code: 'copay' }] }, amount: { value: 30 } }] }], payment: { amount: { value: 120 } } },
    ];
    for (const l of lines) if (!out.write(JSON.stringify(l) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return n * 4;
}

/** FHIR NDJSON ingested into the database (records, persons, accounts, ledger, audit), against a plain COPY of the same resources. */
export const benchmark: Benchmark = {
  name: 'ingest-db',
  async run(ctx): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'kindly-bench-ingest-'));
    const n = Math.max(100, Math.floor((ctx.accounts ?? 5000)));
    const file = join(dir, 'bench.ndjson');
    const resources = await writeNdjson(file, n);
    const database = await openConfiguredDatabase(loadConfig({ dataDir: join(dir, 'db') }), process.env.DATABASE_URL ? `bench_ingest_${process.pid}` : undefined);
    try {
      const { tenantId } = await createTenant(database.db, { slug: 'bench', name: 'Bench', kind: 'provider' });
      const actx = { tenantId, actor: { kind: 'system' as const, id: 'bench', roles: [] }, purpose: 'operations' as const, clock: systemClock };
      let peak = process.memoryUsage().rss;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const t0 = performance.now();
      const s = await ingestFiles(database, actx, [file]);
      const seconds = (performance.now() - t0) / 1000;
      const t1 = performance.now();
      const again = await ingestFiles(database, actx, [file]);
      const rerunSeconds = (performance.now() - t1) / 1000;
      clearInterval(timer);
      // Floor: a plain COPY of the same rows, one per resource as it arrived (its JSON text), into a
      // table without indexes: the cheapest way this database takes these resources.
      const body = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l, i) => `${i + 1}\t${l.replace(/\\/g, '\\\\')}\n`)
        .join('');
      await database.exec('create table if not exists bench_floor (line int not null, resource json not null)');
      const f0 = performance.now();
      const copied = await database.copyFrom('bench_floor (line, resource)', body);
      const floorSeconds = (performance.now() - f0) / 1000;
      if (copied !== resources) throw new Error(`floor copied ${copied} rows, expected ${resources}`);
      return [
        {
          name: 'ingest-db',
          database: database.kind,
          resources,
          created: s.created,
          rejected: s.rejected,
          seconds: Number(seconds.toFixed(2)),
          perSecond: Math.round(resources / seconds),
          rerunUnchanged: again.unchanged,
          rerunSeconds: Number(rerunSeconds.toFixed(2)),
          peakRssMb: Math.round(peak / 1e6),
          floorSeconds: Number(floorSeconds.toFixed(3)),
          ratioToFloor: Number((seconds / floorSeconds).toFixed(1)),
        },
      ];
    } finally {
      if (database.kind === 'postgresql') await database.exec(`drop schema if exists "${database.schema}" cascade`).catch(() => undefined);
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
