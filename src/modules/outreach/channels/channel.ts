import type { Queryable } from '../../../platform/db/index.js';

export interface OutboundMessage {
  communicationId: string;
  tenantId: string;
  personId: string;
  accountId: string | null;
  channel: 'email' | 'sms' | 'letter' | 'call' | 'voicemail';
  to: string | null;
  subject: string | null;
  body: string | null;
  verifyCode: string | null;
}

export interface SendContext {
  /** The delivery transaction: transactional channels write their record in it (exactly once). */
  tx: Queryable;
  now: Date;
  worker: string;
  tenantTimeZone: string;
}

export interface ChannelResult {
  /** `pending`: handed to people (a call task on the worklist); the message stays queued. */
  status: 'sent' | 'delivered' | 'failed' | 'pending';
  externalId?: string | null;
  outcome?: string | null;
  letterBatchId?: string | null;
}

/**
 * One way of reaching a person. A transactional channel records its effect in the delivery
 * transaction, so a retried job delivers once; an external one (SMTP, SMS provider) is called
 * after the message is claimed as `sending`, so a crash can never make it send twice.
 */
export interface Channel {
  name: string;
  transactional: boolean;
  send(msg: OutboundMessage, ctx: SendContext): Promise<ChannelResult>;
}

export interface Channels {
  email: Channel;
  sms: Channel;
  letter: Channel;
  call: Channel;
}
