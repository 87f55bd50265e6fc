import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, startProductForBrowser, waitFor, type BrowserProduct, axeViolations, signInAsDemoUser } from './helpers.js';

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`live sentiment, intents and cues in the workspace${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    product = await startProductForBrowser({ env: { KINDLY_NOW: '2026-11-24T16:00:00Z' } });
    ({ browser, base } = product);
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('shows live analysis while the agent chats, and "stop calling" blocks the next call', async () => {
    const page = await browser.newPage();
    await signInAsDemoUser(page, base, 'coordinator@riverbend.example');
    await page.getByTestId('account-row').first().waitFor();
    const accountId = await page.evaluate(async () => {
      const r = await fetch('/api/v1/accounts?limit=200');
      const items = ((await r.json()) as any).items as Array<{ id: string; patientDueCents: number }>;
      for (const a of items.filter((x) => x.patientDueCents > 0)) {
        const d = (await (await fetch(`/api/v1/accounts/${a.id}`)).json()) as any;
        const check = (await (await fetch(`/api/v1/accounts/${a.id}/contact-check?channel=call`)).json()) as any;
        if (d.person.state === 'OH' && d.holds.length === 0 && check.allowed) return a.id;
      }
      return null;
    });
    expect(accountId).not.toBeNull();
    await page.goto(`${base}/workspace/accounts/${accountId}`);
    await page.getByTestId('contact-call').waitFor();
    expect(await page.getByTestId('contact-call').textContent()).toContain('allowed now');

    await page.getByRole('button', { name: 'Start chat' }).click();
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.fill("Thanks for explaining, that actually helps a lot.");
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('live-sentiment').waitFor();
    expect(await page.getByTestId('live-sentiment').textContent()).toBe('positive');

    await message.fill("I lost my job and I can't afford this. Stop calling me!");
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('live-intents').waitFor();
    await waitFor(async () => (await page.getByTestId('live-sentiment').textContent()) === 'negative', 10_000, 'negative sentiment');
    const intents = await page.getByTestId('live-intents').textContent();
    expect(intents).toContain('cease communication');
    expect(intents).toContain('hardship');
    expect(await page.getByTestId('live-cues').locator('li').count()).toBeGreaterThan(1);
    await waitFor(async () => (await page.getByTestId('contact-call').textContent())?.includes('blocked'), 10_000, 'the call to be blocked');
    await page.close();
  });

  it('proposes an attorney hold only when the patient means it; the agent confirms; the transcript survives a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await signInAsDemoUser(page, base, 'coordinator@riverbend.example');
    await page.getByTestId('account-row').first().waitFor();
    const accountId = await contactableAccount(page);
    expect(accountId).not.toBeNull();
    await page.goto(`${base}/workspace/accounts/${accountId}`);
    await page.getByTestId('contact-call').waitFor();
    expect(await page.getByTestId('contact-call').textContent()).toContain('allowed now');

    await page.getByRole('button', { name: 'Start chat' }).click();
    const message = page.getByRole('textbox', { name: 'Message' });
    const mention = "I'm not saying I'll get a lawyer, I just want the itemized bill";
    await message.fill(mention);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('live-sentiment').waitFor();
    expect(await page.getByTestId('transcript').textContent()).toContain(mention);
    // The mention is analyzed and saved, and proposes nothing: calls stay allowed.
    const first = (await page.evaluate(async (id) => (await (await fetch(`/api/v1/persons/${id}/conversations`)).json()) as any, await personOf(page, accountId!))).items[0];
    const reviews = (await page.evaluate(async (c) => (await (await fetch(`/api/v1/conversations/${c}/reviews`)).json()) as any, first.id)).items;
    expect(reviews).toEqual([]);
    expect(await page.getByTestId('proposal-attorney').count()).toBe(0);
    expect(await page.getByTestId('contact-call').textContent()).toContain('allowed now');

    await message.fill('I have an attorney now, talk to them');
    await page.getByRole('button', { name: 'Send' }).click();
    const proposal = page.getByTestId('proposal-attorney');
    await proposal.waitFor();
    expect(await proposal.getByTestId('proposal-evidence').textContent()).toMatch(/attorney/i);
    expect(await proposal.getByTestId('proposal-line').textContent()).toContain('Is that right?');
    await assertNoSeriousAxeViolations(page, '[data-testid="intent-proposals"]');
    await proposal.getByRole('button', { name: 'Yes, confirm' }).click();
    await waitFor(async () => (await proposal.getByTestId('proposal-status').count()) > 0, 10_000, 'the confirmation');
    expect(await proposal.getByTestId('proposal-status').textContent()).toContain('Confirmed');
    await waitFor(async () => (await page.getByTestId('contact-call').textContent())?.includes('blocked'), 10_000, 'the next call to be blocked');

    await page.reload();
    await page.getByTestId('transcript').waitFor();
    await waitFor(async () => (await page.getByTestId('transcript').textContent())?.includes('I have an attorney now'), 10_000, 'the saved transcript');
    expect(await page.getByTestId('transcript').textContent()).toContain(mention);
    expect(await page.getByTestId('proposal-attorney').getByTestId('proposal-status').textContent()).toContain('Confirmed');
    expect(await page.getByTestId('contact-call').textContent()).toContain('blocked');

    // Said again after the confirmation: a new proposal. Said once more while that one waits:
    // nothing new. Dismissed, then said again: proposed again.
    const attorneyItems = page.getByTestId('proposal-attorney');
    const waitingItems = page.locator('[data-testid="proposal-attorney"][data-status="proposed"]');
    const repeat = 'I have an attorney handling this now';
    const say = async (count: number) => {
      await message.fill(repeat);
      await page.getByRole('button', { name: 'Send' }).click();
      await waitFor(async () => ((await page.getByTestId('transcript').textContent()) ?? '').split(repeat).length - 1 === count, 10_000, `the repeat #${count} in the transcript`);
    };
    await say(1);
    await waitFor(async () => (await waitingItems.count()) === 1 && (await attorneyItems.count()) === 2, 10_000, 'a new proposal after the confirmed one');
    await say(2);
    const reviewsOf = async () => {
      const conv = (await page.evaluate(async (id) => (await (await fetch(`/api/v1/persons/${id}/conversations`)).json()) as any, await personOf(page, accountId!))).items[0];
      return (await page.evaluate(async (c) => (await (await fetch(`/api/v1/conversations/${c}/reviews`)).json()) as any, conv.id)).items.map((r: { status: string }) => r.status) as string[];
    };
    expect(await reviewsOf()).toEqual(['confirmed', 'proposed']);
    expect(await waitingItems.count()).toBe(1);
    await waitingItems.getByRole('button', { name: 'No, dismiss' }).click();
    await waitFor(async () => (await waitingItems.count()) === 0, 10_000, 'the dismissal');
    await say(3);
    await waitFor(async () => (await waitingItems.count()) === 1 && (await attorneyItems.count()) === 3, 10_000, 'a new proposal after the dismissed one');
    expect(await reviewsOf()).toEqual(['confirmed', 'dismissed', 'proposed']);
    await page.close();
  });
});

async function contactableAccount(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const r = await fetch('/api/v1/accounts?limit=200');
    const items = ((await r.json()) as any).items as Array<{ id: string; patientDueCents: number }>;
    for (const a of items.filter((x) => x.patientDueCents > 0)) {
      const d = (await (await fetch(`/api/v1/accounts/${a.id}`)).json()) as any;
      const check = (await (await fetch(`/api/v1/accounts/${a.id}/contact-check?channel=call`)).json()) as any;
      if (d.person.state === 'OH' && d.holds.length === 0 && check.allowed) {
        const talked = (await (await fetch(`/api/v1/persons/${d.person.id}/conversations`)).json()) as any;
        if (talked.items.length === 0) return a.id;
      }
    }
    return null;
  });
}

async function personOf(page: Page, accountId: string): Promise<string> {
  return page.evaluate(async (id) => ((await (await fetch(`/api/v1/accounts/${id}`)).json()) as any).person.id as string, accountId);
}

async function assertNoSeriousAxeViolations(page: Page, selector: string): Promise<void> {
  expect(await axeViolations(page, selector)).toEqual([]);
}
