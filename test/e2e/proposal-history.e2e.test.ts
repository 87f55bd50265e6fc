import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, axeViolations, startProductForBrowser, waitFor, type BrowserProduct, signInAsDemoUser } from './helpers.js';

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`a reviewer sees dismissed proposals on the account${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
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

  it('a dismissed proposal stays listed with the words, who dismissed it and when; another decider sees it later; the compliance officer audits it read-only; the front desk gets no list', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await signIn(page, 'coordinator@riverbend.example');
    const accountId = await contactableAccount(page);
    expect(accountId).not.toBeNull();
    const personId = await page.evaluate(async (id) => ((await (await fetch(`/api/v1/accounts/${id}`)).json()) as any).person.id as string, accountId);
    await page.goto(`${base}/workspace/accounts/${accountId}`);
    const history = page.getByTestId('proposal-history');
    await history.waitFor();
    await waitFor(async () => (await history.getByTestId('proposal-history-empty').count()) > 0, 10_000, 'the empty history');

    await page.getByRole('button', { name: 'Start chat' }).click();
    await page.getByRole('textbox', { name: 'Message' }).fill('I have an attorney handling this now');
    await page.getByRole('button', { name: 'Send' }).click();
    const proposal = page.getByTestId('proposal-attorney');
    await proposal.waitFor();
    // The history lists it as waiting before anyone decides.
    await waitFor(async () => (await history.getByTestId('proposal-history-status').first().textContent()) === 'Waiting for a decision', 10_000, 'the waiting proposal in the history');
    await proposal.getByRole('button', { name: 'No, dismiss' }).click();
    await waitFor(async () => (await proposal.getByTestId('proposal-status').count()) > 0, 10_000, 'the dismissal');

    await history.getByText('Reviewed', { exact: true }).click();
    const item = history.getByTestId('proposal-history-item');
    await waitFor(async () => (await item.count()) === 1 && (await item.getByTestId('proposal-history-status').textContent()) === 'Dismissed', 10_000, 'the dismissed proposal under Reviewed');
    expect(await item.getByTestId('proposal-history-words').textContent()).toMatch(/attorney/i);
    expect(await item.getByTestId('proposal-history-decision').textContent()).toMatch(/^Dismissed by Casey Coordinator on Nov 24, .*The pause was lifted/);
    expect(await item.textContent()).toContain('Said in a chat');
    expect(await item.getByRole('button').count()).toBe(0);
    expect(await axeViolations(page, '[data-testid="proposal-history"]')).toEqual([]);
    await history.getByText('Waiting', { exact: true }).click();
    await waitFor(async () => (await history.getByTestId('proposal-history-empty').textContent()) === 'Nothing is waiting for a decision.', 10_000, 'nothing waiting');

    // After a reload the dismissed proposal is still there (under All, the default).
    await page.reload();
    await waitFor(async () => (await page.getByTestId('proposal-history-item').count()) === 1, 10_000, 'the history after a reload');
    expect(await page.getByTestId('proposal-history-status').textContent()).toBe('Dismissed');
    await page.close();

    // A counselor opening the account later sees who dismissed it.
    const counselor = await browser.newPage();
    await signIn(counselor, 'counselor@riverbend.example');
    await counselor.goto(`${base}/workspace/accounts/${accountId}`);
    const theirs = counselor.getByTestId('proposal-history');
    await waitFor(async () => (await theirs.getByTestId('proposal-history-item').count()) === 1, 10_000, "the counselor's view of the history");
    expect(await theirs.getByTestId('proposal-history-decision').textContent()).toContain('Dismissed by Casey Coordinator');
    await counselor.close();

    // The compliance officer audits the decision on the account page, read-only: the history is
    // there with who dismissed it, and no button to decide it.
    const officer = await browser.newPage();
    await signIn(officer, 'compliance@riverbend.example');
    await officer.goto(`${base}/workspace/accounts/${accountId}`);
    const audited = officer.getByTestId('proposal-history');
    await waitFor(async () => (await audited.getByTestId('proposal-history-item').count()) === 1, 10_000, "the compliance officer's view of the history");
    expect(await audited.getByTestId('proposal-history-decision').textContent()).toContain('Dismissed by Casey Coordinator');
    expect(await audited.getByRole('button', { name: /^(Confirm|Dismiss)/ }).count()).toBe(0);
    // The front desk has no part in reviewing them: the API refuses the list.
    const desk = await browser.newPage();
    await signIn(desk, 'access@riverbend.example');
    expect(await desk.evaluate(async (id) => (await fetch(`/api/v1/persons/${id}/intent-reviews`)).status, personId)).toBe(403);
    await desk.close();
    await officer.close();
  });

  async function signIn(page: Page, email: string): Promise<void> {
    await signInAsDemoUser(page, base, email);
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'attached' });
  }
});

async function contactableAccount(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const r = await fetch('/api/v1/accounts?limit=200');
    const items = ((await r.json()) as any).items as Array<{ id: string; patientDueCents: number }>;
    for (const a of items.filter((x) => x.patientDueCents > 0)) {
      const d = (await (await fetch(`/api/v1/accounts/${a.id}`)).json()) as any;
      const check = (await (await fetch(`/api/v1/accounts/${a.id}/contact-check?channel=call`)).json()) as any;
      if (d.person.state === 'OH' && d.holds.length === 0 && check.allowed) {
        const reviews = (await (await fetch(`/api/v1/persons/${d.person.id}/intent-reviews`)).json()) as any;
        if (reviews.items.length === 0) return a.id;
      }
    }
    return null;
  });
}
