/**
 * The seeds' site, page by page: every page type exists, and each page shows what its record
 * says — mentions as links to the right pages, every source with its summary, the exact copy
 * text, stubs with their testimony, the local graph markup the graph client expects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import * as cheerio from 'cheerio';
import type { Atlas } from '../../src/model.ts';
import { mentionTargets } from '../../src/resolve/graph.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { expectNeighboursLinked, inlineGraph } from '../support/local-graph-links.ts';
import { listFiles, pageExists, readPage, readPageText } from '../support/read-page.ts';

let site: TestSite;
let atlas: Atlas;

beforeAll(async () => {
  site = await buildTestSite('seeds');
  atlas = site.session.site().atlas;
});
afterAll(() => site?.remove());

const records = () => [...atlas.lines, ...atlas.notes, ...atlas.papers, ...atlas.collections];
const byId = (id: string) => records().find((r) => r.id === id)!;

/** The exact text the Copy button copies: its source element's value or link's `q`. */
function copyText($: CheerioAPI): string | undefined {
  const id = $('button[data-copy-prompt]').attr('data-copy-prompt');
  const source = $(`[id="${id}"]`);
  if (source.is('textarea')) return source.text();
  const href = source.attr('href');
  return href === undefined ? undefined : (new URL(href).searchParams.get('q') ?? undefined);
}

describe('seeds site', () => {
  it('has the seeds: three lines with prompts, notes and stubs, papers, a collection', () => {
    expect(atlas.lines).toHaveLength(3);
    expect(atlas.lines.every((l) => l.prompt)).toBe(true);
    expect(atlas.notes.some((n) => n.stub)).toBe(true);
    expect(atlas.notes.some((n) => !n.stub)).toBe(true);
    expect(atlas.papers.length).toBeGreaterThan(0);
    expect(atlas.collections.length).toBeGreaterThan(0);
  });

  it('writes every page type', () => {
    for (const url of [
      '/',
      '/inquiring-lines/',
      '/notes/',
      '/papers/',
      '/stale/',
      '/collections/',
      '/network/',
      '/search/',
      '/404.html',
      '/sitemap.xml',
      '/feed.xml',
      '/graph.json',
      '/favicon.svg',
      '/favicon.ico',
    ]) {
      expect(pageExists(site.outDir, url), url).toBe(true);
    }
    for (const record of records()) {
      expect(pageExists(site.outDir, record.url), record.url).toBe(true);
      // The local graph's data is in the page: no file per record besides the page and its twin.
      expect(pageExists(site.outDir, `${record.url}graph.json`), `${record.url}graph.json`).toBe(false);
    }
    for (const asset of ['/assets/site.css', '/assets/copy-prompt.js', '/assets/search.js', '/search/index.json']) {
      expect(pageExists(site.outDir, asset), asset).toBe(true);
    }
  });

  it('links every mention in a synthesis to its target, with the target summary as preview', () => {
    for (const line of atlas.lines) {
      const $ = readPage(site.outDir, line.url);
      const expected = mentionTargets(line.body);
      expect(expected.length).toBeGreaterThan(0);
      const links = $('.synthesis a.mention').toArray();
      expect(links.map((a) => $(a).attr('data-target'))).toEqual(expected);
      for (const a of links) {
        const target = byId($(a).attr('data-target')!);
        expect($(a).attr('href')).toBe(target.url);
        const preview = $(`[id="${$(a).attr('aria-describedby')}"]`);
        expect(preview.attr('role')).toBe('tooltip');
        expect(preview.text()).toBe(site.session.site().plain(site.session.site().summaryOf(target.id)!));
      }
    }
  });

  it('lists every source of a line with its title, link and summary', () => {
    for (const line of atlas.lines) {
      const $ = readPage(site.outDir, line.url);
      expect($('#sources-title').text()).toBe(`Sources · ${line.sources.length} notes`);
      const items = $('.source-list > li').toArray();
      expect(items).toHaveLength(line.sources.length);
      line.sources.forEach((source, i) => {
        const item = $(items[i]);
        expect(item.find('.source-title a').text()).toBe(source.title);
        expect(item.find('.source-title a').attr('href')).toBe(byId(source.target).url);
        expect(item.find('.source-summary').text()).toBe(source.summary);
      });
    }
    expect(readPage(site.outDir, atlas.lines.find((l) => l.title.startsWith('How do training regimes'))!.url)('#sources-title').text()).toBe('Sources · 7 notes');
  });

  it('puts the exact copy text of each prompt in the page', () => {
    for (const line of atlas.lines) {
      const $ = readPage(site.outDir, line.url);
      expect(copyText($)).toBe(line.prompt!.text);
      expect(line.prompt!.text.startsWith('You are')).toBe(true);
      expect(line.prompt!.text).toContain('\n');
    }
  });

  it('renders the research prompt collapsed, with intro, paper links and LLM links', () => {
    for (const line of atlas.lines) {
      const $ = readPage(site.outDir, line.url);
      const prompt = line.prompt!;
      expect($('.research-prompt details.prompt').attr('open')).toBeUndefined();
      expect($('.research-prompt summary').text()).toMatch(/Expand/);
      expect($('.prompt-intro').text()).toBe(prompt.intro);
      expect($('.copy-status').attr('aria-live')).toBe('polite');
      for (const paper of prompt.papers) {
        expect($(`.prompt-display a[href="${byId(paper.target).url}"]`).text()).toBe(`arXiv:${paper.arxivId}`);
      }
      const chatgpt = $('a.llm-link[href^="https://chatgpt.com/?q="]');
      // The prompt is in the page once: the second link takes it from the first when the script runs.
      const claude = $('a.llm-link[href="https://claude.ai/new"][data-prompt-from="prompt-chatgpt"]');
      for (const link of [chatgpt, claude]) {
        expect(link).toHaveLength(1);
        expect(link.attr('target')).toBe('_blank');
        expect(link.attr('rel')).toBe('noopener');
      }
      expect(new URL(chatgpt.attr('href')!).searchParams.get('q')).toBe(prompt.text);
    }
  });

  it('offers next lines: listed ones, else suggestions', () => {
    for (const line of atlas.lines) {
      const $ = readPage(site.outDir, line.url);
      const ids = line.next.length > 0 ? line.next.map((n) => n.target) : line.suggestedNext;
      if (ids.length === 0) continue;
      const hrefs = $('.next-lines a')
        .toArray()
        .map((a) => $(a).attr('href'));
      expect(hrefs).toEqual(ids.filter((id) => id !== null).map((id) => byId(id).url));
    }
  });

  it('renders a full note: body lists as lists, collection, related with relations, referrers, original title', () => {
    const note = atlas.notes.find((n) => !n.stub && n.related.length > 0)!;
    const $ = readPage(site.outDir, note.url);
    expect($('h1').text()).toBe(note.title);
    expect($('.note-body ul > li')).toHaveLength(3);
    expect($('.sourced-from a').attr('href')).toBe(byId(note.collectionId!).url);
    const related = $('.related-list > li').toArray();
    expect(related).toHaveLength(note.related.length);
    note.related.forEach((r, i) => {
      expect($(related[i]).find('a').attr('href')).toBe(byId(r.target).url);
      expect($(related[i]).find('.relation').text()).toBe(r.relation);
    });
    const referrers = $('.referenced-by a')
      .toArray()
      .map((a) => $(a).attr('href'))
      .sort();
    const expected = [...new Set(atlas.graph.edges.filter((e) => e.target === note.id && /^(line|note):/.test(e.source)).map((e) => byId(e.source).url))].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(referrers).toEqual(expected);
    expect($('.original-title p').text()).toBe(note.originalTitle);
  });

  it('gives every stub a page with what each referrer said of it', () => {
    const stubs = atlas.notes.filter((n) => n.stub);
    expect(stubs.length).toBeGreaterThan(0);
    for (const stub of stubs) {
      const $ = readPage(site.outDir, stub.url);
      expect($('h1').text()).toBe(stub.title);
      expect($('.stub-explainer').text()).toMatch(/known because other records name it/);
      const items = $('.testimony-list > li').toArray();
      expect(items).toHaveLength(stub.testimony.length);
      stub.testimony.forEach((t, i) => {
        expect($(items[i]).find('.testimony-from a').attr('href')).toBe(byId(t.from).url);
        expect($(items[i]).find('blockquote').text()).toBe(t.text);
      });
    }
  });

  it('renders paper pages with the citation, the citing lines and the arXiv link', () => {
    for (const paper of atlas.papers) {
      const $ = readPage(site.outDir, paper.url);
      expect($('h1').text()).toBe(paper.title);
      expect($('a.arxiv-link').attr('href')).toBe(`https://arxiv.org/abs/${paper.arxivId}`);
      if (paper.date) expect($('.deck').text()).toContain(paper.date);
      const citing = $('main .record-list a')
        .toArray()
        .map((a) => $(a).attr('href'));
      expect(citing).toEqual(paper.citedBy.map((id) => byId(id).url));
    }
    const $ = readPage(site.outDir, '/papers/');
    expect($('.paper-list > li')).toHaveLength(atlas.papers.length);
  });

  it('renders the home page: lines with summaries, counts, a search form, the network link', () => {
    const $ = readPage(site.outDir, '/');
    const lines = $('#newest-title ~ ol > li').toArray();
    expect(lines).toHaveLength(atlas.lines.length);
    for (const line of atlas.lines) {
      expect($(`#newest-title ~ ol a[href="${line.url}"]`).text()).toBe(line.title);
      expect($(`#newest-title ~ ol a[href="${line.url}"]`).closest('li').find('.list-summary').text().length).toBeGreaterThan(0);
    }
    expect($('.counts').text()).toContain(`${atlas.lines.length} inquiring lines`);
    expect($('form.search-form').attr('action')).toBe('/search/');
    expect($('form.search-form').attr('method')).toBe('get');
    expect($('form.search-form input[name="q"]')).toHaveLength(1);
    expect($('a[href="/network/"]').length).toBeGreaterThan(0);
    for (const c of atlas.collections) expect($(`a[href="${c.url}"]`).length).toBeGreaterThan(0);
  });

  it('renders the local graph markup of the site ⇄ graph contract on every record page', () => {
    for (const record of records()) {
      const $ = readPage(site.outDir, record.url);
      const view = $('.local-graph [data-local-graph]');
      expect(view.attr('data-center')).toBe(record.id);
      expect(view.attr('data-src')).toBeUndefined();
      const inline = inlineGraph($)!;
      expect(inline.center).toBe(record.id);
      for (const url of inline.urls) expect(pageExists(site.outDir, url), url).toBe(true);
      // Without script nothing to click that does nothing: the hint and the buttons come with it.
      expect($('.local-graph .local-graph-help, .local-graph button')).toHaveLength(0);
      expect($(`main a[href="#local-graph-title"]`)).toHaveLength(1);
      expect(view.attr('data-base')).toBe('/');
      expect(view.attr('data-network')).toBe('/network/');
      expect($('.local-graph a.open-network').attr('href')).toBe(`/network/?focus=${encodeURIComponent(record.id)}`);
      const neighbours = new Set(atlas.graph.edges.flatMap((e) => (e.source === record.id ? [e.target] : e.target === record.id ? [e.source] : [])));
      // Every neighbour is a link without script: in the list, or in the article above it.
      expectNeighboursLinked(
        $,
        [...neighbours].map((id) => byId(id).url),
      );
      expect($('script[src="/assets/local-graph.js"]')).toHaveLength(1);
    }
    const $ = readPage(site.outDir, '/network/');
    expect($('main [data-network]').attr('data-src')).toBe('/graph.json');
    expect($('main [data-network]').attr('data-base')).toBe('/');
    expect($('script[src="/assets/network.js"]')).toHaveLength(1);
  });

  it('loads each script only on the pages that use it', () => {
    const scriptsOf = (url: string) => {
      const $ = readPage(site.outDir, url);
      return $('script[src]')
        .toArray()
        .map((s) => $(s).attr('src'))
        .sort();
    };
    expect(scriptsOf(atlas.lines[0]!.url)).toEqual(['/assets/copy-prompt.js', '/assets/local-graph.js']);
    expect(scriptsOf(atlas.notes[0]!.url)).toEqual(['/assets/copy-prompt.js', '/assets/local-graph.js']);
    expect(scriptsOf('/')).toEqual(['/assets/search.js']);
    expect(scriptsOf('/search/')).toEqual(['/assets/search.js']);
    expect(scriptsOf('/404.html')).toEqual([]);
    expect(scriptsOf('/network/')).toEqual(['/assets/network.js']);
    expect(scriptsOf('/papers/')).toEqual(['/assets/filter-list.js', '/assets/sort-papers.js']);
    for (const list of ['/inquiring-lines/', '/notes/', '/stale/']) expect(scriptsOf(list)).toEqual(['/assets/filter-list.js']);
  });

  it('has no inline scripts, event handler attributes or script urls anywhere', () => {
    for (const file of listFiles(site.outDir).filter((f) => f.endsWith('.html'))) {
      const $ = cheerio.load(readPageText(site.outDir, `/${file}`));
      // JSON-LD and the local graph's data are data, never run: the only scripts without a src.
      expect($('script:not([src]):not([type="application/ld+json"]):not([type="application/json"][data-local-graph-data])'), file).toHaveLength(0);
      for (const el of $('*').toArray()) {
        for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
          expect(name.startsWith('on'), `${file}: ${name}`).toBe(false);
          expect(/^\s*(javascript|data|vbscript):/i.test(value), `${file}: ${name}=${value}`).toBe(false);
        }
      }
    }
  });

  it('lists every page in the sitemap and every line in the feed', () => {
    const sitemap = cheerio.load(readPageText(site.outDir, '/sitemap.xml'), { xml: true });
    const locs = sitemap('loc')
      .toArray()
      .map((l) => sitemap(l).text());
    for (const record of records()) expect(locs).toContain(record.url);
    const feed = cheerio.load(readPageText(site.outDir, '/feed.xml'), { xml: true });
    expect(feed('entry')).toHaveLength(atlas.lines.length);
    for (const line of atlas.lines) expect(feed(`entry link[href="${line.url}"]`)).toHaveLength(1);
  });

  it('names the search index only on the pages that search in place, and indexes every record', () => {
    const indexUrl = (url: string) => readPage(site.outDir, url)('form.search-form').attr('data-index');
    expect(indexUrl('/search/')).toBe('/search/index.json');
    expect(indexUrl('/')).toBe('/search/index.json');
    expect(indexUrl('/404.html')).toBeUndefined();
    expect(readPage(site.outDir, '/404.html')('form.search-form').attr('action')).toBe('/search/');
    const manifest = JSON.parse(readPageText(site.outDir, '/search/index.json')) as { documents: number };
    expect(manifest.documents).toBe(records().length);
    const urls = Array.from({ length: manifest.documents }, (_, n) => readPageText(site.outDir, `/search/d/${n}.txt`).split('\n')[0]);
    expect(urls).toEqual(records().map((r) => r.url));
    for (const page of listFiles(site.outDir).filter((f) => f.endsWith('.html'))) expect(readPageText(site.outDir, `/${page}`), page).not.toMatch(/pagefind/i);
  });

  it('reports no diagnostics and no build errors for the seeds', () => {
    expect(site.session.buildErrors).toEqual([]);
    expect(site.session.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
