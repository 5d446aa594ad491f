/**
 * The page functions over a hand-made atlas, without Eleventy: settings that change the markup
 * (no LLM links, a path prefix), and well-formedness the build relies on (unique ids).
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { defaultSiteConfig } from '../../src/config/site-config.ts';
import { SiteData } from '../../src/site/data/site-data.ts';
import { renderInquiringLinePage } from '../../src/site/pages/inquiring-line.ts';
import { renderNotePage } from '../../src/site/pages/note.ts';
import { handMadeAtlas, HOSTILE_TITLE, PROMPT_TEXT } from '../fixtures/site/hand-made-atlas.ts';

const { atlas } = handMadeAtlas();
const site = (config = {}) => new SiteData(atlas, { ...defaultSiteConfig, ...config });
const line = atlas.lines.find((l) => l.id === 'line:training')!;

describe('inquiring line page', () => {
  it('keeps the copy text in a hidden textarea when no LLM links are configured', () => {
    const $ = cheerio.load(renderInquiringLinePage(site({ llmLinks: [] }), line));
    expect($('a.llm-link')).toHaveLength(0);
    const id = $('button[data-copy-prompt]').attr('data-copy-prompt')!;
    const textarea = $(`textarea[id="${id}"]`);
    expect(textarea.attr('hidden')).toBeDefined();
    expect(textarea.text()).toBe(PROMPT_TEXT);
  });

  it('offers only the configured LLM links, in order', () => {
    const $ = cheerio.load(renderInquiringLinePage(site({ llmLinks: ['claude'] }), line));
    expect(
      $('a.llm-link')
        .toArray()
        .map((a) => $(a).text()),
    ).toEqual(['Open in Claude (new tab)']);
    expect($('button[data-copy-prompt]').attr('data-copy-prompt')).toBe('prompt-claude');
  });

  it('has unique ids, and every aria reference points at one', () => {
    const $ = cheerio.load(renderInquiringLinePage(site(), line));
    const ids = $('[id]')
      .toArray()
      .map((el) => $(el).attr('id'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const attr of ['aria-describedby', 'aria-labelledby']) {
      for (const el of $(`[${attr}]`).toArray()) expect(ids).toContain($(el).attr(attr));
    }
    expect($('.mention-preview')).toHaveLength(3);
  });

  it('shows unresolved next lines as text and linked ones as links', () => {
    const $ = cheerio.load(renderInquiringLinePage(site(), line));
    expect($('.next-lines a').attr('href')).toBe('/inquiring-lines/peer/');
    expect($('.next-lines .unresolved').text()).toBe('A line nobody wrote');
  });

  it('offers suggested next lines when the file names none', () => {
    const peer = atlas.lines.find((l) => l.id === 'line:peer')!;
    const $ = cheerio.load(renderInquiringLinePage(site(), peer));
    expect($('.next-note').text()).toMatch(/share the most sources/);
    expect($('.next-lines a').attr('href')).toBe(line.url);
  });

  it('prefixes every internal url with the path prefix', () => {
    const $ = cheerio.load(renderInquiringLinePage(site({ pathPrefix: '/x/' }), line));
    const urls = $('[href], [src]')
      .toArray()
      .map((el) => $(el).attr('href') ?? $(el).attr('src')!);
    expect(urls.filter((u) => u.startsWith('/') && !u.startsWith('/x/'))).toEqual([]);
  });
});

describe('note page', () => {
  it('shows a stub with its testimony and does not repeat it as a deck', () => {
    const stub = atlas.notes.find((n) => n.stub)!;
    const $ = cheerio.load(renderNotePage(site(), stub));
    expect($('.kind-label').text()).toBe('Note · known by reference');
    expect($('.testimony-list > li')).toHaveLength(2);
    expect($('.testimony-list .relation').text()).toBe('(peer presence amplifies goal guarding)');
    expect($('.testimony-list blockquote p').first().text()).toBe(stub.testimony[0]!.text);
  });

  it('escapes a hostile title everywhere it appears', () => {
    const hostile = atlas.notes.find((n) => n.title === HOSTILE_TITLE)!;
    const page = renderNotePage(site(), hostile);
    expect(page).not.toContain('<script>alert');
    const $ = cheerio.load(page);
    expect($('h1').text()).toBe(HOSTILE_TITLE);
    expect($('.note-body').text()).toContain('<img src=x onerror=alert(1)>');
  });
});
