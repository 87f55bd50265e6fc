import type { Clock } from '../../platform/clock/index.js';
import type { Database } from '../../platform/db/index.js';
import { assistanceApplications, assistanceLetterEmail, buildAssistanceLetter, type LetterKind } from '../assistance/index.js';
import { eq } from 'drizzle-orm';
import { localDate } from '../../platform/time/index.js';
import type { PortalEmail } from './email-port.js';
import { sendPortalEmail } from './send-payment-receipt.js';

/**
 * Emails the patient a notice about their application (received, the written request for missing
 * items, or the decision) in their language; the same words print as the PDF letter.
 */
export async function sendAssistanceNotice(opts: { database: Database; clock: Clock; tenantId: string; applicationId: string; kind?: LetterKind; email: PortalEmail }) {
  const [app] = await opts.database.db.select().from(assistanceApplications).where(eq(assistanceApplications.id, opts.applicationId));
  if (!app) return null;
  const letter = await buildAssistanceLetter(opts.database.db, { tenantId: opts.tenantId, applicationId: opts.applicationId, kind: opts.kind, date: localDate(opts.clock.now(), 'UTC') });
  const email = assistanceLetterEmail(letter);
  return sendPortalEmail({
    database: opts.database,
    clock: opts.clock,
    email: opts.email,
    tenantId: opts.tenantId,
    personId: app.personId,
    accountId: app.accountId,
    subject: email.subject,
    body: email.body,
    purpose: `assistance_${letter.kind}`,
    language: letter.language,
  });
}
