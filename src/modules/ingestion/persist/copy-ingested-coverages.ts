import type { Queryable } from '../../../platform/db/index.js';
import { coverageFromRecord, type CoverageRow } from './project-records.js';
import { pageCoverageRecords } from './read-records.js';
import { insertCoverages } from './write-batch.js';

/** The app_settings row that says records ingested before coverage was copied at ingestion still wait for their copy. */
export const COVERAGE_COPY_SETTING = 'ingested_coverage_copy';

/**
 * Copies every ingested Coverage into the front desk's list (`patient_coverages`) as ingestion now
 * does for each new record: for records ingested before that, whose data is encrypted and so out
 * of a SQL migration's reach (migration 0045 marks the work pending; the start-up step runs this
 * once). Pages by key; each copy is dated when its record was received; running it again changes
 * nothing. Returns how many rows it added.
 */
export async function copyIngestedCoverages(q: Queryable, opts: { pageSize?: number } = {}): Promise<number> {
  let after = { tenantId: '', key: '' };
  let added = 0;
  for (;;) {
    const page = await pageCoverageRecords(q, after, opts.pageSize ?? 2000);
    if (!page.length) return added;
    const byTenant = new Map<string, Array<{ row: CoverageRow; at: Date }>>();
    for (const r of page) {
      const row = coverageFromRecord(r.tenantId, r.personId!, r.data);
      if (!row) continue;
      const list = byTenant.get(r.tenantId) ?? [];
      list.push({ row, at: r.receivedAt });
      byTenant.set(r.tenantId, list);
    }
    for (const [tenantId, list] of byTenant) {
      const at = new Map(list.map((c) => [c.row, c.at]));
      added += await insertCoverages(q, tenantId, list.map((c) => c.row), (c) => at.get(c)!, { existingPersonsOnly: true });
    }
    const last = page[page.length - 1]!;
    after = { tenantId: last.tenantId, key: last.key };
  }
}
