import { sql, type SQL } from 'drizzle-orm';
import { rows, textArray, type Queryable } from '../../platform/db/index.js';
import { decryptContactValue, decryptPersonFields, decryptRevocationText } from '../people/index.js';
import { tenantRuleSetVersionSql } from '../policies/index.js';
import { outreachScoringColumnsSql, outreachScoringJoinSql, outreachScoringOf } from '../scoring/index.js';
import type { AccountSnapshot, ContactQuestionInput, HistoryItem, JourneyStateView, PlanView } from './snapshot.js';

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

type PersonRows = {
  cps: Array<{ system: 'phone' | 'email'; value: string; use: string; rank: number; verified: boolean }>;
  consents: Array<{ channel: 'call' | 'sms' | 'email'; type: 'prior_express' | 'call_window'; given_to: 'creditor' | 'collector'; given_at: string; until: string | null }>;
  revocations: Array<{ channel: 'call' | 'sms' | 'email' | 'all'; received_at: string; means: string; text: string | null }>;
  holds: Array<{ type: AccountSnapshot['holds'][number]['type']; account_id: string | null; since: string; resolved_at: string | null }>;
  history: Array<{ channel: string; direction: 'outbound' | 'inbound'; at: string; status: string; outcome: string | null; account_id: string | null }>;
};

type SnapshotRow = BaseRow &
  PersonRows & {
    t_name: string;
    t_kind: TenantRow['kind'];
    t_collector_role: TenantRow['collector_role'];
    t_time_zone: string;
    t_settings: Record<string, unknown> | null;
    t_rule_set_version: string | null;
    scoring_status: string | null;
    scoring_pay_30: number | null;
    scoring_hardship: number | null;
    scoring_found: boolean;
  };

export interface LoadSnapshotsOptions {
  /**
   * False: the person's given name and contact values are not read (left empty), so they are
   * neither sent nor decrypted; for a caller that only asks the compliance question
   * (contactQuestion reads neither). Default true.
   */
  personal?: boolean;
  /** Also read each tenant's current rule-set version (`tenant.ruleSetVersion`, null: the shipped rules). */
  ruleSetVersion?: boolean;
}

/**
 * Reads the snapshots of a batch of accounts in one statement (set-based: the cost does not grow
 * with round trips per account or per table). The accounts, their tenants, journeys, plans and
 * scores are joined; each person's contact points, consents, revocations, holds and recent history
 * are aggregated once per person (JSON arrays), however many of the batch's accounts they hold.
 * Every person-keyed read names the tenant too, so it probes the (tenant_id, person_id) indexes.
 */
export async function loadSnapshots(q: Queryable, accountIds: string[], now: Date, opts: LoadSnapshotsOptions = {}): Promise<AccountSnapshot[]> {
  if (accountIds.length === 0) return [];
  return snapshotsFromRows(await rows<SnapshotRow>(q, snapshotsSql(accountIds, now, opts)), now, opts);
}

/**
 * What the contact question (contactQuestion) reads of a listed account, as select-list columns
 * of a caller's statement that lists accounts of one tenant with their persons: the tenant's kind,
 * collector role and rule-set version (once per statement), the person's state, time zones,
 * preferences and deceased flag (from the caller's persons row `person`) and the person's parts
 * that loadSnapshots reads per person, all named `q_*` (QuestionColumns). A list reads its call
 * check so, with no statement of its own and no second read of its accounts and persons; map the
 * rows with questionSnapshotsOf.
 */
export function questionColumnsSql(tenantId: string, person: string, now: Date): SQL {
  const p = sql.raw(person);
  return sql`(select t.kind from tenants t where t.id = ${tenantId}) as q_tenant_kind,
      (select t.collector_role from tenants t where t.id = ${tenantId}) as q_collector_role,
      ${tenantRuleSetVersionSql(sql`${tenantId}`)} as q_rule_set_version,
      ${p}.state as q_state, ${p}.time_zone as q_time_zone, ${p}.extra_time_zones as q_extra_time_zones, ${p}.deceased as q_deceased, ${p}.preferences as q_preferences,
      ${personPartsSql(sql`${p}.tenant_id`, sql`${p}.id`, now, false, 'q_')}`;
}

/** The columns of questionColumnsSql (null: the row has no person). */
export interface QuestionColumns {
  q_tenant_kind: TenantRow['kind'];
  q_collector_role: TenantRow['collector_role'];
  q_rule_set_version: string | null;
  q_state: string | null;
  q_time_zone: string | null;
  q_extra_time_zones: string[] | null;
  q_deceased: boolean | null;
  q_preferences: Record<string, unknown> | null;
  q_cps: PersonRows['cps'];
  q_consents: PersonRows['consents'];
  q_revocations: PersonRows['revocations'];
  q_holds: PersonRows['holds'];
  q_history: PersonRows['history'];
}

/**
 * The snapshots of rows read with questionColumnsSql (each with its account's id, person and
 * person's language; of the tenant `tenantId`), mapped as loadSnapshots maps its rows with
 * `personal: false, ruleSetVersion: true`, typed as what the contact question reads
 * (ContactQuestionInput): the rest of a snapshot (amounts, plan, journey state, scores, the
 * tenant's name and settings) is not read here and not offered to the caller. Rows
 * without a person (no time zone: the column is never null) are skipped, as loadSnapshots skips
 * accounts whose person it does not find.
 */
export function questionSnapshotsOf(tenantId: string, rows: Array<{ accountId: string; personId: string; language: string | null; q: QuestionColumns }>, now: Date): ContactQuestionInput[] {
  const found: SnapshotRow[] = [];
  for (const { accountId, personId, language, q: r } of rows) {
    if (r.q_time_zone === null) continue;
    found.push({
      account_id: accountId,
      tenant_id: tenantId,
      person_id: personId,
      external_ref: '',
      status: '',
      due_on: null,
      first_statement_on: null,
      balance_cents: 0,
      insurance_pending_cents: 0,
      patient_due_cents: 0,
      last_payment_at: null,
      given_name: '',
      language: language ?? 'en',
      p_state: r.q_state,
      time_zone: r.q_time_zone,
      extra_time_zones: r.q_extra_time_zones ?? [],
      deceased: r.q_deceased ?? false,
      preferences: r.q_preferences ?? {},
      journey: null,
      journey_version: null,
      j_status: null,
      paused_reason: null,
      attempts: null,
      total_attempts: null,
      last_contact_at: null,
      payment_marker: null,
      manual_pause: null,
      last_signature: null,
      entered_at: null,
      next_eval_at: null,
      plan: null,
      t_name: '',
      t_kind: r.q_tenant_kind,
      t_collector_role: r.q_collector_role,
      t_time_zone: '',
      t_settings: null,
      t_rule_set_version: r.q_rule_set_version,
      scoring_status: null,
      scoring_pay_30: null,
      scoring_hardship: null,
      scoring_found: false,
      cps: r.q_cps,
      consents: r.q_consents,
      revocations: r.q_revocations,
      holds: r.q_holds,
      history: r.q_history,
    });
  }
  return snapshotsFromRows(found, now, { personal: false, ruleSetVersion: true });
}

function snapshotsSql(accountIds: string[], now: Date, opts: LoadSnapshotsOptions): SQL {
  const personal = opts.personal ?? true;
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
  return sql`with b as materialized (
          select a.id as account_id, a.tenant_id, a.person_id, a.external_ref, a.status, a.due_on, a.first_statement_on,
            a.balance_cents, a.insurance_pending_cents, a.patient_due_cents, a.last_payment_at,
            ${personal ? sql`p.given_name` : sql`''`} as given_name, p.language, p.state as p_state, p.time_zone, p.extra_time_zones, p.deceased, p.preferences,
            j.journey, j.journey_version, j.status as j_status, j.paused_reason, j.attempts, j.total_attempts, j.last_contact_at,
            j.payment_marker, j.manual_pause, j.last_signature, j.entered_at, j.next_eval_at, ${livePlan} as plan,
            t.name as t_name, t.kind as t_kind, t.collector_role as t_collector_role, t.time_zone as t_time_zone, t.settings as t_settings,
            ${opts.ruleSetVersion ? tenantRuleSetVersionSql(sql`t.id`) : sql`null`} as t_rule_set_version,
            ${outreachScoringColumnsSql}
          from accounts a
          join persons p on p.id = a.person_id
          join tenants t on t.id = a.tenant_id
          left join journey_states j on j.account_id = a.id
          ${outreachScoringJoinSql}
          where a.id = any(${textArray(accountIds)})
        ), k as materialized (select distinct tenant_id, person_id from b), per_person as (
          select k.tenant_id, k.person_id,
            ${personPartsSql(sql`k.tenant_id`, sql`k.person_id`, now, personal)}
          from k
        )
        select b.*, pp.cps, pp.consents, pp.revocations, pp.holds, pp.history
        from b join per_person pp on pp.tenant_id = b.tenant_id and pp.person_id = b.person_id
        order by b.account_id`;
}

/**
 * The parts of a snapshot read per person (contact points, consents, revocations, holds and the
 * recent history, JSON arrays) of the person (`tenantId`, `personId`: SQL over the caller's rows),
 * as select-list columns named `<prefix>cps`, `consents`, `revocations`, `holds` and `history`.
 */
function personPartsSql(tenantId: SQL, personId: SQL, now: Date, personal: boolean, prefix = ''): SQL {
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  return sql`(select coalesce(jsonb_agg(jsonb_build_object('system', c.system, 'value', ${personal ? sql`c.value` : sql`''`}, 'use', c.use, 'rank', c.rank, 'verified', c.verified)), '[]'::jsonb)
             from contact_points c where c.tenant_id = ${tenantId} and c.person_id = ${personId}) as ${sql.raw(prefix)}cps,
            (select coalesce(jsonb_agg(jsonb_build_object('channel', c.channel, 'type', c.type, 'given_to', c.given_to, 'given_at', c.given_at, 'until', c.until)), '[]'::jsonb)
             from consents c where c.tenant_id = ${tenantId} and c.person_id = ${personId}) as ${sql.raw(prefix)}consents,
            (select coalesce(jsonb_agg(jsonb_build_object('channel', r.channel, 'received_at', r.received_at, 'means', r.means, 'text', r.text)), '[]'::jsonb)
             from revocations r where r.tenant_id = ${tenantId} and r.person_id = ${personId} and r.received_at <= ${now}) as ${sql.raw(prefix)}revocations,
            (select coalesce(jsonb_agg(jsonb_build_object('type', h.type, 'account_id', h.account_id, 'since', h.since, 'resolved_at', h.resolved_at)), '[]'::jsonb)
             from holds h where h.tenant_id = ${tenantId} and h.person_id = ${personId} and (h.resolved_at is null or h.resolved_at > ${since})) as ${sql.raw(prefix)}holds,
            -- One probe of communications_person (tenant, person, at) per person: the table grows
            -- with every pass, and a plan that ranges over all of the tenant's recent messages
            -- would cost a pass time in proportion to its size for every batch. Keep it the only
            -- index that matches these conditions: a (tenant_id, at) index was tried for the log
            -- page, and with a first pass's statistics lagging the planner took it here and a 1M
            -- pass stalled.
            (select coalesce(jsonb_agg(jsonb_build_object('channel', c.channel, 'direction', c.direction, 'at', c.at, 'status', c.status, 'outcome', c.outcome, 'account_id', c.account_id) order by c.at), '[]'::jsonb)
             from communications c
             where c.tenant_id = ${tenantId} and c.person_id = ${personId} and c.at >= ${since} and c.at <= ${now} and c.status not in ('blocked', 'cancelled')) as ${sql.raw(prefix)}history`;
}

/** Decrypts what the snapshot rows carry encrypted and maps them (rows from the driver or from JSON: dates are read either way). */
function snapshotsFromRows(found: SnapshotRow[], now: Date, opts: LoadSnapshotsOptions): AccountSnapshot[] {
  const personal = opts.personal ?? true;
  // Names and contact values are stored encrypted: decrypted once here, in one tight loop per
  // batch (a person's rows are shared by their accounts' rows, so each is decrypted once).
  const decrypted = new Map<string, PersonRows>();
  for (const b of found) {
    if (personal) decryptPersonFields(b);
    const key = `${b.tenant_id}|${b.person_id}`;
    const done = decrypted.get(key);
    if (done) {
      Object.assign(b, { cps: done.cps, revocations: done.revocations });
      continue;
    }
    if (personal) for (const c of b.cps) c.value = decryptContactValue(c.value);
    for (const r of b.revocations) r.text = decryptRevocationText(r.text);
    decrypted.set(key, b);
  }
  return found.map((b): AccountSnapshot => {
    const settings = b.t_settings ?? {};
    const prefs = (b.preferences ?? {}) as AccountSnapshot['person']['preferences'];
    return {
      tenant: {
        id: b.tenant_id,
        name: b.t_name,
        kind: b.t_kind,
        collectorRole: b.t_collector_role,
        timeZone: b.t_time_zone,
        phone: typeof settings.phone === 'string' ? settings.phone : DEFAULT_ORG_PHONE,
        agentName: typeof settings.agentName === 'string' ? settings.agentName : DEFAULT_AGENT_NAME,
        ...(opts.ruleSetVersion ? { ruleSetVersion: b.t_rule_set_version } : {}),
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
      contactPoints: b.cps.map((c) => ({ system: c.system, value: c.value, use: c.use, rank: c.rank, verified: c.verified })),
      consents: b.consents.map((c) => ({ channel: c.channel, type: c.type, givenTo: c.given_to, givenAt: asDate(c.given_at)!, until: asDate(c.until) })),
      revocations: b.revocations.map((r) => ({ channel: r.channel, receivedAt: asDate(r.received_at)!, means: r.means, text: r.text })),
      holds: b.holds.map((h) => ({ type: h.type, accountId: h.account_id, since: asDate(h.since)!, resolvedAt: asDate(h.resolved_at) })),
      history: b.history.map(
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
      scoring: outreachScoringOf(b),
    };
  });
}
