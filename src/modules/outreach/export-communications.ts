import { streamQuery, type Database } from '../../platform/db/index.js';
import { decryptMessageFields } from './message-fields.js';

/** One line of `kindly export communications` (../shared/contracts/cli.md). */
export interface ExportedCommunication {
  id: string;
  accountId: string | null;
  personId: string;
  debtIds: string[];
  direction: 'outbound' | 'inbound';
  channel: string;
  at: string;
  status: string;
  consumerTimeZones: string[];
  collectorRole: string;
  subject: string | null;
  body: string | null;
  outcome: string | null;
  journey: string | null;
  step: string | null;
  reasons: string[];
  purpose: string | null;
  /** The experiment arm (`<experiment>:<arm>`), null outside experiments. */
  variant: string | null;
}

/** Statuses the contract names; inbound messages are exported as `delivered` (they reached us). */
const EXPORTED = ['sent', 'delivered', 'failed', 'blocked'];

/** A row as the export query returns it (the fields it passes through unchanged keep their names). */
type ExportRow = Pick<ExportedCommunication, 'id' | 'direction' | 'channel' | 'status' | 'subject' | 'body' | 'outcome' | 'journey' | 'step' | 'reasons' | 'purpose' | 'variant'> & {
  account_id: string | null;
  person_id: string;
  at: Date | string;
  time_zone: string;
  extra_time_zones: string[];
  collector_role: string;
  t_kind: string;
};

/**
 * Every outbound and inbound message and call attempt, oldest first, streamed page by page from
 * one server-side cursor (streamQuery): PostgreSQL sorts the log once, and memory stays at one
 * page. (Keyset pages ordered by time re-sorted the rest of the table for every page: no index
 * covers that order, and one would cost every message the orchestration pass writes.) Messages
 * still queued or cancelled before sending are not contacts and are left out.
 */
export async function* exportCommunications(database: Database, opts: { tenantId?: string; pageSize?: number } = {}): AsyncGenerator<ExportedCommunication> {
  const params: unknown[] = opts.tenantId ? [opts.tenantId] : [];
  const text = `select c.id, c.account_id, c.person_id, c.direction, c.channel, c.at, c.status, p.time_zone, p.extra_time_zones,
      t.collector_role, t.kind as t_kind, c.subject, c.body, c.outcome, c.journey, c.step, c.reasons, c.purpose, c.variant
    from communications c join persons p on p.id = c.person_id join tenants t on t.id = c.tenant_id
    where (c.direction = 'inbound' or c.status in ('sent', 'delivered', 'failed', 'blocked'))
      ${opts.tenantId ? 'and c.tenant_id = $1' : ''}
    order by c.at, c.id`;
  for await (const page of streamQuery<ExportRow>(database, text, params, opts.pageSize ?? 2000)) {
    for (const r of page) {
      decryptMessageFields(r);
      const at = r.at instanceof Date ? r.at : new Date(r.at);
      yield {
        id: r.id,
        accountId: r.account_id,
        personId: r.person_id,
        debtIds: r.account_id ? [r.account_id] : [],
        direction: r.direction,
        channel: r.channel,
        at: at.toISOString(),
        status: r.direction === 'inbound' ? 'delivered' : EXPORTED.includes(r.status) ? r.status : 'sent',
        consumerTimeZones: [r.time_zone, ...(r.extra_time_zones ?? []).filter((z) => z !== r.time_zone)],
        collectorRole: r.t_kind === 'agency' ? 'debt_collector' : r.collector_role,
        subject: r.subject,
        body: r.body,
        outcome: r.outcome,
        journey: r.journey,
        step: r.step,
        reasons: r.reasons ?? [],
        purpose: r.purpose,
        variant: r.variant ?? null,
      };
    }
  }
}
