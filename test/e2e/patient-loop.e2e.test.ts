import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/platform/shared-data/index.js';
import { CHROMIUM_MISSING, HAS_CHROMIUM, startProductForBrowser, waitFor, type BrowserProduct, axeViolations, demoSessionCookie } from './helpers.js';

// The patient's loop in a real browser: a reminder email from the dev inbox opens the person's own
// page through its short link, they pay, the thank-you message's survey link takes a rating; a
// second patient uploads an assistance document from the portal and a counselor decides. Every
// page is checked with axe-core (no serious or critical violations) and photographed at 390 px.
const NOW = '2026-03-10T15:00:00Z';
// KINDLY_SCREENSHOTS=1 refreshes the committed screenshots; otherwise they go to a scratch folder.
const SHOTS = process.env.KINDLY_SCREENSHOTS ? join(repoRoot, 'docs', 'screenshots') : join(tmpdir(), 'kindly-screenshots');
const LINK = /(http:\/\/localhost:\d+)\/p\/([2-9A-HJKMNP-Z]{12})\b/;
const SURVEY = /(http:\/\/localhost:\d+)\/s\/([2-9A-HJKMNP-Z]{12})\b/;

interface InboxItem {
  communicationId: string;
  channel: string;
  body: string;
  accountId: string | null;
  step: string | null;
  journey: string | null;
  verifyCode: string | null;
}

/** Serious and critical axe violations on the page as it is now (rule id and the first target). */
const axeProblems = (page: Page): Promise<string[]> => axeViolations(page);

describe.skipIf(!HAS_CHROMIUM)(`the patient's loop from message to payment, survey and assistance${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;
  let browser: Browser;
  let base: string;
  const cookies: Record<string, string> = {};
  const checked: Record<string, string[]> = {};

  const signIn = (email: string): Promise<string> => demoSessionCookie(base, email);

  async function staff<T>(who: string, path: string, init: { method?: string; json?: unknown } = {}): Promise<T> {
    const res = await fetch(`${base}${path}`, {
      method: init.method ?? (init.json ? 'POST' : 'GET'),
      headers: { cookie: cookies[who]!, ...(init.json ? { 'content-type': 'application/json' } : {}) },
      body: init.json ? JSON.stringify(init.json) : undefined,
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  const inbox = () => staff<{ items: InboxItem[] }>('admin', '/api/v1/outreach/inbox?limit=500').then((r) => r.items);
  const accountOf = (accountId: string) =>
    staff<{ account: { patientDueCents: number; personId: string }; person: { birthDate: string; familyName: string } }>('admin', `/api/v1/accounts/${accountId}`);

  const narrow: Record<string, number> = {};

  /** Checks the page with axe, saves a 390 px screenshot under docs/screenshots, and measures it at 320 px. */
  async function look(page: Page, name: string): Promise<void> {
    checked[name] = await axeProblems(page);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    await page.setViewportSize({ width: 320, height: 700 });
    narrow[name] = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    await page.setViewportSize({ width: 390, height: 844 });
  }

  async function phone(): Promise<Page> {
    return browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  }

  async function verify(page: Page, person: { birthDate: string; familyName: string }): Promise<void> {
    const [y, m, d] = person.birthDate.split('-');
    await page.getByLabel('Date of birth').fill(`${m}/${d}/${y}`);
    await page.getByRole('textbox', { name: 'Last name' }).fill(person.familyName);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /^Hi / }).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    product = await startProductForBrowser({ env: { KINDLY_NOW: NOW, KINDLY_OUTREACH_PASS_SECONDS: '0' } });
    ({ base, browser } = product);
    cookies.admin = await signIn('admin@riverbend.example');
    cookies.counselor = await signIn('counselor@riverbend.example');
    // One orchestration pass now: the worker delivers what it queues into the dev inbox.
    await staff('admin', '/api/v1/outreach/pass', { json: {} });
    await waitFor(async () => (await inbox()).filter((i) => i.channel === 'email' && LINK.test(i.body)).length >= 2, 60_000, 'reminder emails in the dev inbox');
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('follows a reminder email from the dev inbox to payment, then the thank-you email to the survey', async () => {
    const emails = (await inbox()).filter((i) => i.channel === 'email' && i.accountId && LINK.test(i.body));
    const reminder = emails[0]!;
    const [, , code] = LINK.exec(reminder.body)!;
    const before = await accountOf(reminder.accountId!);
    expect(before.account.patientDueCents).toBeGreaterThan(0);

    const page = await phone();
    await page.goto(`${base}/p/${code}`);
    await page.getByRole('heading', { name: 'First, let’s make sure it’s you' }).waitFor();
    // The short link shows nothing private before the identity check.
    expect(await page.content()).not.toContain(before.person.familyName);
    await look(page, 'identity-check');
    await verify(page, before.person);
    await look(page, 'bill');
    await page.getByRole('button', { name: 'Show my bill' }).click();
    await page.locator('.kindly-portal-statement').waitFor();
    await look(page, 'bill-explained');

    await page.getByRole('button', { name: 'Choose a payment plan' }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await look(page, 'plan');
    await page.getByRole('button', { name: 'Back' }).first().click();

    await page.getByRole('button', { name: 'How we contact you' }).click();
    await page.getByLabel('Best way to reach you').waitFor();
    await look(page, 'preferences');
    await page.getByRole('button', { name: 'Back to my bill' }).click();

    await page.getByRole('button', { name: 'Pay in full' }).click();
    await page.getByLabel('Card number').fill('4242424242424242');
    await page.getByLabel('Expiration (MM/YY)').fill('12/30');
    await page.getByLabel('Security code').fill('123');
    await look(page, 'pay');
    await page.getByRole('button', { name: /^Pay \$/ }).click();
    await page.getByTestId('payment-confirmation').waitFor();
    await look(page, 'paid-confirmation');
    expect((await accountOf(reminder.accountId!)).account.patientDueCents).toBe(0);
    await page.close();

    // The payment asked outreach to look again: the next pass thanks them, with the survey link.
    await staff('admin', '/api/v1/outreach/pass', { json: {} });
    const thanks = await waitFor(
      async () => (await inbox()).find((i) => i.accountId === reminder.accountId && i.journey?.startsWith('post-resolution') && SURVEY.test(i.body)),
      60_000,
      'the thank-you message',
    );
    const survey = await phone();
    await survey.goto(`${base}/s/${SURVEY.exec(thanks.body)![2]}`);
    await survey.getByRole('heading', { name: 'How did we do?' }).waitFor();
    await look(survey, 'survey');
    await survey.getByRole('radio', { name: '2 of 5' }).check();
    await survey.getByLabel('Anything you’d like to tell us? (optional)').fill('The first letter confused me.');
    await survey.getByRole('button', { name: 'Send' }).click();
    await survey.getByTestId('survey-thanks').waitFor();
    expect(await survey.getByTestId('survey-thanks').textContent()).toMatch(/Someone from our team will reach out/);
    await survey.close();
    const ratings = await staff<{ responses: Array<{ score: number; comment: string; followUpTaskId: string | null }> }>('admin', `/api/v1/accounts/${reminder.accountId}/csat`);
    expect(ratings.responses).toHaveLength(1);
    expect(ratings.responses[0]).toMatchObject({ score: 2, comment: 'The first letter confused me.' });
    expect(ratings.responses[0]!.followUpTaskId).toBeTruthy();

    // The old reminder's link now says the bill is paid.
    const again = await phone();
    await again.goto(`${base}/p/${code}`);
    await again.getByTestId('bill-paid').waitFor();
    await look(again, 'bill-is-paid');
    await again.close();
  });

  it('checks codes on the public verify page: a message code is genuine, a made-up one is not (EN/ES)', async () => {
    const email = (await inbox()).find((i) => i.channel === 'email' && i.verifyCode)!;
    const page = await phone();
    await page.goto(`${base}/verify`);
    await page.getByLabel('Code from the message').fill(email.verifyCode!);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByTestId('verify-genuine').waitFor();
    expect(await page.getByTestId('verify-genuine').textContent()).toContain('Riverbend Community Hospital');
    await look(page, 'verify');
    await page.getByRole('button', { name: 'Ver en español' }).click();
    await page.getByLabel('Código del mensaje').fill('ZZZZZZ');
    await page.getByRole('button', { name: 'Comprobar' }).click();
    await page.getByTestId('verify-unknown').waitFor();
    await look(page, 'verify-es-unknown');
    await page.goto(`${base}/p`);
    await page.getByLabel('Code from your letter').waitFor();
    await look(page, 'letter-code');
    await page.close();
  });

  it('uploads an assistance document from the portal, and the counselor decides', async () => {
    const used = new Set<string>();
    const emails = (await inbox()).filter((i) => i.channel === 'email' && i.accountId && LINK.test(i.body));
    let target: InboxItem | undefined;
    for (const e of emails.slice(1)) {
      if (used.has(e.accountId!)) continue;
      used.add(e.accountId!);
      if ((await accountOf(e.accountId!)).account.patientDueCents > 5000) {
        target = e;
        break;
      }
    }
    expect(target).toBeDefined();
    const before = await accountOf(target!.accountId!);
    const page = await phone();
    await page.goto(`${base}/p/${LINK.exec(target!.body)![2]}`);
    await verify(page, before.person);
    await page.getByRole('button', { name: 'Apply for financial assistance' }).first().click();
    await page.getByLabel('People in your household').fill('3');
    await page.getByLabel('Household income per year, before taxes (USD)').fill('15000');
    await page.getByLabel('Type your full name to sign').fill('Pat Patient');
    await page.getByLabel('I confirm this information is true to the best of my knowledge').check();
    await look(page, 'assistance');
    await page.getByRole('button', { name: 'Send my application' }).click();
    await page.getByTestId('assistance-confirmation').waitFor();
    await page.getByRole('button', { name: 'Back to my bill' }).click();
    await page.getByRole('button', { name: 'My assistance application and documents' }).click();
    await page.getByTestId('missing-items').waitFor();
    expect(await page.getByTestId('missing-items').textContent()).toMatch(/income/i);
    await look(page, 'assistance-documents');
    // A photo from the phone's camera: a small JPEG.
    await page.locator('input[type=file]').setInputFiles({ name: 'pay-stub.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%e2e pay stub\n%%EOF\n') });
    await page.getByRole('button', { name: 'Send document' }).click();
    await page.getByText('Received: pay-stub.pdf. Thank you!').waitFor();
    await look(page, 'assistance-uploaded');
    await page.close();

    const apps = await staff<{ items: Array<{ id: string; personId: string }> }>('counselor', '/api/v1/assistance/applications');
    const app = apps.items.find((a) => a.personId === before.account.personId)!;
    expect(app).toBeDefined();
    const decided = await staff<{ status: string }>('counselor', `/api/v1/assistance/applications/${app.id}/decide`, { json: {} });
    expect(decided.status).toBe('approved');
    expect((await accountOf(target!.accountId!)).account.patientDueCents).toBe(0);

    // The patient's statement now explains the $0.
    const back = await phone();
    await back.goto(`${base}/p/${LINK.exec(target!.body)![2]}`);
    // Nothing is owed now, so the link opens on "this bill is paid"; the page is one tap away.
    await back.getByTestId('bill-paid').waitFor();
    await back.getByRole('button', { name: 'See my secure page' }).click();
    await verify(back, before.person);
    await back.getByRole('button', { name: 'Show my bill' }).click();
    await back.getByText(/Financial assistance took off/).waitFor();
    await look(back, 'bill-after-assistance');
    await back.close();
  });

  it('has no serious or critical axe violations on any page it visited', () => {
    expect(Object.keys(checked).length).toBeGreaterThanOrEqual(10);
    expect(checked).toEqual(Object.fromEntries(Object.keys(checked).map((k) => [k, []])));
  });

  it('fits a 320 px wide phone without sideways scrolling on every page it visited', () => {
    expect(narrow).toEqual(Object.fromEntries(Object.keys(narrow).map((k) => [k, 320])));
  });
});
