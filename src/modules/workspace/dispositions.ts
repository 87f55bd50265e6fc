import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { AppError, type FieldIssue } from '../../platform/errors/index.js';
import { latestDocument } from '../configuration/pure.js';

export interface Disposition {
  code: string;
  label: string;
  /** A conversation with the patient (or their representative) took place. */
  reached: boolean;
  /** The patient's question or balance has a way forward: counts toward first-contact resolution. */
  resolves: boolean;
  /** What the agent must also enter: a promise (date and amount) or a callback time. */
  needs: 'none' | 'promise' | 'callback';
}

/** The list every tenant starts with; a tenant's own list (workspace_dispositions) replaces it. */
export const DEFAULT_DISPOSITIONS: Disposition[] = [
  { code: 'reached_plan', label: 'Reached – plan set up', reached: true, resolves: true, needs: 'none' },
  { code: 'reached_promise', label: 'Reached – promise to pay', reached: true, resolves: true, needs: 'promise' },
  { code: 'reached_assistance', label: 'Reached – assistance started', reached: true, resolves: true, needs: 'none' },
  { code: 'reached_dispute', label: 'Reached – dispute', reached: true, resolves: true, needs: 'none' },
  { code: 'reached_other', label: 'Reached – question answered, nothing agreed', reached: true, resolves: false, needs: 'none' },
  { code: 'left_voicemail', label: 'Left voicemail', reached: false, resolves: false, needs: 'none' },
  { code: 'no_answer', label: 'No answer', reached: false, resolves: false, needs: 'none' },
  { code: 'wrong_number', label: 'Wrong number', reached: false, resolves: false, needs: 'none' },
  { code: 'callback_requested', label: 'Callback requested at…', reached: true, resolves: false, needs: 'callback' },
];

export const DispositionInput = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'lowercase letters, digits and _'),
  label: z.string().min(1).max(80),
  reached: z.boolean(),
  resolves: z.boolean(),
  needs: z.enum(['none', 'promise', 'callback']),
});

/** A dispositions document: `{ "dispositions": [...] }`. Every problem at once, with its path. */
export function checkDispositions(body: unknown): FieldIssue[] {
  const parsed = z.object({ dispositions: z.array(DispositionInput).min(1, 'needs at least one disposition') }).safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.').replace(/\.(\d+)/g, '[$1]') || '(document)', message: i.message }));
  const seen = new Set<string>();
  return parsed.data.dispositions.flatMap((d, i) => (seen.has(d.code) ? [{ path: `dispositions[${i}].code`, message: `${d.code} is listed twice` }] : (seen.add(d.code), [])));
}

/**
 * The tenant's dispositions and the version they come from: the newest published document
 * (Admin → Call outcomes), else the list saved through the workspace API, else the defaults (0).
 */
export async function listDispositionsVersioned(q: Queryable, tenantId: string): Promise<{ items: Disposition[]; version: number }> {
  const doc = await latestDocument(q, tenantId, 'dispositions');
  if (doc) return { items: (doc.body as { dispositions: Disposition[] }).dispositions, version: doc.version };
  return { items: await listSavedDispositions(q, tenantId), version: 0 };
}

/** The tenant's active dispositions, in their order. */
export async function listDispositions(q: Queryable, tenantId: string): Promise<Disposition[]> {
  return (await listDispositionsVersioned(q, tenantId)).items;
}

async function listSavedDispositions(q: Queryable, tenantId: string): Promise<Disposition[]> {
  const own = await rows<{ code: string; label: string; reached: boolean; resolves: boolean; needs: Disposition['needs'] }>(
    q,
    sql`select code, label, reached, resolves, needs from workspace_dispositions where tenant_id = ${tenantId} and active order by position, code`,
  );
  return own.length ? own : DEFAULT_DISPOSITIONS;
}

/** Replaces the tenant's list; codes no longer listed stay stored (past outcomes name them) but inactive. */
export async function saveDispositions(q: Queryable, ctx: AccessContext, list: Disposition[]): Promise<Disposition[]> {
  const seen = new Set<string>();
  const issues = list.flatMap((d, i) => (seen.has(d.code) ? [{ path: `dispositions[${i}].code`, message: 'is listed twice' }] : (seen.add(d.code), [])));
  if (list.length === 0) issues.push({ path: 'dispositions', message: 'needs at least one disposition' });
  if (issues.length) throw new AppError('validation_failed', { message: 'bad disposition list', issues });
  await q.execute(sql`update workspace_dispositions set active = false where tenant_id = ${ctx.tenantId}`);
  for (const [i, d] of list.entries()) {
    await q.execute(sql`insert into workspace_dispositions (tenant_id, code, label, reached, resolves, needs, position, active)
      values (${ctx.tenantId}, ${d.code}, ${d.label}, ${d.reached}, ${d.resolves}, ${d.needs}, ${i}, true)
      on conflict (tenant_id, code) do update set label = excluded.label, reached = excluded.reached, resolves = excluded.resolves, needs = excluded.needs, position = excluded.position, active = true`);
  }
  await audit(q, ctx, { action: 'write', recordType: 'workspace_dispositions', recordId: ctx.tenantId, details: { count: list.length } });
  return listDispositions(q, ctx.tenantId);
}
