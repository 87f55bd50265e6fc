import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, textArray, type Queryable } from '../../platform/db/index.js';

/** Days that separate one issue from the next on the same account (docs/workspace.md). */
export const FCR_WINDOW_DAYS = 7;

export interface FcrFigures {
  /** Issues opened by a conversation with the patient (first contacts). */
  firstContacts: number;
  /** Of those, resolved in that conversation and not followed by another within the window. */
  resolvedFirstTime: number;
  /** resolvedFirstTime / firstContacts, or null with no first contacts. */
  rate: number | null;
  /** Every outcome recorded (reached or not), and their handle time. */
  outcomes: number;
  avgHandleSeconds: number | null;
  medianHandleSeconds: number | null;
}

export interface FcrReport {
  from: string;
  to: string;
  windowDays: number;
  total: FcrFigures;
  agents: Array<FcrFigures & { agentId: string; name: string }>;
  teams: Array<FcrFigures & { teamId: string; name: string; members: number }>;
}

interface AgentRow {
  agent_id: string;
  first_contacts: string | number;
  resolved_first_time: string | number;
  outcomes: string | number;
  handle_sum: string | number;
  handles: number[] | string | null;
}

const figures = (first: number, resolved: number, handles: number[]): FcrFigures => {
  const sorted = handles.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return {
    firstContacts: first,
    resolvedFirstTime: resolved,
    rate: first ? resolved / first : null,
    outcomes: sorted.length,
    avgHandleSeconds: sorted.length ? Math.round(sorted.reduce((s, x) => s + x, 0) / sorted.length) : null,
    medianHandleSeconds: sorted.length ? (sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2)) : null,
  };
};

/**
 * First-contact resolution and handle time per agent, per team and in total, for outcomes
 * recorded in [from, to). A first contact is a reached outcome with no reached outcome on the same
 * account in the FCR_WINDOW_DAYS before it; it is resolved first time when its disposition resolves
 * (plan, promise, assistance started, dispute recorded) and no reached outcome on the account
 * follows within FCR_WINDOW_DAYS. It is credited to the agent who had that conversation.
 */
export async function firstContactResolution(q: Queryable, ctx: AccessContext, opts: { from: Date; to: Date }): Promise<FcrReport> {
  const found = await rows<AgentRow>(
    q,
    sql`with o as (
          select o.agent_id, o.account_id, o.reached, o.resolved, o.recorded_at, o.handle_seconds
          from account_outcomes o where o.tenant_id = ${ctx.tenantId} and o.recorded_at >= ${opts.from} and o.recorded_at < ${opts.to}
        ), firsts as (
          select o.* from o
          where o.reached and not exists (
            select 1 from account_outcomes p where p.tenant_id = ${ctx.tenantId} and p.account_id = o.account_id and p.reached
              and p.recorded_at < o.recorded_at and p.recorded_at >= o.recorded_at - make_interval(days => ${FCR_WINDOW_DAYS}))
        )
        select a.agent_id,
          (select count(*) from firsts f where f.agent_id = a.agent_id) as first_contacts,
          (select count(*) from firsts f where f.agent_id = a.agent_id and f.resolved and not exists (
             select 1 from account_outcomes n where n.tenant_id = ${ctx.tenantId} and n.account_id = f.account_id and n.reached
               and n.recorded_at > f.recorded_at and n.recorded_at <= f.recorded_at + make_interval(days => ${FCR_WINDOW_DAYS}))) as resolved_first_time,
          count(*) as outcomes, sum(a.handle_seconds) as handle_sum, array_agg(a.handle_seconds) as handles
        from o a group by a.agent_id order by a.agent_id`,
  );
  const agentIds = found.map((r) => r.agent_id);
  const [users, memberships] = await Promise.all([
    rows<{ id: string; name: string }>(q, sql`select id, display_name as name from users where tenant_id = ${ctx.tenantId} and id = any(${textArray(agentIds)})`),
    rows<{ team_id: string; name: string; user_id: string }>(q, sql`select t.id as team_id, t.name, m.user_id from teams t left join team_members m on m.tenant_id = t.tenant_id and m.team_id = t.id where t.tenant_id = ${ctx.tenantId} order by t.name`),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const handlesOf = (r: AgentRow): number[] => (Array.isArray(r.handles) ? r.handles : typeof r.handles === 'string' ? r.handles.replace(/[{}]/g, '').split(',').filter(Boolean) : []).map(Number);
  const agents = found.map((r) => ({ agentId: r.agent_id, name: names.get(r.agent_id) ?? 'Former staff member', ...figures(Number(r.first_contacts), Number(r.resolved_first_time), handlesOf(r)) }));
  const byAgent = new Map(found.map((r) => [r.agent_id, r]));
  const teamIds = [...new Set(memberships.map((m) => m.team_id))];
  const teams = teamIds.map((teamId) => {
    const members = memberships.filter((m) => m.team_id === teamId && m.user_id);
    const mine = members.map((m) => byAgent.get(m.user_id)).filter((r): r is AgentRow => !!r);
    return {
      teamId,
      name: memberships.find((m) => m.team_id === teamId)!.name,
      members: members.length,
      ...figures(mine.reduce((s, r) => s + Number(r.first_contacts), 0), mine.reduce((s, r) => s + Number(r.resolved_first_time), 0), mine.flatMap(handlesOf)),
    };
  });
  const total = figures(found.reduce((s, r) => s + Number(r.first_contacts), 0), found.reduce((s, r) => s + Number(r.resolved_first_time), 0), found.flatMap(handlesOf));
  await audit(q, ctx, { action: 'read', recordType: 'workspace_fcr', recordId: ctx.tenantId, details: { from: opts.from.toISOString(), to: opts.to.toISOString() } });
  return { from: opts.from.toISOString(), to: opts.to.toISOString(), windowDays: FCR_WINDOW_DAYS, total, agents, teams };
}
