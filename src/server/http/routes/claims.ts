import { z } from 'zod';
import {
  assignClaimTask,
  checkClaimStatus,
  clearinghouseFor,
  closeAppeal,
  DEFAULT_APPEAL_DAYS,
  DEFAULT_FOLLOWUP_DAYS,
  listClaimFollowups,
  listDenials,
  openAppeal,
  openClaimWorkTasks,
  readAppealWindows,
  REASON_CODE_SOURCE,
  setAppealWindow,
} from '../../../modules/claims/index.js';
import type { ZodApp } from '../app.js';
import { AppealWindow, AppealWindows, AssignedClaimTask, ClaimStatus, ClosedAppeal, DenialList, FollowupList, OpenedAppeal, OpenedClaimTasks } from '../contracts/claims.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

export const AssignRequest = z.object({ key: z.string().min(1).max(500), assignedTo: z.string().max(100).nullable(), dueAt: z.string().datetime().nullable().optional() });
export const OpenAppealRequest = z.object({ remittanceKey: z.string().min(1).max(500), note: z.string().max(2000).nullable().optional() });
export const CloseAppealRequest = z.object({ outcome: z.enum(['won', 'lost', 'withdrawn']), note: z.string().max(2000).nullable().optional() });

/** Billing office: denials worklist, appeals, claim status follow-up, appeal windows. */
export function claimsRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['claims'];

  app.get('/api/v1/claims/denials', { schema: { tags, summary: 'Denied and partly paid claims, grouped by reason, with the usual fix and the appeal deadline', querystring: z.object({ includeClosed: z.coerce.boolean().default(false) }), response: { 200: DenialList } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'claims.read', 'payment');
    noStore(reply);
    const r = await deps.database.db.transaction((tx) => listDenials({ q: tx, ctx, includeClosed: req.query.includeClosed }));
    return { ...r, source: REASON_CODE_SOURCE };
  });

  app.post('/api/v1/claims/denials/task', { schema: { tags, summary: 'Create or reassign the task to work a denied claim', body: AssignRequest, response: { 200: AssignedClaimTask } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'claims.work', 'payment');
    return deps.database.db.transaction((tx) => assignClaimTask({ q: tx, ctx, kind: 'work_denial', key: req.body.key, assignedTo: req.body.assignedTo, dueAt: req.body.dueAt ? new Date(req.body.dueAt) : null }));
  });

  app.post('/api/v1/claims/appeals', { schema: { tags, summary: "Open an appeal: the claim's balance is held from the patient until it is decided", body: OpenAppealRequest, response: { 200: OpenedAppeal } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'claims.work', 'payment');
    return deps.database.db.transaction((tx) => openAppeal({ q: tx, ctx, remittanceKey: req.body.remittanceKey, note: req.body.note ?? null }));
  });

  app.post('/api/v1/claims/appeals/:appealId/close', { schema: { tags, summary: 'Record the appeal decision and release the hold', params: z.object({ appealId: z.string() }), body: CloseAppealRequest, response: { 200: ClosedAppeal } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'claims.work', 'payment');
    return deps.database.db.transaction((tx) => closeAppeal({ q: tx, ctx, appealId: req.params.appealId, outcome: req.body.outcome, note: req.body.note ?? null }));
  });

  app.get('/api/v1/claims/followups', { schema: { tags, summary: 'Claims with no remittance after N days', querystring: z.object({ afterDays: z.coerce.number().int().min(1).max(365).default(DEFAULT_FOLLOWUP_DAYS) }), response: { 200: FollowupList } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'claims.read', 'payment');
    noStore(reply);
    return deps.database.db.transaction((tx) => listClaimFollowups({ q: tx, ctx, afterDays: req.query.afterDays }));
  });

  app.post('/api/v1/claims/followups/status', { schema: { tags, summary: 'Ask the payer where a claim stands (X12 276/277 through the clearinghouse)', body: z.object({ claimKey: z.string().min(1).max(500) }), response: { 200: ClaimStatus } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'claims.work', 'payment');
    return checkClaimStatus({ database: deps.database, ctx, clearinghouse: clearinghouseFor(deps.clock, deps.clearinghouse), claimKey: req.body.claimKey });
  });

  app.post('/api/v1/claims/followups/task', { schema: { tags, summary: 'Create or reassign the follow-up task of a claim without an answer', body: AssignRequest, response: { 200: AssignedClaimTask } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'claims.work', 'payment');
    return deps.database.db.transaction((tx) => assignClaimTask({ q: tx, ctx, kind: 'claim_followup', key: req.body.key, assignedTo: req.body.assignedTo, dueAt: req.body.dueAt ? new Date(req.body.dueAt) : null }));
  });

  app.post('/api/v1/claims/tasks', { schema: { tags, summary: 'Open one task per denial to work and per claim without an answer after N days (idempotent)', body: z.object({ afterDays: z.number().int().min(1).max(365).default(DEFAULT_FOLLOWUP_DAYS) }).default({ afterDays: DEFAULT_FOLLOWUP_DAYS }), response: { 200: OpenedClaimTasks } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'claims.work', 'payment');
    return deps.database.db.transaction((tx) => openClaimWorkTasks({ q: tx, ctx, afterDays: req.body.afterDays }));
  });

  app.get('/api/v1/claims/appeal-windows', { schema: { tags, summary: 'Days each payer allows for an appeal', response: { 200: AppealWindows } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'claims.read', 'operations');
    return { defaultDays: DEFAULT_APPEAL_DAYS, payers: Object.fromEntries(await readAppealWindows(deps.database.db, ctx.tenantId)) };
  });

  app.put('/api/v1/claims/appeal-windows/:payerId', { schema: { tags, summary: "Set a payer's appeal window in days", params: z.object({ payerId: z.string().min(1).max(80) }), body: z.object({ days: z.number().int().min(1).max(3650) }), response: { 200: AppealWindow } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'claims.work', 'operations');
    return setAppealWindow({ q: deps.database.db, ctx, payerId: req.params.payerId, days: req.body.days });
  });
}
