import { expect, it } from 'vitest';
import { ManualClock } from '../clock/index.js';
import { describeDb } from '../db/testing.js';
import { eq, sql } from 'drizzle-orm';
import { fromJsonRow, rows } from '../db/index.js';
import { audit, auditInsertSql, auditLog, type AccessContext } from './index.js';

describeDb('audit rows', (getDb) => {
  const ctx: AccessContext = { tenantId: 'tenant-a', actor: { kind: 'user', id: 'u-1', roles: [] }, purpose: 'operations', requestId: 'req-9', clock: new ManualClock('2026-11-01T12:00:00Z') };
  const rowsFor = (type: string) =>
    getDb().query<{ action: string; actor_id: string; purpose: string; record_id: string; request_id: string; details: unknown; at: Date }>(
      'select action, actor_id, purpose, record_id, request_id, details, at from audit_log where tenant_id = $1 and record_type = $2 order by record_id', [ctx.tenantId, type]);

  it('writes one row per entry, with who, why and when, for a single access and for a bulk batch alike', async () => {
    await audit(getDb().db, ctx, { action: 'read', recordType: 'single', recordId: 'p-1' });
    const many = Array.from({ length: 250 }, (_, i) => ({ action: 'write' as const, recordType: 'bulk', recordId: `p-${String(i).padStart(3, '0')}`, details: { via: 'ingestion' } }));
    await audit(getDb().db, ctx, ...many);
    const single = await rowsFor('single');
    const bulk = await rowsFor('bulk');
    expect(single).toEqual([{ action: 'read', actor_id: 'u-1', purpose: 'operations', record_id: 'p-1', request_id: 'req-9', details: {}, at: new Date('2026-11-01T12:00:00Z') }]);
    expect(bulk).toHaveLength(250);
    expect(bulk[249]).toEqual({ action: 'write', actor_id: 'u-1', purpose: 'operations', record_id: 'p-249', request_id: 'req-9', details: { via: 'ingestion' }, at: new Date('2026-11-01T12:00:00Z') });
  });
  it('a read can write its own audit rows in the same statement: one per entry and per row read, none when nothing is found; the rows read back as JSON equal what Drizzle selects', async () => {
    const read = (ids: string[]) =>
      rows<{ id: string; audited: number }>(
        getDb().db,
        sql`with r as (select x as id from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) x),
              audited as (${auditInsertSql(ctx, sql`r`, { action: 'read', recordType: 'one_statement', recordId: sql`r.id`, details: { view: 'list' } }, { action: 'read', recordType: 'one_statement_count', recordId: sql`r.id`, detailsSql: sql`jsonb_build_object('n', (select count(*) from r))` })})
            select r.id, (select count(*) from audited)::int as audited from r order by r.id`,
      );
    expect(await read(['a-2', 'a-1'])).toEqual([{ id: 'a-1', audited: 4 }, { id: 'a-2', audited: 4 }]);
    expect(await read([])).toEqual([]);
    expect(await rowsFor('one_statement')).toEqual([
      { action: 'read', actor_id: 'u-1', purpose: 'operations', record_id: 'a-1', request_id: 'req-9', details: { view: 'list' }, at: new Date('2026-11-01T12:00:00Z') },
      { action: 'read', actor_id: 'u-1', purpose: 'operations', record_id: 'a-2', request_id: 'req-9', details: { view: 'list' }, at: new Date('2026-11-01T12:00:00Z') },
    ]);
    expect((await rowsFor('one_statement_count')).map((r) => r.details)).toEqual([{ n: 2 }, { n: 2 }]);
    const viaDrizzle = await getDb().db.select().from(auditLog).where(eq(auditLog.recordType, 'one_statement')).orderBy(auditLog.recordId);
    const viaJson = await rows<{ row: Record<string, unknown> }>(getDb().db, sql`select to_jsonb(l) as row from audit_log l where record_type = 'one_statement' order by record_id`);
    expect(viaJson.map((r) => fromJsonRow(auditLog, r.row))).toEqual(viaDrizzle);
    expect(viaDrizzle[0]!.at).toBeInstanceOf(Date);
  });
});
