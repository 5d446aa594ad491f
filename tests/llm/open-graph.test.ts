/**
 * What a shared link and a search engine see: canonical url, Open Graph and Twitter tags on every
 * page, and JSON-LD (`Article` citing its arXiv papers as `ScholarlyArticle`s) on line and note
 * pages, which parses as JSON and survives hostile titles.
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { defaultSiteConfig } from '../../src/config/site-config.ts';
import { SiteData } from '../../src/site/data/site-data.ts';
import { renderInquiringLinePage } from '../../src/site/pages/inquiring-line.ts';
import { renderNotePage } from '../../src/site/pages/note.ts';
import { renderPapersIndexPage } from '../../src/site/pages/papers-index.ts';
import { renderNotFoundPage } from '../../src/site/pages/not-found.ts';
import { handMadeAtlas, HOSTILE_TITLE } from '../fixtures/site/hand-made-atlas.ts';

const { atlas } = handMadeAtlas();
const site = (config = {}) => new SiteData(atlas, { ...defaultSiteConfig, ...config });
const line = atlas.lines.find((l) => l.id === 'line:training')!;
const frontier = atlas.notes.find((n) => n.id === 'note:frontier')!;
const hostile = atlas.notes.find((n) => n.id === 'note:hostile')!;
const meta = ($: CheerioAPI, property: string) => $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');

function jsonLd($: CheerioAPI): Record<string, unknown> {
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts.text()) as Record<string, unknown>;
}

describe('Open Graph and canonical url', () => {
  it('gives a line page its title, description, type and address', () => {
    const $ = cheerio.load(renderInquiringLinePage(site({ baseUrl: 'https://example.org', pathPrefix: '/atlas/' }), line));
    expect(meta($, 'og:title')).toBe(line.title);
    expect(meta($, 'og:description')).toBe(line.summary);
    expect(meta($, 'og:type')).toBe('article');
    expect(meta($, 'og:site_name')).toBe('Inquiry Atlas');
    expect(meta($, 'og:url')).toBe('https://example.org/atlas/inquiring-lines/training/');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://example.org/atlas/inquiring-lines/training/');
    expect(meta($, 'twitter:card')).toBe('summary');
  });

  it('has no og:url without a base url, and a canonical path instead', () => {
    const $ = cheerio.load(renderNotePage(site({ pathPrefix: '/atlas/' }), frontier));
    expect(meta($, 'og:url')).toBeUndefined();
    expect($('link[rel="canonical"]').attr('href')).toBe('/atlas/notes/frontier/');
  });

  it('marks list pages as websites, and gives the 404 page no address', () => {
    expect(meta(cheerio.load(renderPapersIndexPage(site())), 'og:type')).toBe('website');
    const $ = cheerio.load(renderNotFoundPage(site({ baseUrl: 'https://example.org' })));
    expect($('link[rel="canonical"]')).toHaveLength(0);
    expect(meta($, 'og:url')).toBeUndefined();
  });

  it('escapes hostile titles and summaries in every tag', () => {
    const $ = cheerio.load(renderNotePage(site(), hostile));
    expect(meta($, 'og:title')).toBe(HOSTILE_TITLE);
    expect(meta($, 'og:description')).toBe('Summary with <b>tags</b> & ampersands & "quotes".');
    expect($('head script:not([src]):not([type="application/ld+json"])')).toHaveLength(0);
  });
});

describe('JSON-LD', () => {
  it("makes a line an Article citing its prompt's papers as ScholarlyArticles", () => {
    const data = jsonLd(cheerio.load(renderInquiringLinePage(site({ baseUrl: 'https://example.org' }), line)));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: line.title,
      description: line.summary,
      url: 'https://example.org/inquiring-lines/training/',
    });
    expect(data.citation).toEqual([
      { '@type': 'ScholarlyArticle', name: 'Why Do Some Language Models Fake Alignment', url: 'https://arxiv.org/abs/2506.18032', identifier: 'arXiv:2506.18032', datePublished: '2025-06' },
      { '@type': 'ScholarlyArticle', name: 'Too Good to be Bad & <Villains>', url: 'https://arxiv.org/abs/2511.04962', identifier: 'arXiv:2511.04962', datePublished: '2025' },
    ]);
  });

  it('cites the arXiv papers a note links to', () => {
    const data = jsonLd(cheerio.load(renderNotePage(site(), frontier)));
    expect(data['@type']).toBe('Article');
    expect(data.citation).toEqual([expect.objectContaining({ url: 'https://arxiv.org/abs/2506.18032' })]);
  });

  it('keeps hostile text inside the script element, and parses back to it', () => {
    const page = renderNotePage(site(), hostile);
    const script = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(page)![1]!;
    expect(script).not.toMatch(/[<>]/);
    expect(JSON.parse(script).headline).toBe(HOSTILE_TITLE);
  });
});

describe('preview text', () => {
  it('cuts a long deck at a word, under the preview length, and keeps a short one whole', async () => {
    const { previewText, PREVIEW_LENGTH } = await import('../../src/site/components/open-graph.ts');
    expect(previewText('A short deck.')).toBe('A short deck.');
    const long = 'word '.repeat(100).trim();
    const cut = previewText(long);
    expect(cut.length).toBeLessThanOrEqual(PREVIEW_LENGTH);
    expect(cut.endsWith('word…')).toBe(true);
    const $ = cheerio.load(renderInquiringLinePage(site(), { ...line, summary: long }));
    expect(meta($, 'og:description')).toBe(cut);
    expect($('meta[name="description"]').attr('content')).toBe(long);
    expect(jsonLd($).description).toBe(cut);
  });
});
