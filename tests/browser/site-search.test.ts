/**
 * Search in a real browser, on a site built under a path prefix: type a word on `/search/`, see
 * results with their kind and summary, follow one; the home page's box leads there too. The
 * index is fetched from inside the prefix, and only where a reader searches.
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

/** The search index requests a page makes while `act` runs. */
async function indexRequests(page: Page, act: () => Promise<unknown>): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/search/index.json')) requests.push(new URL(request.url()).pathname);
  });
  await act();
  return requests;
}

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
    expect(await first.locator('.kind-tag').textContent()).toMatch(/^(Inquiring line|Note|Stub note|Paper|Collection)$/);
    expect((await first.locator('.list-summary').textContent())!.length).toBeGreaterThan(20);
    expect(await page.locator('.search-status').textContent()).toMatch(/^\d+ results? for “exfiltration”\.$/);
    expect(await page.locator('.search-status').getAttribute('aria-live')).toBe('polite');
    const kinds = await items.locator('.kind-tag').allTextContents();
    expect(kinds).toContain('Inquiring line');
    expect(await items.locator('.kind-tag[data-kind="line"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('finds a word as it is being typed, and a word with a typo', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    const box = page.getByLabel(/Search every line/);
    await box.fill('exfiltr');
    const typed = await (await results(page)).count();
    await box.fill('exfiltratoin');
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toMatch(/for “exfiltratoin”/);
    expect(await page.locator('.search-list > li').count()).toBe(typed);
    await page.close();
  });

  it('shows twenty results at first and the rest on request', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=model`);
    await results(page);
    const count = Number(/^(\d+) results/.exec((await page.locator('.search-status').textContent())!)![1]);
    expect(count).toBeGreaterThan(20);
    expect(await page.locator('.search-list > li').count()).toBe(20);
    const more = page.getByRole('button', { name: /^Show \d+ more$/ });
    await more.click();
    expect(await page.locator('.search-list > li').count()).toBe(Math.min(count, 40));
    expect(await more.isVisible()).toBe(count > 40);
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

  it('takes a query from the home page to the search page, fetching the index only once the box is used', async () => {
    const page = await browser.newPage();
    const box = page.getByLabel('Search the library');
    expect(await indexRequests(page, () => page.goto(server.url))).toEqual([]);
    expect(await indexRequests(page, async () => (await box.fill('sycophancy'), await results(page)))).toEqual([`${PREFIX}search/index.json`]);
    await Promise.all([page.waitForURL(/\/atlas\/search\/\?q=sycophancy$/), box.press('Enter')]);
    expect(await page.getByLabel(/Search every line/).inputValue()).toBe('sycophancy');
    await results(page);
    await page.close();
  });

  it('loads no index on the other pages: a record page, the 404 page (whose box just submits)', async () => {
    const page = await browser.newPage();
    const line = site.session.site().atlas.lines[0]!;
    expect(await indexRequests(page, () => page.goto(`${server.url}${line.url.slice(1)}`))).toEqual([]);
    await page.goto(`${server.url}no-such-page/`);
    const box = page.getByLabel('Search the library');
    expect(await indexRequests(page, () => box.fill('sycophancy').then(() => page.waitForTimeout(500)))).toEqual([]);
    await Promise.all([page.waitForURL(/\/atlas\/search\/\?q=sycophancy$/), box.press('Enter')]);
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
