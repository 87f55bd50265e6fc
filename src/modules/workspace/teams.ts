import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, textArray, type Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';

export interface TeamView {
  id: string;
  name: string;
  members: Array<{ userId: string; name: string }>;
}

/** The tenant's teams with their members (staff names only, no PHI). */
export async function listTeams(q: Queryable, ctx: AccessContext): Promise<TeamView[]> {
  const found = await rows<{ id: string; name: string; user_id: string | null; user_name: string | null }>(
    q,
    sql`select t.id, t.name, m.user_id, u.display_name as user_name
        from teams t
        left join team_members m on m.tenant_id = t.tenant_id and m.team_id = t.id
        left join users u on u.tenant_id = t.tenant_id and u.id = m.user_id
        where t.tenant_id = ${ctx.tenantId} order by t.name, u.display_name`,
  );
  const out = new Map<string, TeamView>();
  for (const r of found) {
    const t = out.get(r.id) ?? { id: r.id, name: r.name, members: [] };
    if (r.user_id) t.members.push({ userId: r.user_id, name: r.user_name ?? 'Former staff member' });
    out.set(r.id, t);
  }
  return [...out.values()];
}

/** Creates a team or renames it and replaces its members (each must be a user of this tenant). */
export async function saveTeam(q: Queryable, ctx: AccessContext, opts: { id?: string; name: string; memberIds: string[] }): Promise<TeamView> {
  const name = opts.name.trim();
  const members = [...new Set(opts.memberIds)];
  const known = new Set((await rows<{ id: string }>(q, sql`select id from users where tenant_id = ${ctx.tenantId} and id = any(${textArray(members)})`)).map((u) => u.id));
  const issues = members.flatMap((m, i) => (known.has(m) ? [] : [{ path: `memberIds[${i}]`, message: 'is not a user of this organization' }]));
  if (!name) issues.push({ path: 'name', message: 'is required' });
  const clash = await rows<{ id: string }>(q, sql`select id from teams where tenant_id = ${ctx.tenantId} and name = ${name} and id <> ${opts.id ?? ''}`);
  if (clash.length) issues.push({ path: 'name', message: 'another team has this name' });
  if (issues.length) throw new AppError('validation_failed', { message: 'bad team', issues });
  const id = opts.id ?? newId();
  if (opts.id) {
    const [t] = await rows<{ id: string }>(q, sql`update teams set name = ${name} where tenant_id = ${ctx.tenantId} and id = ${opts.id} returning id`);
    if (!t) throw notFound('team');
  } else {
    await q.execute(sql`insert into teams (tenant_id, id, name, created_at) values (${ctx.tenantId}, ${id}, ${name}, ${ctx.clock.now()})`);
  }
  await q.execute(sql`delete from team_members where tenant_id = ${ctx.tenantId} and team_id = ${id}`);
  for (const m of members) await q.execute(sql`insert into team_members (tenant_id, team_id, user_id) values (${ctx.tenantId}, ${id}, ${m})`);
  await audit(q, ctx, { action: 'write', recordType: 'team', recordId: id, details: { members: members.length } });
  return (await listTeams(q, ctx)).find((t) => t.id === id)!;
}

export async function deleteTeam(q: Queryable, ctx: AccessContext, teamId: string): Promise<void> {
  const [t] = await rows<{ id: string }>(q, sql`delete from teams where tenant_id = ${ctx.tenantId} and id = ${teamId} returning id`);
  if (!t) throw notFound('team');
  await audit(q, ctx, { action: 'write', recordType: 'team', recordId: teamId, details: { deleted: true } });
}

/** Staff who may be put on a team: the people who work accounts. */
export async function listTeamCandidates(q: Queryable, ctx: AccessContext): Promise<Array<{ userId: string; name: string }>> {
  return (
    await rows<{ id: string; name: string }>(
      q,
      sql`select id, display_name as name from users where tenant_id = ${ctx.tenantId} and roles && array['collections_coordinator', 'financial_counselor', 'admin']::text[] order by display_name`,
    )
  ).map((u) => ({ userId: u.id, name: u.name }));
}
