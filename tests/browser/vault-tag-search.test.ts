/**
 * Tag pages are found by search: `/tags/<tag>/` is a document of kind "tag", found by the tag's
 * words (a nested tag's too) and not by the titles it lists; the kind filter offers "Tags", and
 * in a browser a result reads "Tag" and leads to the tag's page. Private notes' tags are absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import { searchDocuments } from '../../src/site/outputs/search-documents.ts';
import { siteSearchIndex } from '../../src/site/outputs/search-index.ts';
import { SearchEngine } from '../../src/wire/search-query.ts';
import type { SearchManifest } from '../../src/wire/search-schema.ts';
import { KIND_FILTERS } from '../../src/wire/search-schema.ts';
import { launchBrowser } from '../support/browser.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';

const VAULT = 'tests/fixtures/vault/tags';

describe('tag pages in the search index', () => {
  it('are documents of kind "tag", after the records, by the tag as written and its narrower tags', async () => {
    const { atlas } = await loadAtlas(VAULT);
    const documents = searchDocuments(atlas);
    const tags = documents.filter((d) => d.kind === 'tag');
    expect(documents.slice(-tags.length)).toEqual(tags);
    expect(tags.map((d) => d.url)).toEqual(expect.arrayContaining(['/tags/hobby/', '/tags/hobby/plants/', '/tags/outdoors/', '/tags/seasonal/']));
    const outdoors = tags.find((d) => d.url === '/tags/outdoors/')!;
    expect(outdoors.title).toBe('#outdoors');
    expect(outdoors.summary).toMatch(/^1 page tagged #outdoors, and 2 narrower tags\.$/);
    expect(outdoors.text).toContain('#outdoors/garden');
  });

  it('are found by the tag’s words, filtered by kind "tag", and not by what they list', async () => {
    const { atlas } = await loadAtlas(VAULT);
    const { files } = siteSearchIndex(atlas);
    const manifest = JSON.parse(files.get('search/index.json')!) as SearchManifest;
    const engine = new SearchEngine(manifest, (file) => Promise.resolve(files.get(`search/${file}`)!));
    const urls = async (query: string, kind = '') => Promise.all((await engine.search(query, { kind, collection: '' })).documents.map(async (n) => (await engine.document(n))[0]));
    expect(KIND_FILTERS.map((k) => k.value)).toContain('tag');
    // The tag itself first, then the broader tag that names it as narrower.
    expect(await urls('plants', 'tag')).toEqual(['/tags/hobby/plants/', '/tags/hobby/']);
    expect(await urls('seasonal', 'tag')).toEqual(['/tags/seasonal/']);
    // "Trails" is a title the tag page lists, not the tag's own word.
    expect(await urls('hills', 'tag')).toEqual([]);
    expect((await urls('hobby')).length).toBeGreaterThan(1);
  });
});

describe('tag search in a browser', () => {
  let site: TestSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildTestSite(VAULT);
    server = await serveStatic(site.outDir);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });

  it('shows a tag result labelled "Tag" under the "Tags" filter, leading to its page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=seasonal&kind=tag`);
    const items = page.locator('.search-list > li');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('tag');
    expect(await page.locator('select[name="kind"] option[value="tag"]').textContent()).toBe('Tags');
    const label = items.first().locator('.kind-tag');
    expect(await label.textContent()).toBe('Tag');
    expect(await label.getAttribute('data-kind')).toBe('tag');
    await items.first().locator('a').first().click();
    await page.waitForURL(/\/tags\/seasonal\/$/);
    expect(await page.locator('h1').textContent()).toBe('#seasonal');
    await page.close();
  }, 60_000);
});
