import type { Channel, ChannelResult } from './channel.js';

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  from: string;
  /** https://api.twilio.com by default; any Twilio-compatible endpoint. */
  baseUrl?: string;
  /** Where the provider posts delivery receipts (our /api/v1/outreach/sms/status). */
  statusCallback?: string;
  fetch?: typeof fetch;
}

/** Twilio's message states mapped to Kindly's communication statuses. */
export function mapTwilioStatus(status: string): 'sent' | 'delivered' | 'failed' | null {
  switch (status) {
    case 'delivered':
    case 'read':
      return 'delivered';
    case 'failed':
    case 'undelivered':
    case 'canceled':
      return 'failed';
    case 'accepted':
    case 'scheduled':
    case 'queued':
    case 'sending':
    case 'sent':
      return 'sent';
    default:
      return null;
  }
}

/**
 * SMS through a Twilio-compatible HTTP API: a form-encoded POST to
 * /2010-04-01/Accounts/{sid}/Messages.json with basic auth; delivery receipts arrive later on the
 * status callback.
 */
export function twilioSmsChannel(opts: TwilioOptions): Channel {
  const doFetch = opts.fetch ?? fetch;
  const base = (opts.baseUrl ?? 'https://api.twilio.com').replace(/\/$/, '');
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(opts.accountSid)}/Messages.json`;
  const auth = 'Basic ' + Buffer.from(`${opts.accountSid}:${opts.authToken}`).toString('base64');
  return {
    name: 'twilio',
    transactional: false,
    async send(msg): Promise<ChannelResult> {
      if (!msg.to) return { status: 'failed', outcome: 'no_address' };
      const form = new URLSearchParams({ To: msg.to, From: opts.from, Body: msg.body ?? '' });
      if (opts.statusCallback) form.set('StatusCallback', opts.statusCallback);
      const res = await doFetch(url, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
      });
      const json = (await res.json().catch(() => ({}))) as { sid?: string; status?: string; code?: number; message?: string };
      if (res.status >= 500 || res.status === 429) throw new Error(`sms provider unavailable (${res.status})`);
      if (!res.ok) return { status: 'failed', outcome: `provider_error_${json.code ?? res.status}` };
      return { status: mapTwilioStatus(json.status ?? 'queued') ?? 'sent', externalId: json.sid ?? null };
    },
  };
}

/** X-Twilio-Signature: base64 HMAC-SHA1 of the full URL followed by each POST field name and value, sorted by name. */
export async function twilioSignature(authToken: string, url: string, params: Record<string, string>): Promise<string> {
  const { createHmac } = await import('node:crypto');
  const data = url + Object.keys(params).sort().map((k) => k + params[k]).join('');
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}
