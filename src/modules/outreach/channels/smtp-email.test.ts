import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpEmailChannel } from './smtp-email.js';
import type { SendContext } from './channel.js';

// A real SMTP conversation with an in-process server on the loopback interface.
describe('email over real SMTP', () => {
  const received: Array<{ from: string; to: string[]; data: string }> = [];
  let server: SMTPServer;
  let port = 0;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers the rendered message with its subject, body, verification header and a Message-ID from the communication', async () => {
    const channel = smtpEmailChannel({ url: `smtp://127.0.0.1:${port}`, from: 'Riverbend Billing <billing@riverbend.example>' });
    const r = await channel.send(
      { communicationId: 'comm-42', tenantId: 't', personId: 'p', accountId: 'a', channel: 'email', to: 'mary@example.test', subject: 'Your statement is ready', body: 'Hello Mary,\nYour statement is ready.\nTo stop receiving emails from us, reply STOP to this email.', verifyCode: 'ABC234' },
      {} as SendContext,
    );
    channel.close();
    expect(r.status).toBe('sent');
    expect(r.externalId).toBe('<comm-42@kindly.local>');
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe('billing@riverbend.example');
    expect(received[0]!.to).toEqual(['mary@example.test']);
    expect(received[0]!.data).toMatch(/^Subject: Your statement is ready\r?$/m);
    expect(received[0]!.data).toMatch(/^X-Kindly-Verify: ABC234\r?$/m);
    expect(received[0]!.data).toContain('reply STOP');
  });
});
