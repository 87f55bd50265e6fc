import { and, eq, inArray } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { stableId } from '../../platform/ids/index.js';
import type { RemittanceRecord } from '../ingestion/index.js';
import { listRemittancesForReview } from '../ingestion/index.js';
import { agentTasks } from '../outreach/index.js';
import { DEFAULT_APPEAL_DAYS, readAppealWindows } from './appeal-windows.js';
import { addDays, daysBetween } from '../../platform/time/index.js';
import { classifyRemittance, type DenialReason } from './classify-remittance.js';
import { describeCarc } from './reason-codes.js';
import { claimAppeals } from './schema.js';

export interface DenialItem {
  remittanceKey: string;
  claimControlNumber: string;
  payerName: string | null;
  payerId: string | null;
  /** As the payer wrote it on the 835 (NM1*QC). */
  patientName: string | null;
  accountId: string | null;
  personId: string | null;
  kind: 'denied' | 'partially_paid';
  chargeCents: number | null;
  paidCents: number;
  deniedCents: number;
  reasons: DenialReason[];
  remarks: Array<{ code: string; explanation: string | null }>;
  primaryCode: string;
  remittanceDate: string;
  appealDeadline: string;
  daysLeftToAppeal: number;
  appeal: { id: string; status: string; openedAt: string; note: string | null } | null;
  task: { id: string; assignedTo: string | null; dueAt: string | null; status: string } | null;
}

export interface DenialGroup {
  code: string;
  label: string;
  explanation: string;
  fix: string;
  count: number;
  deniedCents: number;
  items: DenialItem[];
}

/** The id of the work_denial task for a claim payment: one per remittance, so assigning twice updates it. */
export const denialTaskId = (tenantId: string, remittanceKey: string) => stableId('task', tenantId, 'work_denial', remittanceKey);

function patientName(r: RemittanceRecord): string | null {
  const n = r.correctedPatient ?? r.patient;
  if (!n?.lastName) return null;
  return [n.firstName, n.lastName].filter(Boolean).join(' ');
}

/** Reads one remittance as a worklist item, or null when it is not a denial. */
export function denialItem(rec: { key: string; data: RemittanceRecord; accountId: string | null; personId: string | null; receivedAt: Date }, windows: Map<string, number>): DenialItem | null {
  const r = rec.data;
  const c = classifyRemittance(r);
  if (c.kind === null) return null;
  const remittanceDate = r.paymentDate ?? rec.receivedAt.toISOString().slice(0, 10);
  const days = windows.get(r.payer.id ?? '') ?? windows.get(r.payer.name ?? '') ?? DEFAULT_APPEAL_DAYS;
  return {
    remittanceKey: rec.key,
    claimControlNumber: r.patientControlNumber,
    payerName: r.payer.name,
    payerId: r.payer.id,
    patientName: patientName(r),
    accountId: rec.accountId,
    personId: rec.personId,
    kind: c.kind,
    chargeCents: r.chargeCents,
    paidCents: r.paidCents,
    deniedCents: c.deniedCents,
    reasons: c.reasons,
    remarks: c.remarks,
    primaryCode: c.primaryCode ?? 'unknown',
    remittanceDate,
    appealDeadline: addDays(remittanceDate, days),
    daysLeftToAppeal: 0,
    appeal: null,
    task: null,
  };
}

/**
 * The denials worklist: claim payments denied or partially paid for non-routine reasons, grouped
 * by their main adjustment reason (CARC) with plain explanations and the usual fix, each with its
 * appeal deadline (the payer's window from the remittance date), its appeal and its task.
 * An audited read (patient names from the 835).
 */
export async function listDenials(opts: { q: Queryable; ctx: AccessContext; includeClosed?: boolean }): Promise<{ groups: DenialGroup[]; total: number }> {
  const { q, ctx } = opts;
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const windows = await readAppealWindows(q, ctx.tenantId);
  const items = (await listRemittancesForReview(q, ctx.tenantId)).map((r) => denialItem(r, windows)).filter((x): x is DenialItem => x !== null);
  const keys = items.map((i) => i.remittanceKey);
  if (keys.length) {
    const appeals = await q.select().from(claimAppeals).where(and(eq(claimAppeals.tenantId, ctx.tenantId), inArray(claimAppeals.remittanceKey, keys)));
    const tasks = await q.select().from(agentTasks).where(and(eq(agentTasks.tenantId, ctx.tenantId), inArray(agentTasks.id, keys.map((k) => denialTaskId(ctx.tenantId, k)))));
    for (const i of items) {
      const a = appeals.filter((x) => x.remittanceKey === i.remittanceKey).sort((x, y) => y.openedAt.getTime() - x.openedAt.getTime())[0];
      if (a) i.appeal = { id: a.id, status: a.status, openedAt: a.openedAt.toISOString(), note: a.note };
      const t = tasks.find((x) => x.id === denialTaskId(ctx.tenantId, i.remittanceKey));
      if (t) i.task = { id: t.id, assignedTo: t.assignedTo, dueAt: t.dueAt?.toISOString() ?? null, status: t.status };
      i.daysLeftToAppeal = daysBetween(today, i.appealDeadline);
    }
  }
  const shown = opts.includeClosed ? items : items.filter((i) => !(i.appeal && i.appeal.status !== 'open') && i.task?.status !== 'done');
  const groups = new Map<string, DenialGroup>();
  for (const i of shown.sort((a, b) => a.appealDeadline.localeCompare(b.appealDeadline))) {
    let g = groups.get(i.primaryCode);
    if (!g) {
      const d = describeCarc(i.primaryCode);
      g = { code: i.primaryCode, label: d.label, explanation: d.explanation, fix: d.fix, count: 0, deniedCents: 0, items: [] };
      groups.set(i.primaryCode, g);
    }
    g.count++;
    g.deniedCents += i.deniedCents;
    g.items.push(i);
  }
  await audit(q, ctx, { action: 'read', recordType: 'denials_worklist', recordId: null, details: { remittances: shown.length } });
  return { groups: [...groups.values()].sort((a, b) => b.deniedCents - a.deniedCents), total: shown.length };
}
