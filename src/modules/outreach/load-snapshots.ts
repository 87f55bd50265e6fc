import { sql } from 'drizzle-orm';
import { jsonRows, rows, textArray, type Queryable } from '../../platform/db/index.js';
import { decryptContactValue, decryptPersonFields, decryptRevocationText } from '../people/index.js';
import { scoringForOutreach } from '../scoring/index.js';
import type { AccountSnapshot, HistoryItem, JourneyStateView, PlanView } from './snapshot.js';

/** History the compliance question needs: Reg F counts calls over 7 days; one more for zone edges. */
export const HISTORY_DAYS = 8;
export const DEFAULT_ORG_PHONE = '1-800-555-0134';
/** Used in voicemails when the tenant has not set `settings.agentName`. */
export const DEFAULT_AGENT_NAME = 'Alex Morgan';

interface BaseRow {
  account_id: string;
  tenant_id: string;
  person_id: string;
  external_ref: string;
  status: string;
  due_on: string | null;
  first_statement_on: string | null;
  balance_cents: number;
  insurance_pending_cents: number;
  patient_due_cents: number;
  last_payment_at: Date | null;
  given_name: string;
  language: string;
  p_state: string | null;
  time_zone: string;
  extra_time_zones: string[];
  deceased: boolean;
  preferences: Record<string, unknown>;
  journey: string | null;
  journey_version: number | null;
  j_status: JourneyStateView['status'] | null;
  paused_reason: string | null;
  attempts: JourneyStateView['attempts'] | null;
  total_attempts: number | null;
  last_contact_at: Date | null;
  payment_marker: Date | null;
  manual_pause: JourneyStateView['manualPause'];
  last_signature: string | null;
  entered_at: Date | null;
  next_eval_at: Date | null;
  plan: PlanView | null;
}

interface TenantRow {
  id: string;
  name: string;
  kind: AccountSnapshot['tenant']['kind'];
  collector_role: AccountSnapshot['tenant']['collectorRole'];
  time_zone: string;
  settings: Record<string, unknown> | null;
}

const asDate = (v: unknown): Date | null => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

function group<T extends { person_id: string }>(list: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of list) {
    const arr = m.get(r.person_id);
    if (arr) arr.push(r);
    else m.set(r.person_id, [r]);
  }
  return m;
}

/**
 * Reads the snapshots of a batch of accounts with one query per table (set-based: the cost does
 * not grow with round trips per account). Every person-keyed read names the tenants too, so it
 * probes the (tenant_id, person_id) indexes instead of scanning the table for each batch.
 */
export async function loadSnapshots(q: Queryable, accountIds: string[], now: Date): Promise<AccountSnapshot[]> {
  if (accountIds.length === 0) return [];
  // The account's live plan, read from the plans module's tables (a documented read model: see
  // docs/architecture.md). The live statuses are spelled out as in the payment_plans_one_live
  // index (every status but completed, cancelled and defaulted), so each account's plan is one
  // probe of that index.
  const livePlan = sql`(select jsonb_build_object('status', pp.status, 'installments',
            coalesce((select jsonb_agg(jsonb_build_object('seq', pi.seq, 'dueOn', pi.due_on, 'amountCents', pi.amount_cents, 'paidCents', pi.paid_cents) order by pi.seq)
                      from plan_installments pi where pi.plan_id = pp.id), '[]'::jsonb))
           from payment_plans pp where pp.tenant_id = a.tenant_id and pp.account_id = a.id
             and pp.status in ('active', 'grace', 'missed', 'hardship_paused', 'replan_offered')
           order by pp.created_at desc limit 1)`;
  const base = await rows<BaseRow>(
    q,
    sql`select a.id as account_id, a.tenant_id, a.person_id, a.external_ref, a.status, a.due_on, a.first_statement_on,
          a.balance_cents, a.insurance_pending_cents, a.patient_due_cents, a.last_payment_at,
          p.given_name, p.language, p.state as p_state, p.time_zone, p.extra_time_zones, p.deceased, p.preferences,
          j.journey, j.journey_version, j.status as j_status, j.paused_reason, j.attempts, j.total_attempts, j.last_contact_at,
          j.payment_marker, j.manual_pause, j.last_signature, j.entered_at, j.next_eval_at, ${livePlan} as plan
        from accounts a
        join persons p on p.id = a.person_id
        left join journey_states j on j.account_id = a.id
        where a.id = any(${textArray(accountIds)})
        order by a.id`,
  );
  if (base.length === 0) return [];
  const tenantIds = [...new Set(base.map((b) => b.tenant_id))];
  const tenantRows = await rows<TenantRow>(q, sql`select id, name, kind, collector_role, time_zone, settings from tenants where id = any(${sql.param(tenantIds)}::text[])`);
  const tenantOf = new Map(tenantRows.map((t) => [t.id, t]));
  const tenants = sql`tenant_id = any(${textArray(tenantIds)})`;
  const personKeys = [...new Map(base.map((b) => [b.person_id, b])).values()];
  const persons = sql`person_id = any(${textArray(personKeys.map((k) => k.person_id))})`;
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const [cps, consents, revocations, holds, history] = [
    await rows<{ person_id: string; system: 'phone' | 'email'; value: string; use: string; rank: number; verified: boolean }>(
      q,
      sql`select person_id, system, value, use, rank, verified from contact_points where ${tenants} and ${persons}`,
    ),
    await rows<{ person_id: string; channel: 'call' | 'sms' | 'email'; type: 'prior_express' | 'call_window'; given_to: 'creditor' | 'collector'; given_at: Date; until: Date | null }>(
      q,
      sql`select person_id, channel, type, given_to, given_at, until from consents where ${tenants} and ${persons}`,
    ),
    await rows<{ person_id: string; channel: 'call' | 'sms' | 'email' | 'all'; received_at: Date; means: string; text: string | null }>(
      q,
      sql`select person_id, channel, received_at, means, text from revocations where ${tenants} and ${persons} and received_at <= ${now}`,
    ),
    await rows<{ person_id: string; type: AccountSnapshot['holds'][number]['type']; account_id: string | null; since: Date; resolved_at: Date | null }>(
      q,
      sql`select person_id, type, account_id, since, resolved_at from holds where ${tenants} and ${persons} and (resolved_at is null or resolved_at > ${since})`,
    ),
    await rows<{ person_id: string; channel: string; direction: 'outbound' | 'inbound'; at: Date; status: string; outcome: string | null; account_id: string | null }>(
      q,
      // One probe of communications_person (tenant, person, at) per person: the table grows with
      // every pass, and a plan that ranges over all of the tenant's recent messages instead
      // would cost a pass time in proportion to its size for every batch. Keep it the only index
      // that matches these conditions: a (tenant_id, at) index was tried for the log page, and
      // with a first pass's statistics lagging the planner took it here and a 1M pass stalled.
      sql`select k.person_id, c.channel, c.direction, c.at, c.status, c.outcome, c.account_id
          from ${jsonRows([{ name: 'tenant_id', type: 'text', value: (k: BaseRow) => k.tenant_id }, { name: 'person_id', type: 'text', value: (k: BaseRow) => k.person_id }], personKeys, 'k').source}
          cross join lateral (
            select channel, direction, at, status, outcome, account_id from communications
            where tenant_id = k.tenant_id and person_id = k.person_id and at >= ${since} and at <= ${now} and status not in ('blocked', 'cancelled')
            offset 0) c`,
    ),
  ];
  // Names and contact values are stored encrypted: decrypted once here, in one tight loop per batch.
  for (const b of base) decryptPersonFields(b);
  for (const c of cps) c.value = decryptContactValue(c.value);
  for (const r of revocations) r.text = decryptRevocationText(r.text);
  const byCp = group(cps);
  const byConsent = group(consents);
  const byRev = group(revocations);
  const byHold = group(holds);
  const byHistory = group(history);
  const scoring = await scoringForOutreach(q, base.map((b) => b.account_id));
  return base.map((b): AccountSnapshot => {
    const t = tenantOf.get(b.tenant_id)!;
    const settings = t.settings ?? {};
    const prefs = (b.preferences ?? {}) as AccountSnapshot['person']['preferences'];
    return {
      tenant: {
        id: b.tenant_id,
        name: t.name,
        kind: t.kind,
        collectorRole: t.collector_role,
        timeZone: t.time_zone,
        phone: typeof settings.phone === 'string' ? settings.phone : DEFAULT_ORG_PHONE,
        agentName: typeof settings.agentName === 'string' ? settings.agentName : DEFAULT_AGENT_NAME,
      },
      account: {
        id: b.account_id,
        externalRef: b.external_ref,
        status: b.status,
        dueOn: b.due_on,
        firstStatementOn: b.first_statement_on,
        balanceCents: Number(b.balance_cents),
        insurancePendingCents: Number(b.insurance_pending_cents),
        patientDueCents: Number(b.patient_due_cents),
        lastPaymentAt: asDate(b.last_payment_at),
      },
      person: {
        id: b.person_id,
        givenName: b.given_name,
        language: b.language === 'es' ? 'es' : 'en',
        state: b.p_state,
        timeZones: [b.time_zone, ...(b.extra_time_zones ?? []).filter((z) => z !== b.time_zone)],
        deceased: b.deceased,
        preferences: prefs,
      },
      contactPoints: (byCp.get(b.person_id) ?? []).map((c) => ({ system: c.system, value: c.value, use: c.use, rank: c.rank, verified: c.verified })),
      consents: (byConsent.get(b.person_id) ?? []).map((c) => ({ channel: c.channel, type: c.type, givenTo: c.given_to, givenAt: asDate(c.given_at)!, until: asDate(c.until) })),
      revocations: (byRev.get(b.person_id) ?? []).map((r) => ({ channel: r.channel, receivedAt: asDate(r.received_at)!, means: r.means, text: r.text })),
      holds: (byHold.get(b.person_id) ?? []).map((h) => ({ type: h.type, accountId: h.account_id, since: asDate(h.since)!, resolvedAt: asDate(h.resolved_at) })),
      history: (byHistory.get(b.person_id) ?? []).map(
        (h): HistoryItem => ({ channel: h.channel, direction: h.direction, at: asDate(h.at)!, status: h.status, outcome: h.outcome, accountId: h.account_id }),
      ),
      plan: b.plan,
      state: {
        journey: b.journey,
        journeyVersion: b.journey_version,
        status: b.j_status ?? 'new',
        pausedReason: b.paused_reason,
        attempts: b.attempts ?? {},
        totalAttempts: b.total_attempts ?? 0,
        lastContactAt: asDate(b.last_contact_at),
        paymentMarker: asDate(b.payment_marker),
        manualPause: b.manual_pause,
        lastSignature: b.last_signature,
        enteredAt: asDate(b.entered_at),
        nextEvalAt: asDate(b.next_eval_at) ?? now,
      },
      scoring: scoring.get(b.account_id) ?? null,
    };
  });
}
