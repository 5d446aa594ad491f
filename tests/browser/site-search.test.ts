/**
 * Search in a real browser, on the seeds built under a path prefix: type a word on `/search/`,
 * see results with their kind, title and the passage that matched (words marked), follow one;
 * quoted phrases; the filters by kind and collection, in the address too; the home page's box
 * leads there. The index is fetched from inside the prefix, only where a reader searches, and a
 * query fetches the manifest and a bounded set of shards and documents, never the whole index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';
import { launchBrowser } from '../support/browser.ts';
import { listFiles } from '../support/read-page.ts';

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

/** Requests for files of the search index (manifest, shards, documents) a page makes while `act` runs. */
async function indexRequests(page: Page, act: () => Promise<unknown>): Promise<string[]> {
  const requests: string[] = [];
  const listener = (request: { url(): string }) => {
    const { pathname } = new URL(request.url());
    if (/\/search\/(index\.json|[tpd]\/)/.test(pathname)) requests.push(pathname);
  };
  page.on('request', listener);
  await act();
  page.off('request', listener);
  return requests;
}

async function results(page: Page) {
  const items = page.locator('.search-list > li');
  await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return items;
}

async function statusFor(page: Page, query: string) {
  await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toContain(`for “${query}”`);
}

describe('search', () => {
  it('finds a word on /search/ and shows kind, title and the passage that matched, its words marked', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await page.getByLabel(/Search every line/).fill('exfiltration');
    const items = await results(page);
    const first = items.first();
    expect(await first.locator('.kind-tag').textContent()).toMatch(/^(Inquiring line|Note|Stub note|Paper|Collection)$/);
    expect((await first.locator('.search-passage').textContent())!.length).toBeGreaterThan(20);
    expect(await page.locator('.search-status').textContent()).toMatch(/^\d+ results? for “exfiltration”\.$/);
    expect(await page.locator('.search-status').getAttribute('aria-live')).toBe('polite');
    const kinds = await items.locator('.kind-tag').allTextContents();
    expect(kinds).toContain('Inquiring line');
    expect(await items.locator('.kind-tag[data-kind="line"]').count()).toBeGreaterThan(0);
    // Every result marks the word somewhere: in its title or its passage.
    for (const item of await items.all()) expect((await item.locator('mark').allTextContents()).map((m) => m.toLowerCase())).toContain('exfiltration');
    await page.close();
  });

  it('finds a word only a body says, hundreds of words in, and follows it to its page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=inoculation`);
    const items = await results(page);
    const first = items.first();
    const marks = await first.locator('.search-passage mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('inoculation');
    expect(await first.locator('.search-passage').textContent()).toMatch(/inoculation prompting/i);
    const link = first.locator('a');
    const href = await link.getAttribute('href');
    expect(href!.startsWith(PREFIX)).toBe(true);
    await Promise.all([page.waitForURL((url) => url.pathname === href), link.click()]);
    expect(await page.locator('main').textContent()).toMatch(/inoculation/i);
    await page.close();
  });

  it('marks only text: a result built from the index never makes elements of it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=model`);
    const items = await results(page);
    // Inside a result: the kind, the link and the passage, and no element besides <mark>.
    const tags = await items.evaluateAll((lis) => [...new Set(lis.flatMap((li) => [...li.querySelectorAll('*')].map((e) => e.tagName.toLowerCase())))].sort());
    expect(tags.every((t) => ['a', 'mark', 'p', 'span'].includes(t))).toBe(true);
    await page.close();
  });

  it('finds a word as it is being typed, and a word with a typo', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    const box = page.getByLabel(/Search every line/);
    await box.fill('exfiltr');
    const typed = await (await results(page)).count();
    await box.fill('exfiltratoin');
    await statusFor(page, 'exfiltratoin');
    expect(await page.locator('.search-list > li').count()).toBe(typed);
    await page.close();
  });

  it('matches a quoted phrase as a phrase, marked as one', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('"peer preservation"')}`);
    const items = await results(page);
    const phraseCount = await items.count();
    for (const item of await items.all()) {
      const marks = (await item.locator('mark').allTextContents()).map((m) => m.toLowerCase().replace(/[\s-]+/g, ' '));
      expect(marks).toContain('peer preservation');
    }
    // The words apart, in any order, find at least as many.
    await page.getByLabel(/Search every line/).fill('preservation peer');
    await statusFor(page, 'preservation peer');
    const count = Number(/^(\d+) results/.exec((await page.locator('.search-status').textContent())!)![1]);
    expect(count).toBeGreaterThanOrEqual(phraseCount);
    await page.close();
  });

  it('filters by kind and collection, and keeps the query and filters in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=model`);
    await results(page);
    const all = Number(/^(\d+) results/.exec((await page.locator('.search-status').textContent())!)![1]);
    await page.getByLabel('Kind', { exact: true }).selectOption('note');
    await expect.poll(() => page.url()).toMatch(/\?q=model&kind=note$/);
    await expect.poll(async () => Number(/^(\d+) result/.exec((await page.locator('.search-status').textContent()) ?? '')?.[1] ?? -1)).toBeLessThan(all);
    const kinds = await page.locator('.search-list .kind-tag').evaluateAll((tags) => tags.map((t) => (t as HTMLElement).dataset.kind));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k === 'note' || k === 'stub')).toBe(true);

    const collection = site.session.site().atlas.collections[0]!;
    await page.getByLabel('Kind', { exact: true }).selectOption('');
    await page.getByLabel('Collection', { exact: true }).selectOption(collection.slug);
    await expect.poll(() => page.url()).toMatch(new RegExp(`\\?q=model&collection=${collection.slug}$`));
    await results(page);
    const inCollection = new Set(['/' + collection.url.slice(1), ...collection.notes.map((id) => site.session.site().record(id)!.url)].map((u) => PREFIX + u.slice(1)));
    const hrefs = await page.locator('.search-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => inCollection.has(h!))).toBe(true);

    // The address alone gives the same page.
    await page.goto(`${server.url}search/?q=model&kind=note&collection=${collection.slug}`);
    await results(page);
    expect(await page.getByLabel('Kind', { exact: true }).inputValue()).toBe('note');
    expect(await page.getByLabel('Collection', { exact: true }).inputValue()).toBe(collection.slug);
    await page.close();
  });

  it('fetches for a query the manifest, a few shards and the documents shown, never the whole index', async () => {
    const page = await browser.newPage();
    const files = listFiles(site.outDir).filter((f) => /^search\/[tpd]\//.test(f));
    const requests = await indexRequests(page, async () => {
      await page.goto(`${server.url}search/?q=${encodeURIComponent('inoculation "reward hacking"')}`);
      await results(page);
    });
    const shown = await page.locator('.search-list > li').count();
    const shards = requests.filter((r) => /\/search\/[tp]\//.test(r));
    const documents = requests.filter((r) => r.includes('/search/d/'));
    expect(requests.filter((r) => r.endsWith('/search/index.json'))).toHaveLength(1);
    // One shard per word looked up, at most: "inoculation", the pair "reward hacking".
    expect(shards.length).toBeLessThanOrEqual(2);
    expect(documents).toHaveLength(shown);
    expect(requests.length).toBeLessThan(files.length);
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
    await expect.poll(() => page.locator('.search-list > li').count()).toBe(Math.min(count, 40));
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
    const used = await indexRequests(page, async () => (await box.fill('sycophancy'), await results(page)));
    expect(used[0]).toBe(`${PREFIX}search/index.json`);
    expect(used.every((r) => r.startsWith(`${PREFIX}search/`))).toBe(true);
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
