import { sql } from 'drizzle-orm';
import { fieldCipher } from '../../../platform/crypto/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { localDate } from '../local-time.js';
import type { Channel, ChannelResult, OutboundMessage, SendContext } from './channel.js';

async function record(msg: OutboundMessage, ctx: SendContext): Promise<void> {
  // The dev inbox holds the same PHI as the message: stored encrypted like communications.
  const cipher = fieldCipher();
  await ctx.tx.execute(sql`insert into sandbox_deliveries(tenant_id, communication_id, channel, to_address, subject, body, delivered_at, worker)
    values (${msg.tenantId}, ${msg.communicationId}, ${msg.channel}, ${cipher.encryptNullable(msg.to)}, ${cipher.encryptNullable(msg.subject)}, ${cipher.encryptNullable(msg.body)}, ${ctx.now}, ${ctx.worker})`);
}

/** The dev inbox: the message is recorded in sandbox_deliveries instead of leaving the machine. */
export function sandboxChannel(name: 'email' | 'sms'): Channel {
  return {
    name: `sandbox-${name}`,
    transactional: true,
    async send(msg, ctx): Promise<ChannelResult> {
      await record(msg, ctx);
      // "sent", not "delivered": no handset or mailbox confirmed anything.
      return { status: 'sent', externalId: `sandbox:${msg.communicationId}` };
    },
  };
}

/** Letters join the tenant's print batch of the day (one PDF per batch) and show in the dev inbox. */
export const letterBatchChannel: Channel = {
  name: 'letter-batch',
  transactional: true,
  async send(msg, ctx): Promise<ChannelResult> {
    const day = localDate(ctx.now, ctx.tenantTimeZone);
    const id = stableId('letter-batch', msg.tenantId, day);
    await ctx.tx.execute(sql`insert into letter_batches(id, tenant_id, batch_date, created_at) values (${id}, ${msg.tenantId}, ${day}, ${ctx.now}) on conflict do nothing`);
    await record(msg, ctx);
    return { status: 'sent', letterBatchId: id, outcome: 'queued_for_print' };
  },
};

/** Calls go to the agent worklist: a person places them, so delivery leaves the message queued. */
export const agentWorklistChannel: Channel = {
  name: 'agent-worklist',
  transactional: true,
  async send(): Promise<ChannelResult> {
    return { status: 'pending' };
  },
};

/**
 * A simulated agent for the strategy cycle: dials at once and records the attempt (no answer),
 * so call caps and histories behave as they would with people working the list.
 */
export const simulatedDialerChannel: Channel = {
  name: 'simulated-dialer',
  transactional: true,
  async send(msg, ctx): Promise<ChannelResult> {
    await record(msg, ctx);
    await ctx.tx.execute(sql`update agent_tasks set status = 'done', outcome = 'no_answer', completed_at = ${ctx.now} where communication_id = ${msg.communicationId} and status = 'open'`);
    return { status: 'sent', outcome: 'no_answer' };
  },
};
