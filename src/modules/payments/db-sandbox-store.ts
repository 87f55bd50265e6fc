import type { Database } from '../../platform/db/index.js';
import type { Refund } from './gateway.js';
import type { IdempotencyRecord, SandboxChargeRecord, SandboxPaymentMethod, SandboxStore } from './sandbox-gateway.js';

/**
 * The sandbox gateway's state in PostgreSQL/PGlite, so every API and worker process sees the same
 * tokens and charges and a refund works after a restart. The first idempotency record for a key
 * wins (insert ... on conflict do nothing), which makes the key atomic across processes.
 */
export class DbSandboxStore implements SandboxStore {
  constructor(private readonly database: Database) {}

  private async get<T>(kind: string, id: string): Promise<T | undefined> {
    const [row] = await this.database.query<{ data: T }>('select data from sandbox_gateway_objects where kind = $1 and id = $2', [kind, id]);
    return row?.data;
  }

  private async put(kind: string, id: string, data: unknown, overwrite = true): Promise<void> {
    await this.database.query(
      `insert into sandbox_gateway_objects(kind, id, data) values ($1, $2, $3::jsonb) on conflict (kind, id) do ${overwrite ? 'update set data = excluded.data' : 'nothing'}`,
      [kind, id, JSON.stringify(data)],
    );
  }

  getPaymentMethod(token: string) {
    return this.get<SandboxPaymentMethod>('payment_method', token);
  }
  putPaymentMethod(pm: SandboxPaymentMethod) {
    return this.put('payment_method', pm.token, pm);
  }
  getCharge(id: string) {
    return this.get<SandboxChargeRecord>('charge', id);
  }
  putCharge(record: SandboxChargeRecord) {
    return this.put('charge', record.charge.id, record);
  }
  getIdempotency(key: string) {
    return this.get<IdempotencyRecord>('idempotency', key);
  }
  putIdempotency(key: string, record: IdempotencyRecord) {
    return this.put('idempotency', key, record, false);
  }
  putRefund(refund: Refund) {
    return this.put('refund', refund.id, refund);
  }
  async listCharges() {
    const found = await this.database.query<{ data: SandboxChargeRecord }>(`select data from sandbox_gateway_objects where kind = 'charge' order by id`);
    return found.map((r) => r.data);
  }
}
