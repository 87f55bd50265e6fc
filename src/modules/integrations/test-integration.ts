import nodemailer from 'nodemailer';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import { smtpUrl, type IntegrationKind } from './settings.js';
import { tenantGateway, tenantSms, tenantSmtp } from './tenant-integrations.js';

export interface IntegrationTestResult {
  ok: boolean;
  /** What happened, in plain words for the page. */
  message: string;
}

export interface TestIntegrationOptions {
  kind: IntegrationKind;
  /** Where the SMTP test email goes (the administrator's own address). */
  to?: string;
  fetch?: typeof fetch;
  /** Base URLs of the providers' APIs (tests point them at local servers). */
  twilioBaseUrl?: string;
  stripeBaseUrl?: string;
}

const failed = (err: unknown) => (err as Error)?.message ?? String(err);

/**
 * Tries the tenant's saved settings of one integration: SMTP sends a real email, Twilio and
 * Stripe are asked for the account the credentials belong to, the sandboxes always answer.
 * The attempt and its result (never a secret) are audited.
 */
export async function testIntegration(db: Db, ctx: AccessContext, opts: TestIntegrationOptions): Promise<IntegrationTestResult> {
  const result = await run(db, ctx, opts).catch((err: unknown): IntegrationTestResult => ({ ok: false, message: `The test failed: ${failed(err)}` }));
  await audit(db, ctx, { action: 'write', recordType: 'integration', recordId: opts.kind, details: { change: 'tested', ok: result.ok } });
  return result;
}

async function run(db: Db, ctx: AccessContext, opts: TestIntegrationOptions): Promise<IntegrationTestResult> {
  const doFetch = opts.fetch ?? fetch;
  if (opts.kind === 'smtp') {
    const c = await tenantSmtp(db, ctx.tenantId);
    if (!c) return { ok: false, message: 'Save the SMTP settings first.' };
    if (!opts.to) return { ok: false, message: 'Give an address to send the test email to.' };
    const url = new URL(smtpUrl(c));
    url.searchParams.set('connectionTimeout', '10000');
    url.searchParams.set('greetingTimeout', '10000');
    url.searchParams.set('socketTimeout', '15000');
    const transport = nodemailer.createTransport(url.toString());
    try {
      const info = await transport.sendMail({ from: c.from, to: opts.to, subject: 'Kindly test email', text: 'This is a test from Kindly’s Integrations page: your SMTP settings work.' });
      const accepted = (info.accepted ?? []).length > 0;
      return accepted ? { ok: true, message: `Sent to ${opts.to}. Check that it arrived.` } : { ok: false, message: `The server did not accept the message for ${opts.to}.` };
    } finally {
      transport.close();
    }
  }
  if (opts.kind === 'sms') {
    const c = await tenantSms(db, ctx.tenantId);
    if (!c || c.provider === 'sandbox') return { ok: true, message: 'The sandbox is ready: text messages go to the development inbox and never leave this server.' };
    const base = (opts.twilioBaseUrl ?? 'https://api.twilio.com').replace(/\/$/, '');
    const res = await doFetch(`${base}/2010-04-01/Accounts/${encodeURIComponent(c.accountSid)}.json`, {
      headers: { authorization: 'Basic ' + Buffer.from(`${c.accountSid}:${c.authToken}`).toString('base64'), accept: 'application/json' },
    });
    if (res.ok) return { ok: true, message: 'Twilio accepted the account SID and auth token.' };
    return { ok: false, message: res.status === 401 ? 'Twilio refused the account SID or auth token.' : `Twilio answered ${res.status}.` };
  }
  if (opts.kind === 'gateway') {
    const c = await tenantGateway(db, ctx.tenantId);
    if (!c || c.provider === 'sandbox') return { ok: true, message: 'The sandbox gateway is ready: test cards only, no money moves.' };
    const base = (opts.stripeBaseUrl ?? 'https://api.stripe.com').replace(/\/$/, '');
    const res = await doFetch(`${base}/v1/balance`, { headers: { authorization: `Bearer ${c.secretKey}` } });
    if (res.ok) return { ok: true, message: `Stripe accepted the secret key (${c.secretKey.startsWith('sk_live') ? 'live mode' : 'test mode'}).` };
    return { ok: false, message: res.status === 401 ? 'Stripe refused the secret key.' : `Stripe answered ${res.status}.` };
  }
  return { ok: true, message: 'Nothing to test: the worker checks the drop folder every minute.' };
}
