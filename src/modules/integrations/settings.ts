import { z } from 'zod';

/**
 * What a tenant can connect, the plain settings of each (zod) and the names of its secrets.
 * Secrets are set or cleared one by one and never read back by a browser.
 */
export const INTEGRATION_KINDS = ['smtp', 'sms', 'gateway', 'drop_folder'] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

const host = z.string().trim().min(1, 'the server name is missing').max(255).regex(/^[A-Za-z0-9.-]+$/, 'a host name or IP address, without smtp:// or a port');
const email = z.string().trim().max(320);

export const SmtpSettings = z.object({
  host,
  port: z.number().int().min(1).max(65535),
  user: z.string().trim().max(255).optional().default(''),
  /** The sender shown to patients, e.g. `Lakeside Billing <billing@lakeside.example>`. */
  from: email.min(3, 'the sender address is missing').refine((v) => /@/.test(v), 'the sender must contain an email address'),
});
export const SmsSettings = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('sandbox') }),
  z.object({
    provider: z.literal('twilio'),
    accountSid: z.string().trim().regex(/^AC[0-9a-fA-F]{32}$/, 'a Twilio account SID starts with AC followed by 32 hexadecimal characters'),
    fromNumber: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, 'a phone number in international form, e.g. +16145550100'),
  }),
]);
export const GatewaySettings = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('sandbox') }),
  z.object({
    provider: z.literal('stripe'),
    /** Not a secret: the patient's browser loads Stripe.js with it to turn the card into a token. */
    publishableKey: z.string({ error: 'the publishable key is needed' }).trim().regex(/^pk_(test|live)_[A-Za-z0-9]{8,}$/, 'a Stripe publishable key starts with pk_test_ or pk_live_'),
  }),
]);
export const DropFolderSettings = z.object({ enabled: z.boolean() });

export const SETTINGS_SCHEMAS = { smtp: SmtpSettings, sms: SmsSettings, gateway: GatewaySettings, drop_folder: DropFolderSettings } as const;

/** Secret names per kind (the ones a provider needs are checked when it is chosen). */
export const SECRET_NAMES: Record<IntegrationKind, readonly string[]> = {
  smtp: ['password'],
  sms: ['authToken'],
  gateway: ['secretKey', 'webhookSecret'],
  drop_folder: [],
};

/** Secrets a saved configuration cannot do without. */
export function requiredSecrets(kind: IntegrationKind, settings: Record<string, unknown>): string[] {
  if (kind === 'sms' && settings.provider === 'twilio') return ['authToken'];
  if (kind === 'gateway' && settings.provider === 'stripe') return ['secretKey', 'webhookSecret'];
  return [];
}

/** Plain names for the page and error messages. */
export const SECRET_WORDS: Record<string, string> = {
  password: 'SMTP password',
  authToken: 'auth token',
  secretKey: 'secret key',
  webhookSecret: 'webhook signing secret',
};

export type SmtpConfig = z.infer<typeof SmtpSettings> & { password: string | null };
export type SmsConfig = { provider: 'sandbox' } | { provider: 'twilio'; accountSid: string; fromNumber: string; authToken: string };
export type GatewayConfig = { provider: 'sandbox' } | { provider: 'stripe'; publishableKey: string; secretKey: string; webhookSecret: string };

/** `test` or `live` from a Stripe key's prefix (sk_, rk_, pk_), null when it has none. */
export function stripeMode(key: string): 'test' | 'live' | null {
  const m = /^(?:sk|rk|pk)_(test|live)_/.exec(key);
  return m ? (m[1] as 'test' | 'live') : null;
}

/** smtp(s)://user:password@host:port for nodemailer (465 is implicit TLS; others STARTTLS when offered). */
export function smtpUrl(c: SmtpConfig): string {
  const auth = c.user ? `${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ''}@` : '';
  return `${c.port === 465 ? 'smtps' : 'smtp'}://${auth}${c.host}:${c.port}`;
}
