import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseTrustProxy, smsSendsTexts, validateEnvironment } from './config.js';

describe('security settings from the environment', () => {
  it('trusts no proxy by default, and only the listed addresses and CIDRs when configured', () => {
    expect(loadConfig({}, {}).trustProxy).toEqual([]);
    expect(parseTrustProxy(' 10.0.0.0/8, 127.0.0.1 ,::1')).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
  });

  it('names the variable when an entry is not an address', () => {
    expect(() => parseTrustProxy('10.0.0.1,true')).toThrow(/KINDLY_TRUST_PROXY.*"true"/);
  });

  it('has 30-minute idle and 12-hour staff sessions unless told otherwise, and refuses nonsense', () => {
    expect(loadConfig({}, {})).toMatchObject({ sessionIdleMinutes: 30, sessionMaxHours: 12 });
    expect(loadConfig({}, { KINDLY_SESSION_IDLE_MINUTES: '10', KINDLY_SESSION_MAX_HOURS: '8' })).toMatchObject({ sessionIdleMinutes: 10, sessionMaxHours: 8 });
    expect(() => loadConfig({}, { KINDLY_SESSION_IDLE_MINUTES: '0' })).toThrow(/KINDLY_SESSION_IDLE_MINUTES/);
  });

  it('keeps the API docs behind sign-in unless in development or told to open them', () => {
    expect(loadConfig({}, { NODE_ENV: 'production' }).docsPublic).toBe(false);
    expect(loadConfig({}, {}).docsPublic).toBe(false);
    expect(loadConfig({}, { NODE_ENV: 'development' }).docsPublic).toBe(true);
    expect(loadConfig({}, { NODE_ENV: 'production', KINDLY_DOCS_PUBLIC: 'true' }).docsPublic).toBe(true);
  });
});

describe('settings handed to modules', () => {
  it('defaults to the sandboxes, info logging and no configured key', () => {
    const config = loadConfig({}, {});
    expect(config.payments).toEqual({ kind: 'sandbox' });
    expect(config.smtp).toBeUndefined();
    expect(config.clearinghouse).toBeUndefined();
    expect(config.encryptionKey).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(loadConfig({}, { NODE_ENV: 'test' }).logLevel).toBe('silent');
  });

  it('carries Stripe, SMTP, the clearinghouse and the keys from the environment', () => {
    const config = loadConfig({}, {
      KINDLY_PAYMENT_GATEWAY: 'stripe', KINDLY_STRIPE_SECRET_KEY: 'sk_test_1', KINDLY_STRIPE_WEBHOOK_SECRET: 'whsec_a,whsec_b',
      KINDLY_SMTP_URL: 'smtp://mail.example:25', KINDLY_CLEARINGHOUSE_URL: 'https://ch.example/x12', KINDLY_CLEARINGHOUSE_TOKEN: 't0k',
      KINDLY_ENCRYPTION_KEY: 'k1:abc', KINDLY_DB_SCHEMA: 'tenant_a', LOG_LEVEL: 'debug',
    });
    expect(config.payments).toEqual({ kind: 'stripe', secretKey: 'sk_test_1', webhookSecrets: ['whsec_a', 'whsec_b'] });
    expect(config.smtp).toEqual({ url: 'smtp://mail.example:25', from: 'Kindly <billing@kindly.local>' });
    expect(config.clearinghouse).toEqual({ url: 'https://ch.example/x12', token: 't0k' });
    expect(config).toMatchObject({ encryptionKey: 'k1:abc', dbSchema: 'tenant_a', logLevel: 'debug' });
  });

  it('carries the SMS provider, the drop root, the pinned clock and the worker timers', () => {
    const defaults = loadConfig({ dataDir: '/srv/kindly' }, {});
    expect(defaults.dropDir).toBe('/srv/kindly/drop');
    expect(defaults.sms).toEqual({});
    expect(defaults.simulatedDialer).toBe(false);
    expect(defaults.now).toBeUndefined();
    expect(defaults.worker).toEqual({ passSeconds: 300, outreachBatch: 1000, requeueSeconds: 600, deliverBatch: 2, planServiceSeconds: 3600, scoringCheckSeconds: 3600, webhookSeconds: 5, dropSeconds: 60 });
    const config = loadConfig({}, {
      KINDLY_TWILIO_ACCOUNT_SID: 'AC1', KINDLY_TWILIO_AUTH_TOKEN: 'tok', KINDLY_TWILIO_FROM: '+15550100', KINDLY_TWILIO_BASE_URL: 'http://127.0.0.1:9',
      KINDLY_DROP_DIR: '/mnt/drop', KINDLY_NOW: '2026-03-10T15:00:00Z', KINDLY_SIMULATED_DIALER: 'true', KINDLY_OUTREACH_PASS_SECONDS: '0', KINDLY_DELIVER_BATCH: '5',
    });
    expect(config.sms).toEqual({ accountSid: 'AC1', authToken: 'tok', from: '+15550100', baseUrl: 'http://127.0.0.1:9' });
    expect(smsSendsTexts(config.sms)).toBe(true);
    expect(config).toMatchObject({ dropDir: '/mnt/drop', now: '2026-03-10T15:00:00Z', simulatedDialer: true });
    expect(config.worker).toMatchObject({ passSeconds: 0, deliverBatch: 5 });
    // Twilio needs all three: a partial account is the sandbox, not a half-configured provider.
    expect(smsSendsTexts(loadConfig({}, { KINDLY_TWILIO_ACCOUNT_SID: 'AC1', KINDLY_TWILIO_FROM: '+15550100' }).sms)).toBe(false);
  });
});

describe('the environment, checked once at boot', () => {
  it('accepts an empty environment and the values the product documents', () => {
    expect(() => validateEnvironment({})).not.toThrow();
    expect(() =>
      validateEnvironment({ PORT: '3000', DATABASE_URL: 'postgres://u@db:5432/kindly', KINDLY_ROLE: 'worker', KINDLY_NOW: '2026-03-10T15:00:00Z', KINDLY_OUTREACH_PASS_SECONDS: '0', KINDLY_CLAMD: '127.0.0.1:3310', KINDLY_DATA_DIR: '' }),
    ).not.toThrow();
  });

  it('refuses to start with every problem listed at once, each naming its variable', () => {
    const env = { PORT: 'eighty', DATABASE_URL: 'mysql://db', KINDLY_ROLE: 'both', KINDLY_NOW: 'yesterday', KINDLY_OUTREACH_BATCH: '2.5', KINDLY_CLAMD: 'clamd', KINDLY_PAYMENT_GATEWAY: 'stripe' };
    let error: unknown;
    try {
      loadConfig({}, env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual(['PORT', 'DATABASE_URL', 'KINDLY_ROLE', 'KINDLY_NOW', 'KINDLY_CLAMD', 'KINDLY_OUTREACH_BATCH', 'KINDLY_PAYMENT_GATEWAY']);
    expect((error as Error).message).toMatch(/^the configuration has 7 problems:/);
    expect(problems.find((p) => p.startsWith('KINDLY_PAYMENT_GATEWAY'))).toMatch(/KINDLY_STRIPE_SECRET_KEY/);
  });
});
