import type { AuditRow } from '@contracts/audit';
import { label } from '../ui/labels';

export type { AuditRow };

/** Who did it, in words: the staff member's name, "Patient", or the system part that acted. */
export function actorWords(r: Pick<AuditRow, 'actorKind' | 'actorId' | 'actorName'>): string {
  if (r.actorName) return r.actorName;
  if (r.actorKind === 'patient') return 'The patient (secure link)';
  if (r.actorKind === 'system') return `System (${r.actorId.replace(/[-_]/g, ' ')})`;
  return 'Unknown staff member';
}

/** What was done, in words: "Changed Staff member: Role changed". */
export function actionWords(r: Pick<AuditRow, 'action' | 'recordType' | 'details'>): string {
  const change = typeof r.details.change === 'string' ? `: ${label('userChange', r.details.change)}` : '';
  const view = typeof r.details.view === 'string' ? ` (${String(r.details.view).replace(/_/g, ' ')})` : '';
  return `${label('auditAction', r.action)} ${label('recordType', r.recordType).toLowerCase()}${change}${view}`;
}

export function when(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}
