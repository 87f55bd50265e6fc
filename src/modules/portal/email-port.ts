import type { Clock } from '../../platform/clock/index.js';
import type { Database } from '../../platform/db/index.js';

/** One email the patient asked for, addressed and written. */
export interface PortalEmailMessage {
  tenantId: string;
  personId: string;
  accountId: string | null;
  to: string;
  subject: string;
  body: string;
  /** Why it is sent (`payment_receipt`, `assistance_received`...). */
  purpose: string;
  language: string;
}

/**
 * How the portal sends email and records it in the communications log. Outreach owns that log and
 * its channels, and the portal (a money module) never imports outreach: the server hands it this
 * port, built from outreach's sendTransactionalEmail and communicationRecipient.
 */
export interface PortalEmail {
  /** Sends and records one email; null when the channel failed (the log says so). */
  send(database: Database, clock: Clock, message: PortalEmailMessage): Promise<{ communicationId: string } | null>;
  /** The address a recorded email went to. */
  recipientOf(database: Database, communicationId: string): Promise<string | null>;
}
