import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE, readDataDirLock } from '../../src/platform/db/index.js';
import { describeDb } from '../../src/platform/db/testing.js';
import { addUser, createTenant, passwordWeakness } from '../../src/modules/identity/index.js';
import { loadConfig } from '../../src/server/config.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';

describe('security: no demo tenant on PostgreSQL, strong first passwords', () => {
  it('never seeds the shared-password demo tenant by itself on a PostgreSQL database', () => {
    expect(loadConfig({}, { DATABASE_URL: 'postgres://db.example/kindly' }).seedDemo).toBe(false);
    expect(loadConfig({}, { DATABASE_URL: 'postgres://db.example/kindly', KINDLY_SEED_DEMO: 'true' }).seedDemo).toBe(false);
    // The embedded default (a laptop trying Kindly) still gets the demo.
    expect(loadConfig({}, {}).seedDemo).toBe(true);
  });

  it('refuses short and common passwords, accepts a long uncommon one', () => {
    expect(passwordWeakness('kindly-demo')).toMatch(/12 characters/);
    expect(passwordWeakness('password1234')).toMatch(/commonly used/);
    expect(passwordWeakness('qwertyuiopasdfgh')).toMatch(/commonly used/);
    expect(passwordWeakness('aaaaaaaaaaaaaaaa')).not.toBeNull();
    expect(passwordWeakness('river otter lantern 42')).toBeNull();
  });
});

describeDb('security: first admin by invitation', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await createTenant(getDb().db, { slug: 'st-marys', name: "St. Mary's", kind: 'nonprofit_hospital', state: 'NY' });
  });

  it('an invitation sets a password once, with the policy, and only before it expires', async () => {
    const weak = addUser({ q: getDb().db, clock: t.clock, tenantSlug: 'st-marys', email: 'weak@stmarys.example', roles: ['admin'], password: 'short', publicUrl: 'http://localhost:3000' });
    await expect(weak).rejects.toMatchObject({ code: 'validation_failed' });
    const invited = await addUser({ q: getDb().db, clock: t.clock, tenantSlug: 'st-marys', email: 'Admin@StMarys.example', roles: ['admin'], publicUrl: 'http://localhost:3000' });
    expect(invited).toMatchObject({ email: 'admin@stmarys.example', roles: ['admin'] });
    const token = new URL(invited.inviteUrl!).hash.replace('#token=', '');
    // Only a hash of the token is stored.
    const stored = await getDb().query<{ token_hash: string }>('select token_hash from user_invites');
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
    // No password works before the invitation is used.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@stmarys.example', password: '!invited' } })).statusCode).toBe(401);
    const weakAccept = await t.app.inject({ method: 'POST', url: '/api/v1/auth/invites/accept', payload: { token, password: '123456789012' } });
    expect(weakAccept.statusCode).toBe(400);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/invites/accept', payload: { token, password: 'river otter lantern 42' } });
    expect(ok.statusCode).toBe(200);
    await t.signIn('admin@stmarys.example', 'river otter lantern 42');
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/invites/accept', payload: { token, password: 'another long phrase 7' } });
    expect(again.statusCode).toBe(410);

    const late = await addUser({ q: getDb().db, clock: t.clock, tenantSlug: 'st-marys', email: 'late@stmarys.example', roles: ['billing_specialist'], publicUrl: 'http://localhost:3000' });
    t.clock.advance(73 * 60 * 60 * 1000);
    const expired = await t.app.inject({ method: 'POST', url: '/api/v1/auth/invites/accept', payload: { token: new URL(late.inviteUrl!).hash.replace('#token=', ''), password: 'river otter lantern 42' } });
    expect(expired.statusCode).toBe(410);
  });
});

describe('security: one process per embedded data folder', () => {
  it('a second holder gets an error naming the first; a stale lock from a dead process is taken over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindly-lock-'));
    try {
      const lock = acquireDataDirLock(dir, 'start');
      expect(statSync(join(dir, LOCK_FILE)).mode & 0o777).toBe(0o600);
      lock.update({ url: 'http://127.0.0.1:1', token: 'secret-token' });
      expect(readDataDirLock(dir)).toMatchObject({ pid: process.pid, command: 'start', token: 'secret-token' });
      expect(statSync(join(dir, LOCK_FILE)).mode & 0o777).toBe(0o600);
      // Same pid stands in for "another live process": the holder is alive.
      const fakeOther = { ...readDataDirLock(dir)!, pid: process.ppid };
      rmSync(join(dir, LOCK_FILE));
      acquireDataDirLock(dir, 'other').update(fakeOther);
      let err: unknown;
      try {
        acquireDataDirLock(dir, 'demo-link');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as Error).message).toContain(`pid ${process.ppid}`);
      // A lock whose process is gone is stale and taken over.
      rmSync(join(dir, LOCK_FILE));
      acquireDataDirLock(dir, 'dead').update({ ...fakeOther, pid: 2 ** 22 + 12345 } as never);
      const mine = acquireDataDirLock(dir, 'seed');
      expect(readDataDirLock(dir)).toMatchObject({ pid: process.pid, command: 'seed' });
      mine.release();
      expect(readDataDirLock(dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
