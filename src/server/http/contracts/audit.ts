import { z } from 'zod';
import { JsonObject } from './common.js';

/** One row of the audit log, with the staff member's name when a staff member acted. */
export const AuditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  actorKind: z.string(),
  actorId: z.string(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  purpose: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  requestId: z.string().nullable(),
  details: JsonObject,
});
export type AuditRow = z.infer<typeof AuditRow>;

export const AuditPage = z.object({ items: z.array(AuditRow), nextBefore: z.number().int().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

/** Who looked at a patient: the audit rows about the person and all their accounts. */
export const AccessLogPage = AuditPage.extend({ personId: z.string() });
export type AccessLogPage = z.infer<typeof AccessLogPage>;

export const AuditRetention = z.object({ years: z.number().int(), minimumYears: z.number().int() });
export type AuditRetention = z.infer<typeof AuditRetention>;
