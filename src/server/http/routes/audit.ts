import { z } from 'zod';
import { auditLogCsv, auditRetentionYears, DEFAULT_AUDIT_RETENTION_YEARS, queryAuditLog, recordAuditView, setAuditRetentionYears, type AuditFilters } from '../../../modules/identity/index.js';
import { and, eq } from 'drizzle-orm';
import { accounts } from '../../../modules/ledger/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { ZodApp } from '../app.js';
import { AccessLogPage, AuditPage, AuditRetention } from '../contracts/audit.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

const AuditQuery = z.object({
  actorId: z.string().max(200).optional(),
  personId: z.string().max(200).optional(),
  recordType: z.string().max(100).optional(),
  recordId: z.string().max(200).optional(),
  action: z.string().max(50).optional(),
  purpose: z.string().max(50).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  includeAuditViews: z.enum(['true', 'false']).optional(),
});

function filtersOf(q: z.infer<typeof AuditQuery>): AuditFilters {
  return {
    actorId: q.actorId || undefined, personId: q.personId || undefined, recordType: q.recordType || undefined, recordId: q.recordId || undefined,
    action: q.action || undefined, purpose: q.purpose || undefined, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined,
    includeAuditViews: q.includeAuditViews === 'true',
  };
}

export function auditRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "The tenant's audit log, newest first, filtered and keyset-paged (compliance officer, admin). Reading it is audited; those rows are left out unless includeAuditViews=true.",
        querystring: AuditQuery.extend({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.coerce.number().int().optional() }),
        response: { 200: AuditPage },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'audit.read', 'compliance_review');
      const f = filtersOf(req.query);
      const page = await queryAuditLog(deps.database.db, ctx.tenantId, f, { before: req.query.before, limit: req.query.limit });
      // Only the first page is recorded: paging on through one search is the same look.
      if (req.query.before === undefined) await recordAuditView(deps.database.db, ctx, 'list', f);
      noStore(reply);
      return page;
    },
  );

  app.get(
    '/api/v1/audit.csv',
    { schema: { tags: ['audit'], summary: 'The filtered audit log as CSV (same filters as /api/v1/audit), streamed', querystring: AuditQuery } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'audit.read', 'compliance_review');
      const f = filtersOf(req.query);
      await recordAuditView(deps.database.db, ctx, 'csv_export', f);
      noStore(reply);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="audit-log.csv"`);
      let csv = '';
      for await (const chunk of auditLogCsv(deps.database.db, ctx.tenantId, f)) csv += chunk;
      return reply.send(csv);
    },
  );

  app.get(
    '/api/v1/accounts/:id/access-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Who looked at this patient: audit rows about the person and all their accounts, newest first (compliance officer, admin)',
        params: z.object({ id: z.string() }),
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), before: z.coerce.number().int().optional() }),
        response: { 200: AccessLogPage },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'audit.read', 'compliance_review');
      const [account] = await deps.database.db.select({ personId: accounts.personId }).from(accounts).where(and(eq(accounts.tenantId, ctx.tenantId), eq(accounts.id, req.params.id)));
      if (!account) throw new AppError('not_found', { message: 'no such account' });
      const f: AuditFilters = { personId: account.personId };
      const page = await queryAuditLog(deps.database.db, ctx.tenantId, f, { before: req.query.before, limit: req.query.limit });
      if (req.query.before === undefined) await recordAuditView(deps.database.db, ctx, 'patient_access', f);
      noStore(reply);
      return { personId: account.personId, ...page };
    },
  );

  app.get(
    '/api/v1/admin/audit-retention',
    { schema: { tags: ['audit'], summary: 'How many years audit rows are kept', response: { 200: AuditRetention } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'audit.read', 'compliance_review');
      return { years: await auditRetentionYears(deps.database.db, ctx.tenantId), minimumYears: DEFAULT_AUDIT_RETENTION_YEARS };
    },
  );

  app.put(
    '/api/v1/admin/audit-retention',
    {
      schema: {
        tags: ['audit'],
        summary: 'Sets how many years audit rows are kept (six at least: HIPAA documentation retention)',
        body: z.object({ years: z.number().int().min(DEFAULT_AUDIT_RETENTION_YEARS).max(100) }),
        response: { 200: AuditRetention },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
      await setAuditRetentionYears(deps.database.db, ctx, req.body.years);
      return { years: req.body.years, minimumYears: DEFAULT_AUDIT_RETENTION_YEARS };
    },
  );
}
