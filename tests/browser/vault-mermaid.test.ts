/**
 * Mermaid in the browser: the page with a diagram draws it (an SVG in place of the source) from
 * the site's own copy of Mermaid, requesting nothing from another host; a page without one
 * fetches no Mermaid at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';

let site: TestSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildTestSite('tests/fixtures/vault/mermaid');
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

async function open(url: string): Promise<{ requests: string[]; page: import('playwright-core').Page }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(url.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  return { requests, page };
}

describe('Mermaid', () => {
  it('draws the diagram from the site’s own copy', async () => {
    const { requests, page } = await open('/notes/pipeline/');
    await page.waitForSelector('pre.mermaid svg', { timeout: 30_000 });
    expect(await page.locator('pre.mermaid svg').count()).toBe(1);
    expect(await page.locator('pre.mermaid svg').textContent()).toContain('Resolve');
    expect(requests.filter((r) => !r.startsWith(server.origin))).toEqual([]);
    expect(requests.some((r) => r.endsWith('/assets/mermaid/mermaid.min.js'))).toBe(true);
    await page.close();
  }, 60_000);

  it('a page without a diagram loads none of it', async () => {
    const { requests, page } = await open('/notes/plain-note/');
    expect(requests.filter((r) => r.includes('mermaid'))).toEqual([]);
    await page.close();
  });
});
