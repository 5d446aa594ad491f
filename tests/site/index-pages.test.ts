/**
 * The index pages at a size where listing everything on one page would not do: a generated
 * corpus of 200 lines builds every list in pages of 100 with prev/next links and "page N of M",
 * no HTML page over 100 KB, a home page of short lists (newest, most cited) and the collections
 * with their sizes; the seeds and a library of notes alone get a home page that links what
 * they hold.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import type { Atlas } from '../../src/model.ts';
import { LIST_PAGE_SIZE, paginate } from '../../src/site/data/list-pages.ts';
import { listFiles } from '../support/read-page.ts';
import { loadPageTemplates, plannedPages } from '../../src/site/eleventy/page-templates.ts';
import { HOME_LIST_SIZE } from '../../src/site/pages/home.ts';
import { pageNumbers } from '../../src/site/components/pager.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { readPage } from '../support/read-page.ts';
import type { ScaleCorpus } from '../scale/scale-corpus.ts';
import { writeScaleCorpus } from '../scale/scale-corpus.ts';

const PAGE_LIMIT = 100 * 1024;

let corpus: ScaleCorpus;
let big: TestSite;
let bigAtlas: Atlas;
let seeds: TestSite;
let notesOnly: TestSite;

beforeAll(async () => {
  corpus = await writeScaleCorpus();
  [big, seeds, notesOnly] = await Promise.all([buildTestSite(corpus.dir), buildTestSite('seeds'), buildTestSite('tests/fixtures/site/notes-only')]);
  bigAtlas = big.session.site().atlas;
}, 300_000);
afterAll(async () => {
  await Promise.all([big?.remove(), seeds?.remove(), notesOnly?.remove(), corpus?.remove()]);
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
}

/** Follow `rel="next"` from `url` to the end; every page's url in order. */
function walk(site: TestSite, url: string): string[] {
  const urls = [url];
  for (;;) {
    const $ = readPage(site.outDir, urls.at(-1)!);
    const next = $('head link[rel="next"]').attr('href');
    if (!next) return urls;
    expect($('main a[rel="next"]').first().attr('href')).toBe(next);
    urls.push(next);
  }
}

describe('the lists in pages', () => {
  it('writes no HTML page over 100 KB', () => {
    const heavy = htmlFiles(big.outDir).filter((f) => statSync(f).size > PAGE_LIMIT);
    expect(heavy).toEqual([]);
  });

  it.each([
    ['/inquiring-lines/', (): string[] | null => bigAtlas.lines.map((l) => l.url)],
    ['/notes/', (): string[] | null => [...bigAtlas.notes.filter((n) => !n.stub), ...bigAtlas.notes.filter((n) => n.stub)].map((n) => n.url)],
    ['/papers/', (): string[] | null => null],
    ['/stale/', (): string[] | null => null],
  ] as const)('%s: pages of 100 linked by prev/next, every entry once, "page N of M"', (first, expected) => {
    const urls = walk(big, first);
    const count = urls.length;
    urls.forEach((url, i) => expect(url).toBe(i === 0 ? first : `${first}${i + 1}/`));
    const listed: string[] = [];
    urls.forEach((url, i) => {
      const $ = readPage(big.outDir, url);
      const entries = $('main [data-filter-list]').attr('data-filter-list');
      expect(entries).toBeTruthy();
      const links = $(`#${entries} li > a:first-child`)
        .toArray()
        .map((a) => $(a).attr('href')!);
      expect(links.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      if (i < count - 1) expect(links).toHaveLength(LIST_PAGE_SIZE);
      listed.push(...links);
      if (count > 1) {
        expect($('.pager-status').first().text()).toContain(`Page ${i + 1} of ${count}`);
        expect($('.pager a[aria-current="page"]').first().text()).toBe(String(i + 1));
      }
      const prev = $('head link[rel="prev"]').attr('href');
      expect(prev).toBe(i === 0 ? undefined : urls[i - 1]);
      if (i > 0) expect($('h1').text()).toContain(`page ${i + 1} of ${count}`);
      expect($('link[rel="canonical"]').attr('href')).toBe(url);
    });
    expect(new Set(listed).size).toBe(listed.length);
    const want = expected();
    if (want) expect(listed).toEqual(want);
    if (first === '/papers/') expect(listed.sort()).toEqual(bigAtlas.papers.map((p) => p.url).sort());
    if (first === '/stale/')
      expect(listed.sort()).toEqual(
        bigAtlas.lines
          .filter((l) => l.prompt)
          .map((l) => l.url)
          .sort(),
      );
  });

  it('lists more than one page of lines and of lines to re-run at 200 lines', () => {
    for (const list of ['/inquiring-lines/', '/stale/']) expect(walk(big, list).length, list).toBeGreaterThan(1);
  });

  it('numbers the pages with the first, the last and two either side, gaps as 0', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(6, 60)).toEqual([1, 0, 4, 5, 6, 7, 8, 0, 60]);
    expect(pageNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, 6, 0, 10]);
  });

  it('pages a list under page/ when a record has a page number for its slug', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(paginate('notes', items).map((p) => p.url)).toEqual(['/notes/', '/notes/2/', '/notes/3/']);
    const nested = paginate('notes', items, 100, new Set(['/notes/3/']));
    expect(nested.map((p) => p.url)).toEqual(['/notes/', '/notes/page/2/', '/notes/page/3/']);
    expect(nested[1]!.urls).toEqual(nested.map((p) => p.url));
    expect(paginate('notes', [])).toMatchObject([{ url: '/notes/', count: 1, total: 0, items: [] }]);
  });

  it('plans exactly the pages Eleventy writes, list pages included (what the pages emitter keys)', async () => {
    const planned = plannedPages(big.session.site(), await loadPageTemplates()).map((p) => p.outputPath);
    expect(planned).toContain('inquiring-lines/2/index.html');
    expect(new Set(planned).size).toBe(planned.length);
    const written = listFiles(big.outDir).filter((f) => f.endsWith('.html') || f.endsWith('.xml'));
    expect([...planned].sort()).toEqual(written.sort());
  });

  it('puts every list page in the sitemap', () => {
    const sitemap = readFileSync(path.join(big.outDir, 'sitemap.xml'), 'utf8');
    for (const list of ['/inquiring-lines/', '/notes/', '/papers/', '/stale/']) {
      for (const url of walk(big, list)) expect(sitemap).toContain(`<loc>${url}</loc>`);
    }
  });

  it('renders the filter box hidden, for the script to show, and loads the script', () => {
    const $ = readPage(big.outDir, '/inquiring-lines/2/');
    expect($('.list-filter').attr('hidden')).toBeDefined();
    expect($('script[src="/assets/filter-list.js"]')).toHaveLength(1);
  });
});

describe('the home page', () => {
  it('shows the newest and the most cited lines, ten each, and every collection with its size', () => {
    const $ = readPage(big.outDir, '/');
    const newest = $('#newest-title').closest('section').find('li > a').toArray();
    const cited = $('#most-cited-title').closest('section').find('li > a').toArray();
    expect(newest).toHaveLength(HOME_LIST_SIZE);
    expect(cited).toHaveLength(HOME_LIST_SIZE);
    const dates = $('#newest-title')
      .closest('section')
      .find('time')
      .toArray()
      .map((t) => $(t).text());
    expect(dates).toEqual([...dates].sort().reverse());
    const counts = $('#most-cited-title')
      .closest('section')
      .find('.list-meta')
      .toArray()
      .map((m) => parseInt($(m).text(), 10));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(0);
    for (const c of bigAtlas.collections) {
      const link = $(`.home-collections a[href="${c.url}"]`);
      expect(link.text()).toBe(c.name);
      expect(link.next('.list-meta').text()).toBe(`${c.notes.length} ${c.notes.length === 1 ? 'note' : 'notes'}`);
    }
    expect($('a[href="/inquiring-lines/"]').length).toBeGreaterThan(0);
    expect($('main li')).not.toHaveLength(bigAtlas.lines.length);
  });

  it('links the seeds lines and the lists from the header', () => {
    const $ = readPage(seeds.outDir, '/');
    const atlas = seeds.session.site().atlas;
    for (const line of atlas.lines) expect($(`#newest-title ~ ol a[href="${line.url}"]`).text()).toBe(line.title);
    const nav = $('header nav a')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(nav).toEqual(['/inquiring-lines/', '/notes/', '/collections/', '/papers/', '/network/', '/search/']);
  });

  it('shows the notes of a library without inquiring lines', () => {
    const $ = readPage(notesOnly.outDir, '/');
    const atlas = notesOnly.session.site().atlas;
    expect(atlas.lines).toHaveLength(0);
    expect($('main').text()).not.toContain('No inquiring lines');
    const linked = new Set(
      $('.home-list a')
        .toArray()
        .map((a) => $(a).attr('href')),
    );
    for (const note of atlas.notes.filter((n) => !n.stub)) expect(linked.has(note.url), note.url).toBe(true);
    expect($('#most-cited-title').text()).toBe('Most cited notes');
    expect($('a[href="/notes/"]').length).toBeGreaterThan(0);
    const notes = cheerio.load(readFileSync(path.join(notesOnly.outDir, 'notes/index.html'), 'utf8'));
    expect(notes('#note-list > li')).toHaveLength(atlas.notes.length);
  });

  it('links a favicon that exists, and /favicon.ico', () => {
    const $ = readPage(seeds.outDir, '/');
    expect($('link[rel="icon"]').attr('href')).toBe('/favicon.svg');
    expect(readFileSync(path.join(seeds.outDir, 'favicon.svg'), 'utf8')).toContain('<svg');
    // An ICO holding one PNG: reserved 0, type 1, one image.
    const ico = readFileSync(path.join(seeds.outDir, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
  });
});

describe('accessibility of the list pages', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(big.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no axe violations on the home page and a middle page of each list, light and dark', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const urls = ['/', '/inquiring-lines/2/', '/stale/2/', '/papers/', '/notes/'];
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const url of urls) {
        await page.goto(server.url + url.slice(1));
        await page.locator('.list-filter:not([hidden]), #home-title').first().waitFor();
        await page.addScriptTag({ content: axeSource });
        const found = await page.evaluate(async () => {
          type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
          const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag22aa', 'best-practice'], resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        violations.push(...found.map((v) => `${scheme} ${url} ${v}`));
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  });
});
