import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';

/** The worklist filters a view remembers (the same names as the worklist query). */
export const SavedViewFilters = z
  .object({
    status: z.string().max(40).optional(),
    aging: z.string().max(10).optional(),
    language: z.string().max(10).optional(),
    minBalanceCents: z.number().int().min(0).optional(),
    maxBalanceCents: z.number().int().min(0).optional(),
    assigned: z.string().max(200).optional(),
  })
  .strict();
export type SavedViewFilters = z.infer<typeof SavedViewFilters>;

export interface SavedView {
  id: string;
  name: string;
  filters: SavedViewFilters;
}

/** The signed-in user's own views; nobody else's. */
export async function listSavedViews(q: Queryable, ctx: AccessContext): Promise<SavedView[]> {
  const found = await rows<{ id: string; name: string; filters: SavedViewFilters | string }>(q, sql`select id, name, filters from worklist_views where tenant_id = ${ctx.tenantId} and user_id = ${ctx.actor.id} order by name`);
  return found.map((v) => ({ id: v.id, name: v.name, filters: typeof v.filters === 'string' ? (JSON.parse(v.filters) as SavedViewFilters) : v.filters }));
}

/** Saves a view under a name; the same name again replaces that view's filters. */
export async function saveView(q: Queryable, ctx: AccessContext, opts: { name: string; filters: SavedViewFilters }): Promise<SavedView> {
  const name = opts.name.trim();
  if (!name) throw new AppError('validation_failed', { message: 'bad view', issues: [{ path: 'name', message: 'is required' }] });
  const [v] = await rows<{ id: string }>(
    q,
    sql`insert into worklist_views (tenant_id, id, user_id, name, filters, created_at)
        values (${ctx.tenantId}, ${newId()}, ${ctx.actor.id}, ${name}, ${JSON.stringify(opts.filters)}::jsonb, ${ctx.clock.now()})
        on conflict (tenant_id, user_id, name) do update set filters = excluded.filters
        returning id`,
  );
  return { id: v!.id, name, filters: opts.filters };
}

export async function deleteView(q: Queryable, ctx: AccessContext, id: string): Promise<void> {
  const [v] = await rows<{ id: string }>(q, sql`delete from worklist_views where tenant_id = ${ctx.tenantId} and user_id = ${ctx.actor.id} and id = ${id} returning id`);
  if (!v) throw notFound('view');
}
