import { expect, it } from 'vitest';
import { ManualClock } from '../clock/index.js';
import { describeDb } from '../db/testing.js';
import { audit, type AccessContext } from './index.js';

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
});
