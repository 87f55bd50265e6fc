import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, spawnKindly, startProductForBrowser, type BrowserProduct, signInAsDemoUser, demoSessionCookie } from './helpers.js';

interface Claims {
  acc: string;
  sub: string;
}

const claimsOf = (url: string): Claims => JSON.parse(Buffer.from(url.split('/pay/')[1]!.split('.')[0]!, 'base64url').toString('utf8'));

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`a patient opens a secure link, verifies, and pays, in a real browser${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let browser: Browser;
  let base: string;
  let staffCookie: string;
  let demoUrl: string;

  async function staff<T>(path: string, init: { method?: string; json?: unknown } = {}): Promise<T> {
    const res = await fetch(`${base}${path}`, {
      method: init.method ?? (init.json ? 'POST' : 'GET'),
      headers: { cookie: staffCookie, ...(init.json ? { 'content-type': 'application/json' } : {}) },
      body: init.json ? JSON.stringify(init.json) : undefined,
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  const accountOf = (accountId: string) =>
    staff<{ account: { patientDueCents: number }; person: { birthDate: string; familyName: string }; entries: Array<{ kind: string; amountCents: number; source: string }> }>(`/api/v1/accounts/${accountId}`);

  async function verify(page: Page, person: { birthDate: string; familyName: string }): Promise<void> {
    const [y, m, d] = person.birthDate.split('-');
    await page.getByLabel('Date of birth').fill(`${m}/${d}/${y}`);
    await page.getByRole('textbox', { name: 'Last name' }).fill(person.familyName);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('portal-balance').waitFor();
  }

  async function payWith(page: Page, card: string): Promise<void> {
    await page.getByRole('button', { name: 'Pay in full' }).click();
    await page.getByLabel('Card number').fill(card);
    await page.getByLabel('Expiration (MM/YY)').fill('12/30');
    await page.getByLabel('Security code').fill('123');
    await page.getByRole('button', { name: /^Pay \$/ }).click();
  }

  let product: BrowserProduct;
  beforeAll(async () => {
    product = await startProductForBrowser({
      // The CLI issues the link on the same embedded database the server then opens (seeding it first).
      before: async ({ base: url, dataDir, env }) => {
        const cli = spawnKindly(['--data-dir', dataDir, 'demo-link'], env);
        const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
        expect(code, cli.output()).toBe(0);
        demoUrl = (JSON.parse(cli.output().trim().split('\n').filter((l) => l.startsWith('{')).at(-1)!) as { url: string }).url;
        expect(demoUrl.startsWith(`${url}/pay/`)).toBe(true);
      },
    });
    ({ base, browser } = product);
    staffCookie = await demoSessionCookie(base, 'coordinator@riverbend.example');
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('opens the CLI link on a phone, verifies, pays in full with 4242 4242 4242 4242, and the ledger shows the balance drop', async () => {
    const { acc } = claimsOf(demoUrl);
    const before = await accountOf(acc);
    expect(before.account.patientDueCents).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(demoUrl);
    await page.getByRole('heading', { name: 'First, let’s make sure it’s you' }).waitFor();
    // Nothing private before the identity check.
    expect(await page.content()).not.toContain(before.person.familyName);
    // Spanish and back.
    await page.getByRole('button', { name: 'Ver en español' }).click();
    await page.getByRole('heading', { name: 'Primero, confirmemos que es usted' }).waitFor();
    await page.getByRole('button', { name: 'View in English' }).click();
    await verify(page, before.person);
    await payWith(page, '4242 4242 4242 4242');
    await page.getByTestId('payment-confirmation').waitFor();
    expect(await page.getByTestId('balance-after').textContent()).toBe('$0.00');
    const after = await accountOf(acc);
    expect(after.account.patientDueCents).toBe(0);
    const paid = after.entries.filter((e) => e.kind === 'patient_payment' && e.source === 'payments');
    const discount = after.entries.filter((e) => e.kind === 'discount' && e.source === 'payments');
    expect(paid).toHaveLength(1);
    expect(-paid[0]!.amountCents - discount.reduce((s, e) => s + e.amountCents, 0)).toBe(before.account.patientDueCents);
    await page.close();
  });

  it('shows a kind message for a declined card and charges nothing; a revoked link says so', async () => {
    const list = await staff<{ items: Array<{ id: string; patientDueCents: number }> }>('/api/v1/accounts?limit=200');
    const target = list.items.find((a) => a.patientDueCents > 0 && a.id !== claimsOf(demoUrl).acc)!;
    const link = await staff<{ url: string; linkId: string }>(`/api/v1/accounts/${target.id}/payment-links`, { json: {} });
    const before = await accountOf(target.id);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(link.url);
    await verify(page, before.person);
    await payWith(page, '4000 0000 0000 0002');
    const alert = page.getByTestId('payment-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/declined, so no money was taken/);
    expect((await accountOf(target.id)).account.patientDueCents).toBe(before.account.patientDueCents);
    // A good card after the decline is a new attempt and goes through.
    await page.getByLabel('Card number').fill('4242424242424242');
    await page.getByRole('button', { name: /^Pay \$/ }).click();
    await page.getByTestId('payment-confirmation').waitFor();
    expect((await accountOf(target.id)).account.patientDueCents).toBe(0);

    await staff(`/api/v1/payment-links/${link.linkId}/revoke`, { json: { reason: 'e2e' } });
    await page.goto(link.url);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/no longer active/);
    await page.close();
  });

  it('a patient whose budget fits no plan is offered assistance, applies with a pay stub, and a counselor approves it', async () => {
    const list = await staff<{ items: Array<{ id: string; personId: string; patientDueCents: number }> }>('/api/v1/accounts?limit=200');
    const paid = new Set([claimsOf(demoUrl).acc]);
    const target = list.items.filter((a) => a.patientDueCents > 5000 && !paid.has(a.id)).at(-1)!;
    const link = await staff<{ url: string }>(`/api/v1/accounts/${target.id}/payment-links`, { json: {} });
    const before = await accountOf(target.id);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(link.url);
    await verify(page, before.person);
    await page.getByRole('button', { name: 'Choose a payment plan' }).click();
    await page.getByLabel('What I can pay each month (USD)').fill('1');
    await page.getByRole('button', { name: 'See my plans' }).click();
    await page.getByTestId('refer-to-assistance').waitFor();
    await page.getByTestId('refer-to-assistance').getByRole('button', { name: 'Apply for financial assistance' }).click();
    await page.getByLabel('People in your household').fill('3');
    await page.getByLabel('Household income per year, before taxes (USD)').fill('15000');
    await page.locator('input[type=file]').first().setInputFiles({ name: 'pay-stub.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%e2e\n%%EOF\n') });
    await page.getByLabel('Type your full name to sign').fill('Pat Patient');
    await page.getByLabel('I confirm this information is true to the best of my knowledge').check();
    await page.getByRole('button', { name: 'Send my application' }).click();
    await page.getByTestId('assistance-confirmation').waitFor();
    expect(await page.getByTestId('assistance-confirmation').textContent()).toMatch(/We have everything we need/);
    await page.close();

    // The counselor's queue, in the staff app.
    const counselor = await browser.newPage();
    await signInAsDemoUser(counselor, base, 'counselor@riverbend.example');
    await counselor.getByRole('link', { name: 'Assistance' }).click();
    await counselor.getByTestId('assistance-row').first().click();
    await counselor.getByText('escalation on hold').waitFor();
    await counselor.getByRole('button', { name: 'Decide under the policy' }).click();
    await counselor.getByText(/Decision: Approved/).waitFor();
    expect((await accountOf(target.id)).account.patientDueCents).toBe(0);
    await counselor.close();
  });
});
