import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseTrustProxy, validateEnvironment } from './config.js';

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
