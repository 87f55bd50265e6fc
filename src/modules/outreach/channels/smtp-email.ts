import nodemailer from 'nodemailer';
import type { Channel, ChannelResult } from './channel.js';

export interface SmtpOptions {
  /** smtp://user:pass@host:port (KINDLY_SMTP_URL). */
  url: string;
  from: string;
}

/** Email over real SMTP (nodemailer). The Message-ID is the communication's, for threading replies. */
export function smtpEmailChannel(opts: SmtpOptions): Channel & { close(): void } {
  const transport = nodemailer.createTransport(opts.url);
  return {
    name: 'smtp',
    transactional: false,
    async send(msg): Promise<ChannelResult> {
      if (!msg.to) return { status: 'failed', outcome: 'no_address' };
      const info = await transport.sendMail({
        from: opts.from,
        to: msg.to,
        subject: msg.subject ?? '',
        text: msg.body ?? '',
        messageId: `<${msg.communicationId}@kindly.local>`,
        headers: msg.verifyCode ? { 'X-Kindly-Verify': msg.verifyCode } : {},
      });
      const accepted = (info.accepted ?? []).length > 0;
      return { status: accepted ? 'sent' : 'failed', externalId: info.messageId ?? null, outcome: accepted ? null : 'rejected' };
    },
    close: () => transport.close(),
  };
}
