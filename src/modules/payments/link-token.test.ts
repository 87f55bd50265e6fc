import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinkToken } from './create-link-token.js';
import { LINK_ACTIONS } from './link-token-format.js';
import { linkAllows, verifyLinkToken } from './verify-link-token.js';

const SECRET = 'k'.repeat(32) + '-link-secret-for-tests';
const now = new Date('2026-03-11T15:00:00Z');
const expiresAt = new Date('2026-03-25T15:00:00Z');
const base = { accountId: 'ACC-1', personId: 'PER-9', tenantId: 'T-mercy', actions: ['view_bill', 'pay'] as const, expiresAt, secret: SECRET };

describe('secure link tokens', () => {
  it('round-trips the claims, scoped to the actions it names', () => {
    const token = createLinkToken({ ...base, tokenId: 'tok-1', issuedAt: now });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const r = verifyLinkToken(token, { secret: SECRET, now });
    expect(r).toEqual({
      ok: true,
      claims: {
        tokenId: 'tok-1',
        tenantId: 'T-mercy',
        accountId: 'ACC-1',
        personId: 'PER-9',
        actions: ['view_bill', 'pay'],
        expiresAt: '2026-03-25T15:00:00.000Z',
        issuedAt: '2026-03-11T15:00:00.000Z',
      },
    });
    if (r.ok) {
      expect(linkAllows(r.claims, 'pay')).toBe(true);
      expect(linkAllows(r.claims, 'dispute')).toBe(false);
    }
  });

  it('gives each token a random id for revocation, and honours revocation', () => {
    const a = createLinkToken(base);
    const b = createLinkToken(base);
    expect(a).not.toBe(b);
    const id = (t: string) => (verifyLinkToken(t, { secret: SECRET, now }) as { claims: { tokenId: string } }).claims.tokenId;
    expect(verifyLinkToken(a, { secret: SECRET, now, isRevoked: (t) => t === id(a) })).toEqual({ ok: false, error: 'revoked' });
    expect(verifyLinkToken(b, { secret: SECRET, now, isRevoked: (t) => t === id(a) }).ok).toBe(true);
  });

  it('expires at expiresAt: valid one second before, expired at the instant', () => {
    const token = createLinkToken(base);
    expect(verifyLinkToken(token, { secret: SECRET, now: new Date(expiresAt.getTime() - 1000) }).ok).toBe(true);
    expect(verifyLinkToken(token, { secret: SECRET, now: expiresAt })).toEqual({ ok: false, error: 'expired' });
  });

  it('rejects a wrong secret, a changed payload and malformed strings', () => {
    const token = createLinkToken(base);
    expect(verifyLinkToken(token, { secret: 'x'.repeat(40), now })).toEqual({ ok: false, error: 'bad_signature' });
    const [body, sig] = token.split('.') as [string, string];
    const forged = Buffer.from(Buffer.from(body, 'base64url').toString().replace('ACC-1', 'ACC-2')).toString('base64url');
    expect(verifyLinkToken(`${forged}.${sig}`, { secret: SECRET, now })).toEqual({ ok: false, error: 'bad_signature' });
    for (const bad of ['', 'abc', 'a.b.c', `${body}.`, `${body}.${sig}!`, '..']) {
      expect(verifyLinkToken(bad, { secret: SECRET, now })).toEqual({ ok: false, error: 'malformed' });
    }
  });

  it('accepts the previous secret while rotating', () => {
    const old = createLinkToken(base);
    const fresh = 'n'.repeat(40);
    expect(verifyLinkToken(old, { secret: [fresh, SECRET], now }).ok).toBe(true);
    expect(verifyLinkToken(old, { secret: [fresh], now }).ok).toBe(false);
  });

  it('refuses weak secrets and empty scopes', () => {
    expect(() => createLinkToken({ ...base, secret: 'short' })).toThrow(/at least 32 bytes/);
    expect(() => createLinkToken({ ...base, actions: [] })).toThrow();
    expect(() => createLinkToken({ ...base, issuedAt: expiresAt })).toThrow(/after issuedAt/);
  });

  it('any single-character change to a token is rejected (property)', () => {
    const token = createLinkToken({ ...base, tokenId: 'fixed' });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.constantFrom(...alphabet), (i, ch) => {
        fc.pre(token[i] !== ch);
        const mutated = token.slice(0, i) + ch + token.slice(i + 1);
        const r = verifyLinkToken(mutated, { secret: SECRET, now });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(['bad_signature', 'malformed']).toContain(r.error);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips random claims (property)', () => {
    const id = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(id, id, id, fc.subarray([...LINK_ACTIONS], { minLength: 1 }), (accountId, personId, tenantId, actions) => {
        const r = verifyLinkToken(createLinkToken({ ...base, accountId, personId, tenantId, actions }), { secret: SECRET, now });
        expect(r.ok && r.claims).toMatchObject({ accountId, personId, tenantId, actions });
      }),
      { numRuns: 200 },
    );
  });
});
