import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mapTwilioStatus, twilioSignature, twilioSmsChannel } from './twilio-sms.js';
import type { OutboundMessage, SendContext } from './channel.js';

const msg: OutboundMessage = { communicationId: 'c1', tenantId: 't1', personId: 'p1', accountId: 'a1', channel: 'sms', to: '+15550001111', subject: null, body: 'Riverbend: your statement is ready. Reply STOP to opt out.', verifyCode: 'ABC234' };
const ctx = {} as SendContext;

describe('SMS over a Twilio-compatible API', () => {
  it('posts a form-encoded message with basic auth to the Messages resource', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ sid: 'SM123', status: 'queued' }), { status: 201, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    const channel = twilioSmsChannel({ accountSid: 'AC42', authToken: 'secret', from: '+15005550006', baseUrl: 'http://127.0.0.1:9', statusCallback: 'https://kindly.example/api/v1/outreach/sms/status', fetch: fakeFetch });
    const r = await channel.send(msg, ctx);
    expect(r).toEqual({ status: 'sent', externalId: 'SM123' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://127.0.0.1:9/2010-04-01/Accounts/AC42/Messages.json');
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.init.method).toBe('POST');
    expect(headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(headers.authorization).toBe('Basic ' + Buffer.from('AC42:secret').toString('base64'));
    const form = new URLSearchParams(String(calls[0]!.init.body));
    expect(Object.fromEntries(form)).toEqual({ To: '+15550001111', From: '+15005550006', Body: msg.body, StatusCallback: 'https://kindly.example/api/v1/outreach/sms/status' });
  });

  it('reports a rejected message as failed and a provider outage as an error to retry', async () => {
    const rejecting = twilioSmsChannel({ accountSid: 'AC42', authToken: 's', from: '+1', fetch: (async () => new Response(JSON.stringify({ code: 21211, message: 'invalid To' }), { status: 400 })) as unknown as typeof fetch });
    expect(await rejecting.send(msg, ctx)).toEqual({ status: 'failed', outcome: 'provider_error_21211' });
    const down = twilioSmsChannel({ accountSid: 'AC42', authToken: 's', from: '+1', fetch: (async () => new Response('', { status: 503 })) as unknown as typeof fetch });
    await expect(down.send(msg, ctx)).rejects.toThrow(/unavailable/);
  });

  it('maps delivery receipts and signs webhooks like Twilio', async () => {
    expect(['queued', 'sent', 'delivered', 'undelivered', 'failed', 'bogus'].map(mapTwilioStatus)).toEqual(['sent', 'sent', 'delivered', 'failed', 'failed', null]);
    const params = { From: '+15550001111', Body: 'STOP', MessageSid: 'SM1' };
    const expected = createHmac('sha1', 'tok').update('https://k.example/hook' + 'Bodystop'.replace('stop', 'STOP') + 'From+15550001111' + 'MessageSidSM1').digest('base64');
    expect(await twilioSignature('tok', 'https://k.example/hook', params)).toBe(expected);
  });
});
