/**
 * Open a built page in Chromium and wait until its scripts have drawn what they draw (the local
 * graph, the network canvas) — without waiting a fixed time for the network to go quiet.
 */
import type { Page } from 'playwright-core';

const DRAWN = [
  { host: '[data-local-graph]', drawn: '[data-local-graph] svg' },
  // The local graph carries `data-network` too (the network's url), so the network is matched by class.
  { host: '.network[data-network]', drawn: '.network[data-network] canvas' },
];

export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  for (const { host, drawn } of DRAWN) {
    if ((await page.locator(host).count()) === 0) continue;
    try {
      await page.locator(drawn).first().waitFor({ state: 'attached', timeout: 15_000 });
    } catch {
      throw new Error(`${url}: the page's script never drew \`${drawn}\``);
    }
  }
}
