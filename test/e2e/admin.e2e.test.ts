import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENCRYPTION_KEY } from '../../src/platform/crypto/testing.js';
import { axeViolations, CHROMIUM_MISSING, HAS_CHROMIUM, spawnKindly, startProductForBrowser, type BrowserProduct } from './helpers.js';

const SHOTS = 'docs/screenshots';

const run = async (args: string[], env: Record<string, string>) => {
  const cli = spawnKindly(args, env);
  const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
  return { code, out: cli.output() };
};

// Three patients who owe the new clinic money, with email addresses (a hospital's balance export).
const BALANCES = `Account Number,Patient ID,First Name,Last Name,DOB,Encounter ID,Service Date,Charges,Insurance Paid,Adjustments,Patient Paid,Balance,Payer,Email
L-1,LP-1,Rosa,Diaz,1970-04-02,LE-1,2026-01-05,300.00,0,0,0,300.00,,rosa@lakeside.example
L-2,LP-2,Sam,Okafor,1982-09-14,LE-2,2026-01-07,125.00,0,0,0,125.00,,sam@lakeside.example
L-3,LP-3,Lee,Park,1990-12-30,LE-3,2026-01-09,80.00,0,0,0,80.00,,lee@lakeside.example
`;

/**
 * On PostgreSQL (DATABASE_URL set) the product runs on a database of its own made for this test
 * and dropped after; otherwise on a fresh embedded data dir. Either way nothing exists before
 * `kindly tenant create`.
 */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const server = process.env.DATABASE_URL;
  if (!server) return null;
  const name = `kindly_e2e_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`a hospital sets Kindly up from nothing${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;
  let postgres: Awaited<ReturnType<typeof freshPostgres>> = null;
  let page: Page;

  beforeAll(async () => {
    postgres = await freshPostgres();
    // The worker's own passes are off: the administrator runs the cycle after publishing. The
    // clock starts on a Tuesday at 10:00 in the tenant's zone (New York), inside contact hours,
    // so the cycle writes messages whatever the machine's time.
    const dbEnv: Record<string, string> = {
      KINDLY_OUTREACH_PASS_SECONDS: '0',
      KINDLY_NOW: '2026-03-10T14:00:00Z',
      ...(postgres ? { DATABASE_URL: postgres.url, KINDLY_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY } : { KINDLY_SEED_DEMO: 'false' }),
    };
    product = await startProductForBrowser({
      env: dbEnv,
      before: async ({ dataDir, env }) => {
        const tenant = await run(['--data-dir', dataDir, 'tenant', 'create', '--name', 'Lakeside Clinic', '--type', 'provider', '--state', 'OH'], env);
        expect(tenant.code, tenant.out).toBe(0);
        const user = await run(['--data-dir', dataDir, 'user', 'add', '--tenant', 'lakeside-clinic', '--email', 'pat@lakeside.example', '--role', 'admin', '--password', 'lantern harbor seventeen'], env);
        expect(user.code, user.out).toBe(0);
        const dir = mkdtempSync(join(tmpdir(), 'kindly-balances-'));
        writeFileSync(join(dir, 'balances.csv'), BALANCES);
        const ingest = await run(['--data-dir', dataDir, 'ingest', join(dir, 'balances.csv'), '--tenant', 'lakeside-clinic'], env);
        expect(ingest.code, ingest.out).toBe(0);
      },
    });
    page = await product.browser.newPage({ viewport: { width: 1440, height: 1000 } });
  }, 240_000);
  afterAll(async () => {
    await product?.stop();
    await postgres?.drop();
  });

  async function signIn(code?: string) {
    await page.goto(product.base);
    await page.getByLabel('Email').fill('pat@lakeside.example');
    await page.locator('input[type=password]').fill('lantern harbor seventeen');
    await page.getByRole('button', { name: 'Sign in' }).click();
    if (code) {
      await page.getByLabel('Code from your authenticator app').fill(code);
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  async function shoot(name: string) {
    await page.screenshot({ path: `${SHOTS}/${name}-1440.png`, fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: false });
    await page.setViewportSize({ width: 1440, height: 1000 });
  }

  it('the first administrator signs in and turns on two-step sign-in; from then on sign-in asks for a code', async () => {
    await signIn();
    await page.goto(`${product.base}/security`);
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    // Codes follow the server's clock (pinned), which /healthz reports.
    const serverTime = ((await (await fetch(`${product.base}/healthz`)).json()) as { time: string }).time;
    await page.getByLabel('2. Enter the 6-digit code the app shows').fill(await generate({ secret, epoch: Math.floor(Date.parse(serverTime) / 1000) }));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('list', { name: 'Recovery codes' }).locator('li').nth(9).waitFor();
    const codes = await page.getByRole('list', { name: 'Recovery codes' }).locator('li').allTextContents();
    expect(codes).toHaveLength(10);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(product.base);
    // The password alone is no longer enough; a recovery code (each works once) gets in.
    await page.getByLabel('Email').fill('pat@lakeside.example');
    await page.locator('input[type=password]').fill('lantern harbor seventeen');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: '6-digit code' }).waitFor();
    await page.getByLabel('Code from your authenticator app').fill(codes[0]!.trim());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`${product.base}/security`);
    await page.getByText('Two-step sign-in is on. You have 9 recovery codes left.').waitFor();
    await shoot('admin-my-sign-in');
  });

  it('invites a coordinator', async () => {
    await page.goto(`${product.base}/admin`);
    await page.getByRole('tab', { name: 'Staff' }).click();
    const form = page.getByRole('form', { name: 'Invite a staff member' });
    await form.getByLabel('Email').fill('casey@lakeside.example');
    await form.getByLabel('Name').fill('Casey Coordinator');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Email is not set up, so pass this one-time link to Casey Coordinator yourself').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Casey Coordinator' });
    await row.getByText('Invited').waitFor();
    expect(await row.getByLabel('Role of Casey Coordinator').inputValue()).toBe('Collections coordinator');
    await shoot('admin-staff');
  });

  it('edits a reminder template with a preview; a diagnosis in a text is refused with the reason; the fix is published', async () => {
    await page.getByRole('tab', { name: 'Message templates' }).click();
    await page.getByLabel('Template', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Statement ready' }).click();
    const message = page.getByRole('textbox', { name: 'Message' });
    const original = await message.inputValue();
    await message.fill(`${original} Your chemotherapy visit is included.`);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('Would be stopped by the compliance content check').waitFor();
    await page.getByRole('button', { name: 'Publish new version' }).click();
    const problems = page.getByRole('alert').filter({ hasText: /stops? publishing/ });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('templates.statement-ready.sms');
    expect(await problems.textContent()).toContain('diagnosis');

    await message.fill(original.replace('your new statement is ready', 'your new bill is ready'));
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('Passes the compliance content check.').waitFor();
    expect(await page.getByTestId('preview-body').textContent()).toContain('Lakeside Clinic');
    expect(await page.getByTestId('preview-body').textContent()).toContain('your new bill is ready');
    await page.getByLabel('What changed (optional)').fill('Say bill, not statement');
    await page.getByRole('button', { name: 'Publish new version' }).click();
    await page.getByText('Published version 1.').waitFor();
    await page.getByText('Version 1, published').waitFor();
    await shoot('admin-templates');
  });

  it('runs a cycle and the messages it writes carry the new version', async () => {
    await page.getByRole('button', { name: 'Run outreach now' }).click();
    const ran = page.getByText(/Outreach ran: \d+ accounts looked at/);
    await ran.waitFor();
    const summary = (await ran.textContent())!;
    expect(summary).toMatch(/Outreach ran: 3 accounts looked at, [1-9]\d* messages? written/);
    const table = page.getByRole('table', { name: 'Recent messages and their template version' });
    await table.waitFor();
    const versions = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions)).toEqual(new Set(['Version 1']));
  });

  it('connects text messages and a webhook; a call-outcome list with a bad code is refused with the reason', async () => {
    await page.getByRole('tab', { name: 'Integrations' }).click();
    const sms = page.getByRole('form', { name: 'Text messages (SMS)' });
    await sms.getByRole('button', { name: 'Save' }).click();
    await sms.getByText('Saved.').waitFor();
    await sms.getByRole('button', { name: 'Test connection' }).click();
    await sms.getByText(/The sandbox is ready/).waitFor();
    // The card came back from the server as set up (it starts again from what is stored); the
    // confirmation of the save stays.
    expect(await sms.getByText('Saved.').isVisible()).toBe(true);
    // The card settings say which gateway takes this hospital's cards now: no keys saved, the sandbox.
    const cards = page.getByTestId('card-payments-now');
    expect(await cards.textContent()).toMatch(/go through the sandbox \(test cards only, no money moves\)/);
    const hook = page.getByRole('form', { name: 'Add a webhook endpoint' });
    await hook.getByLabel('Endpoint address').fill('http://localhost:9/kindly');
    await hook.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = page.getByRole('status').filter({ hasText: 'Copy the signing secret now' });
    await secret.waitFor();
    expect(await secret.textContent()).toMatch(/whsec_/);
    await shoot('admin-integrations');

    await page.getByRole('tab', { name: 'Call outcomes' }).click();
    await page.getByLabel('Code of row 1').fill('Bad Code');
    await page.getByRole('button', { name: 'Check' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'dispositions[0].code' });
    await problems.waitFor();
    await shoot('admin-call-outcomes');
    await page.getByRole('tab', { name: 'Policies' }).click();
    // Before publishing, the preview shows what a draft changes: free care up to 250% of the
    // poverty line instead of 200% changes the outcome of the sample household at 210%.
    await page.getByLabel('Financial assistance policy (JSON)').fill(JSON.stringify({ name: 'lakeside', tiers: [{ maxFplPercent: 250, discountPct: 100 }, { maxFplPercent: 300, discountPct: 75 }, { maxFplPercent: 400, discountPct: 50 }], agbPct: 40 }, null, 2));
    await page.getByRole('button', { name: 'Preview changes' }).first().click();
    await page.getByText('This draft changes the outcome for 1 of 8 households.').waitFor();
    const fap = page.getByRole('table', { name: 'What the draft changes for sample households' });
    const changed = fap.locator('tbody tr').filter({ hasText: 'Changes' });
    expect(await changed.count()).toBe(1);
    expect(await changed.textContent()).toMatch(/3 people.*210% of the poverty line.*75% off · pays \$250.*Free care · pays \$0/);
    await page.getByLabel('Payment policy (JSON)').fill(JSON.stringify({ plan: { maxMonths: 12, minMonthlyPaymentCents: 5000 } }));
    await page.getByRole('button', { name: 'Preview changes' }).nth(1).click();
    await page.getByText(/This draft changes the offer for \d of 6 balances\./).waitFor();
    const plans = (await page.getByRole('table', { name: 'What the draft changes for sample balances' }).textContent())!;
    expect(plans).toContain('Up to 24 months, at least $25.00 a month');
    expect(plans).toContain('Up to 12 months, at least $50.00 a month');
    await page.getByRole('table', { name: 'What the draft changes for sample households' }).scrollIntoViewIfNeeded();
    await shoot('admin-policies');
  });

  it('the audit log names who did what, in plain words, with full ids', async () => {
    await page.getByRole('tab', { name: 'Audit log' }).click();
    const log = page.getByRole('table', { name: 'Audit log' });
    await log.getByText('Changed configuration').first().waitFor();
    const text = (await log.textContent())!;
    expect(text).toContain('pat');
    expect(text).toContain('Signed in');
    expect(text).toContain('Two-step sign-in turned on');
    expect(text).not.toMatch(/user:[0-9a-f]{8}/);
    expect(text).toContain('templates/en');
    await shoot('admin-audit');
  });
});
