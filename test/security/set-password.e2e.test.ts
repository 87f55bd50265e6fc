import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, spawnKindly, startProductForBrowser, type BrowserProduct } from '../e2e/helpers.js';

const run = async (args: string[], env: Record<string, string>) => {
  const cli = spawnKindly(args, env);
  const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
  return { code, out: cli.output() };
};

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`the first administrator, from the command line to a signed-in browser${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;
  let inviteUrl = '';
  let weakExit: number | null = null;

  beforeAll(async () => {
    product = await startProductForBrowser({
      before: async ({ dataDir, env }) => {
        const tenant = await run(['--data-dir', dataDir, 'tenant', 'create', '--name', 'Lakeside Clinic', '--type', 'provider', '--state', 'OH'], env);
        expect(tenant.code, tenant.out).toBe(0);
        expect(JSON.parse(tenant.out.split('\n').find((l) => l.startsWith('{'))!)).toMatchObject({ slug: 'lakeside-clinic', name: 'Lakeside Clinic', type: 'provider' });
        weakExit = (await run(['--data-dir', dataDir, 'user', 'add', '--tenant', 'lakeside-clinic', '--email', 'weak@lakeside.example', '--role', 'admin', '--password', 'password'], env)).code;
        const user = await run(['--data-dir', dataDir, 'user', 'add', '--tenant', 'lakeside-clinic', '--email', 'pat@lakeside.example', '--role', 'admin'], env);
        expect(user.code, user.out).toBe(0);
        inviteUrl = (JSON.parse(user.out.split('\n').find((l) => l.startsWith('{'))!) as { inviteUrl: string }).inviteUrl;
      },
    });
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('refuses a weak password with exit 1, and the invitation link sets a password once on a phone-sized page', async () => {
    expect(weakExit).toBe(1);
    expect(inviteUrl).toMatch(/\/set-password#token=/);
    const page = await product.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(inviteUrl);
    await page.getByRole('heading', { name: 'Kindly' }).waitFor();
    await page.locator('input[type=password]').first().fill('password1234');
    await page.locator('input[type=password]').nth(1).fill('password1234');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('alert').filter({ hasText: 'commonly used' }).waitFor();
    await page.locator('input[type=password]').first().fill('lantern harbor seventeen');
    await page.locator('input[type=password]').nth(1).fill('lantern harbor seventeen');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password is set').waitFor();
    // The spent token is gone from the address bar.
    expect(page.url()).not.toContain('token=');
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await page.getByLabel('Email').fill('pat@lakeside.example');
    await page.locator('input[type=password]').fill('lantern harbor seventeen');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // Signed in to the new tenant (its name is in the header, hidden on a phone to keep it on one line).
    await page.getByText('Lakeside Clinic').first().waitFor({ state: 'attached' });
    // The same link again: expired or used, said kindly.
    const again = await product.browser.newPage();
    await again.goto(inviteUrl);
    await again.locator('input[type=password]').first().fill('another harbor lantern');
    await again.locator('input[type=password]').nth(1).fill('another harbor lantern');
    await again.getByRole('button', { name: 'Set password' }).click();
    await again.getByRole('alert').filter({ hasText: 'already used' }).waitFor();
  });
});
