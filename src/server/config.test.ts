import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.js';

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
