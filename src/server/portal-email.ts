import { communicationRecipient, sendTransactionalEmail } from '../modules/outreach/index.js';
import type { PortalEmail } from '../modules/portal/index.js';

/**
 * The portal's email port, built from outreach (which owns the communications log and the email
 * channel): the portal, a money module, never imports outreach itself.
 */
export const portalEmail: PortalEmail = {
  send: (database, clock, message) => sendTransactionalEmail({ database, clock, email: message }),
  recipientOf: (database, communicationId) => communicationRecipient(database.db, communicationId),
};
