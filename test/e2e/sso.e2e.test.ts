import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestIdentityProvider, type TestIdentityProvider } from '../security/test-identity-provider.js';
import { axeViolations, CHROMIUM_MISSING, HAS_CHROMIUM, spawnKindly, startProductForBrowser, type BrowserProduct } from './helpers.js';

const ADMIN = { email: 'ada@lakeside.example', password: 'lantern harbor seventeen' };

// The hospital's directory, as its identity provider knows it: Nora works in the billing office
// and has a Kindly account; Sam is on staff but nobody added him to Kindly.
const DIRECTORY = {
  nora: { email: 'nora@lakeside.example', email_verified: true, groups: ['billing-office'] },
  sam: { email: 'sam@lakeside.example', email_verified: true, groups: [] },
};

const run = async (args: string[], env: Record<string, string>) => {
  const cli = spawnKindly(args, env);
  const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
  return { code, out: cli.output() };
};

/**
 * Single sign-on in a real browser. The hospital's identity provider (oidc-provider, in this test's
 * process) knows its staff; Kindly runs as `kindly start` on a fresh embedded database with one
 * tenant. The administrator turns single sign-on on (through the API, with the session of the
 * Admin → Single sign-on page, which then shows it); then, in a browser
 * with no Kindly session, Nora presses "Sign in with Lakeside Login", passes through the provider
 * and lands in Kindly as a billing specialist. Sam, whom the provider knows but Kindly does not, is
 * sent back to the sign-in page with a plain reason and no session.
 */
// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`single sign-on through the hospital's identity provider${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;
  let idp: TestIdentityProvider;

  beforeAll(async () => {
    product = await startProductForBrowser({
      env: { KINDLY_SEED_DEMO: 'false' },
      before: async ({ base, dataDir, env }) => {
        // The provider must know Kindly's callback address before Kindly starts answering on it.
        idp = await startTestIdentityProvider({ redirectUris: [`${base}/api/v1/auth/oidc/callback`], directory: DIRECTORY });
        const tenant = await run(['--data-dir', dataDir, 'tenant', 'create', '--name', 'Lakeside Hospital', '--type', 'nonprofit_hospital', '--state', 'MN'], env);
        expect(tenant.code, tenant.out).toBe(0);
        for (const [email, role, password] of [[ADMIN.email, 'admin', ADMIN.password], ['nora@lakeside.example', 'billing_specialist', 'copper meadow lantern nine']] as const) {
          const user = await run(['--data-dir', dataDir, 'user', 'add', '--tenant', 'lakeside-hospital', '--email', email, '--role', role, '--password', password], env);
          expect(user.code, user.out).toBe(0);
        }
      },
    });
  });
  afterAll(async () => {
    await product?.stop();
    await idp?.close();
  });

  /** A browser of its own (no cookies shared with the administrator's). */
  async function freshBrowser(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await product.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    return { context, page: await context.newPage() };
  }

  it('the administrator turns single sign-on on for the tenant', async () => {
    const { context, page } = await freshBrowser();
    await page.goto(product.base);
    // Before it is set up, the sign-in page offers only email and password.
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    expect(await page.getByText(/Sign in with /).count()).toBe(0);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.locator('input[type=password]').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`${product.base}/admin`);
    await page.getByRole('tab', { name: 'Single sign-on' }).click();
    await page.getByText('Not set up: staff sign in with their email and password.', { exact: false }).waitFor();
    // The settings go in through the page's own API with the administrator's session (what the
    // form's Save sends), then the page shows them.
    const saved = await page.evaluate(async (body) => {
      const r = await fetch('/api/v1/admin/sign-on', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: r.status, text: await r.text() };
    }, { displayName: 'Lakeside Login', issuer: idp.issuer, clientId: idp.client.client_id, clientSecret: idp.client.client_secret, allowedDomains: ['lakeside.example'], enabled: true });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.text).not.toContain(idp.client.client_secret);
    await page.reload();
    await page.getByRole('tab', { name: 'Single sign-on' }).click();
    await page.getByText('Staff can sign in with “Lakeside Login”.').waitFor();
    // The secret is never sent back to a browser.
    expect(await page.content()).not.toContain(idp.client.client_secret);
    await context.close();
  });

  it('a billing specialist signs in with the button, through the provider, and lands in Kindly with her role', async () => {
    const { context, page } = await freshBrowser();
    idp.signInAs('nora');
    await page.goto(product.base);
    const button = page.getByRole('link', { name: 'Sign in with Lakeside Login' });
    await button.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await button.click();
    // Provider → Kindly's callback → the app, signed in.
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(new URL(page.url()).origin).toBe(product.base);
    expect(new URL(page.url()).searchParams.get('sso_error')).toBeNull();
    await page.getByText('billing specialist', { exact: true }).waitFor();
    const me = (await page.evaluate(() => fetch('/api/v1/me').then((r) => r.json()))) as { email: string; roles: string[]; tenantName: string };
    expect(me).toMatchObject({ email: 'nora@lakeside.example', roles: ['billing_specialist'], tenantName: 'Lakeside Hospital' });
    // A billing specialist sees no administration.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByText('Admin', { exact: true }).count()).toBe(0);
    const cookies = await context.cookies(product.base);
    expect(cookies.find((c) => c.name === 'kindly_session')).toMatchObject({ httpOnly: true });
    await context.close();
  });

  it('someone the provider knows but Kindly does not is refused with a plain message and no session', async () => {
    const { context, page } = await freshBrowser();
    idp.signInAs('sam');
    await page.goto(product.base);
    await page.getByRole('link', { name: 'Sign in with Lakeside Login' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'There is no Kindly account for that email address yet' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Ask an administrator to add you, then try again.');
    expect(new URL(page.url()).searchParams.get('sso_error')).toBe('unknown_user');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect((await context.cookies(product.base)).find((c) => c.name === 'kindly_session' && c.value)).toBeUndefined();
    const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.status));
    expect(me).toBe(401);
    // At phone width the message and the way back are still there, and still accessible.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Sign in with Lakeside Login' }).waitFor();
    await context.close();
  });
});
