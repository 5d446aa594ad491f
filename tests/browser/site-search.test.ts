/**
 * Search in a real browser, on a site built under a path prefix: type a word on `/search/`, see
 * results with their kind and summary, follow one; the home page's box leads there too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';
import { launchBrowser } from '../support/browser.ts';

const PREFIX = '/atlas/';
let site: TestSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildTestSite('seeds', { overrides: { pathPrefix: PREFIX } });
  server = await serveStatic(site.outDir, PREFIX);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

async function results(page: Page) {
  const items = page.locator('.search-list > li');
  await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return items;
}

describe('search', () => {
  it('finds a word on /search/ and shows kind and summary for each result', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await page.getByLabel(/Search every line/).fill('exfiltration');
    const items = await results(page);
    const first = items.first();
    expect(await first.locator('.kind-tag').textContent()).toMatch(/^(Inquiring line|Note|Paper|Collection)$/);
    expect((await first.locator('.list-summary').textContent())!.length).toBeGreaterThan(20);
    expect(await page.locator('.search-status').textContent()).toMatch(/results? for “exfiltration”/);
    const kinds = await items.locator('.kind-tag').allTextContents();
    expect(kinds).toContain('Inquiring line');
    await page.close();
  });

  it('follows a result to its page, inside the path prefix', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=villains`);
    const items = await results(page);
    const link = items.first().locator('a');
    const title = await link.textContent();
    const href = await link.getAttribute('href');
    expect(href!.startsWith(PREFIX)).toBe(true);
    await Promise.all([page.waitForURL((url) => url.pathname === href), link.click()]);
    expect(await page.locator('h1').textContent()).toBe(title);
    const response = await page.reload();
    expect(response!.status()).toBe(200);
    await page.close();
  });

  it('takes a query from the home page to the search page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const box = page.getByLabel('Search the library');
    await box.fill('sycophancy');
    await results(page);
    await Promise.all([page.waitForURL(/\/atlas\/search\/\?q=sycophancy$/), box.press('Enter')]);
    expect(await page.getByLabel(/Search every line/).inputValue()).toBe('sycophancy');
    await results(page);
    await page.close();
  });

  it('says when nothing matches', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=zzyzxnotaword`);
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toBe('No results for “zzyzxnotaword”.');
    expect(await page.locator('.search-list > li').count()).toBe(0);
    await page.close();
  });
});
