/**
 * A site served from a folder: with `--path-prefix /atlas/` (or `pathPrefix` in the config file)
 * every internal url carries the prefix, so no link escapes the folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { defaultSiteConfig } from '../../src/config/site-config.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { listFiles, readPage, readPageText } from '../support/read-page.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'data-src', 'data-base', 'data-network', 'data-index'];

/** Every url-valued attribute of every HTML page, with where it was found. */
function urlsIn(outDir: string): { file: string; name: string; value: string }[] {
  const out: { file: string; name: string; value: string }[] = [];
  for (const file of listFiles(outDir).filter((f) => f.endsWith('.html'))) {
    const $ = cheerio.load(readPageText(outDir, `/${file}`));
    for (const name of URL_ATTRIBUTES) {
      $(`[${name}]`).each((_, el) => {
        // `data-network`/`data-local-graph` also mark elements, as empty (boolean) attributes.
        const value = $(el).attr(name)!;
        if (value !== '') out.push({ file, name, value });
      });
    }
  }
  return out;
}

describe('--path-prefix /atlas/ on the seeds', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite('seeds', { overrides: { pathPrefix: '/atlas/' } });
  });
  afterAll(() => site?.remove());

  it('prefixes every internal href, src, form action and data url', () => {
    const urls = urlsIn(site.outDir);
    expect(urls.length).toBeGreaterThan(500);
    const internal = urls.filter((u) => !/^(https?:|mailto:)/.test(u.value) && !u.value.startsWith('#'));
    expect(internal.length).toBeGreaterThan(400);
    const escaping = internal.filter((u) => !u.value.startsWith('/atlas/'));
    expect(escaping).toEqual([]);
  });

  it('prefixes mention links, paper links and the local graph data urls', () => {
    const line = site.session.site().atlas.lines[0]!;
    const $ = readPage(site.outDir, line.url);
    expect($('.synthesis a.mention').first().attr('href')).toMatch(/^\/atlas\/notes\//);
    expect($('.prompt-display a.paper-ref').first().attr('href')).toMatch(/^\/atlas\/papers\//);
    expect($('script[data-local-graph-data]').text()).toContain(JSON.stringify(line.id));
    expect($('[data-local-graph]').attr('data-base')).toBe('/atlas/');
    expect($('link[rel="stylesheet"]').attr('href')).toBe('/atlas/assets/site.css');
  });

  it('prefixes the sitemap and feed links, and leaves the graph data unprefixed (the client adds it)', () => {
    const sitemap = cheerio.load(readPageText(site.outDir, '/sitemap.xml'), { xml: true });
    const locs = sitemap('loc')
      .toArray()
      .map((l) => sitemap(l).text());
    expect(locs.every((l) => l.startsWith('/atlas/'))).toBe(true);
    const feed = cheerio.load(readPageText(site.outDir, '/feed.xml'), { xml: true });
    expect(
      feed('entry link')
        .toArray()
        .every((l) => feed(l).attr('href')!.startsWith('/atlas/')),
    ).toBe(true);
    const graph = JSON.parse(readPageText(site.outDir, '/graph.json')) as { nodes: unknown[][] };
    expect(graph.nodes.every((n) => typeof n[3] === 'string' && !n[3].startsWith('/atlas/'))).toBe(true);
  });
});

describe('settings from atlas.config.yml', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite('tests/fixtures/site/notes', { configFile: 'tests/fixtures/site/config/atlas.config.yml' });
  });
  afterAll(() => site?.remove());

  it('reads the documented example without a diagnostic', () => {
    expect(site.session.diagnostics.filter((d) => d.ruleId === 'site-config')).toEqual([]);
    expect(site.session.site().config).toEqual({
      ...defaultSiteConfig,
      title: 'Alignment Atlas',
      description: 'Research notes on peer-preservation, alignment faking and what training does to them.',
      baseUrl: 'https://example.org',
      pathPrefix: '/atlas/',
      language: 'en',
      llmLinks: ['chatgpt', 'claude'],
      today: '',
    });
  });

  it('uses title, description, base url and path prefix', () => {
    const $ = readPage(site.outDir, '/');
    expect($('title').text()).toBe('Alignment Atlas');
    expect($('.site-title').attr('href')).toBe('/atlas/');
    expect($('.intro .deck').text()).toBe('Research notes on peer-preservation, alignment faking and what training does to them.');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://example.org/atlas/');
    const escaping = urlsIn(site.outDir).filter((u) => u.value.startsWith('/') && !u.value.startsWith('/atlas/'));
    expect(escaping).toEqual([]);
    const sitemap = cheerio.load(readPageText(site.outDir, '/sitemap.xml'), { xml: true });
    expect(sitemap('loc').first().text()).toBe('https://example.org/atlas/');
  });
});
