/**
 * A small notes folder with a Markdown line and note, a stub, and hostile input (`<script>`,
 * `&`, `"`, raw HTML, `javascript:` and `data:` links): everything shows as text, nothing runs,
 * and the build reports what it dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/model.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { readPage, readPageText } from '../support/read-page.ts';

let site: TestSite;
let atlas: Atlas;

beforeAll(async () => {
  site = await buildTestSite('tests/fixtures/site/notes');
  atlas = site.session.site().atlas;
});
afterAll(() => site?.remove());

const HOSTILE = 'Is <script>alert(1)</script> & "quoting" safe?';
const line = () => atlas.lines.find((l) => l.title === HOSTILE)!;
const note = () => atlas.notes.find((n) => n.title === 'Markdown notes & their "lists"')!;
const stub = () => atlas.notes.find((n) => n.stub)!;

describe('fixture site with hostile input', () => {
  it('shows titles with < > & " as text, in the page and in its attributes', () => {
    const text = readPageText(site.outDir, line().url);
    const $ = readPage(site.outDir, line().url);
    expect($('h1').text()).toBe(HOSTILE);
    expect($('title').text()).toBe(`${HOSTILE} · Inquiry Atlas`);
    expect(text).not.toContain('<script>alert');
    expect(text).toContain('Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoting&quot; safe?');
    expect($('meta[name="description"]').attr('content')).toBe('A deck with <b>tags</b>, an ampersand & "double quotes" in it.');
    expect($('.deck b')).toHaveLength(0);
    expect($('.deck').text()).toBe('A deck with <b>tags</b>, an ampersand & "double quotes" in it.');
    // The home page lists it, escaped the same way.
    const home = readPage(site.outDir, '/');
    expect(home(`a[href="${line().url}"]`).text()).toBe(HOSTILE);
    expect(readPageText(site.outDir, '/')).not.toContain('<script>alert');
  });

  it('shows raw HTML from a body as text, never as elements', () => {
    const $ = readPage(site.outDir, line().url);
    expect($('.synthesis').text()).toContain('Raw <img src=x onerror=alert(1)> HTML stays text');
    expect($('.synthesis').text()).toContain('<script>alert("body")</script>');
    expect($('.synthesis img, .synthesis script')).toHaveLength(0);
    expect($('script:not([src]):not([type="application/ld+json"]):not([type="application/json"][data-local-graph-data])')).toHaveLength(0);
  });

  it('drops javascript: and data: urls from Markdown links, keeps their text, and reports them', () => {
    const $ = readPage(site.outDir, note().url);
    const links = $('.note-body a')
      .toArray()
      .map((a) => ({ text: $(a).text(), href: $(a).attr('href') }));
    expect(links).toContainEqual({ text: 'safe link', href: 'https://example.org/page?a=1&b=2' });
    expect(links).toContainEqual({ text: 'bad link', href: undefined });
    expect(links).toContainEqual({ text: 'data link', href: undefined });
    const reported = site.session.diagnostics.filter((d) => d.ruleId === 'unsafe-url');
    expect(reported.map((d) => [d.file, d.line])).toEqual([
      ['markdown-note.md', 18],
      ['markdown-note.md', 18],
    ]);
  });

  it('keeps the copy text exact, with < > & " and spacing as written', () => {
    const $ = readPage(site.outDir, line().url);
    const href = $('#prompt-chatgpt').attr('href')!;
    expect($('button[data-copy-prompt]').attr('data-copy-prompt')).toBe('prompt-chatgpt');
    const text = new URL(href).searchParams.get('q');
    expect(text).toBe(line().prompt!.text);
    expect(text).toContain('You are a tester checking that <tags> & "quotes" survive copying.');
    expect(text).toContain('  • arXiv:2511.04962');
    expect(text).toContain('keep   three spaces');
    expect($('.prompt-display').text()).toContain('<tags> & "quotes"');
    expect($('.prompt-display tags')).toHaveLength(0);
  });

  it('links the mentions of a Markdown line and lists both sources', () => {
    const $ = readPage(site.outDir, line().url);
    const mentions = $('.synthesis a.mention')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(mentions).toEqual([note().url, stub().url]);
    expect($('.source-list > li')).toHaveLength(2);
    expect($('.source-summary').first().text()).toBe('What this line says of the markdown note, with <i>markup</i> & "quotes".');
    expect($('.next-lines .unresolved').text()).toBe('A line that does not exist?');
  });

  it('renders the Markdown note with its list, collection and related stub', () => {
    const $ = readPage(site.outDir, note().url);
    expect($('h1').text()).toBe('Markdown notes & their "lists"');
    expect(
      $('.note-body ul > li')
        .toArray()
        .map((li) => $(li).text()),
    ).toEqual(['first item', 'second item with emphasis', 'third item']);
    expect($('.note-body em').text()).toBe('emphasis');
    expect($('.sourced-from').text()).toBe('Sourced from Safety & <Tests>');
    expect($('.related-list a').attr('href')).toBe(stub().url);
    expect($('.related-list .relation').text()).toBe('says more than its title');
    expect($('.referenced-by a').attr('href')).toBe(line().url);
    expect($('.original-title p').text()).toBe('markdown notes keep their lists');
  });

  it('gives the stub a page with the testimony of the line and of the note', () => {
    const $ = readPage(site.outDir, stub().url);
    expect($('h1').text()).toBe('A note nobody wrote?');
    const testimony = $('.testimony-list > li')
      .toArray()
      .map((li) => ({
        from: $(li).find('.testimony-from a').attr('href'),
        text: $(li).find('blockquote').text(),
      }));
    expect(testimony).toContainEqual({ from: line().url, text: 'The only thing known of the stub, said by this line.' });
    expect(testimony).toContainEqual({ from: note().url, text: 'What the markdown note says of the stub.' });
  });

  it('escapes names in the collection page, the sitemap and the feed', () => {
    const collection = atlas.collections[0]!;
    expect(readPage(site.outDir, collection.url)('h1').text()).toBe('Safety & <Tests>');
    const feed = readPageText(site.outDir, '/feed.xml');
    expect(feed).toContain('<title>Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoting&quot; safe?</title>');
    expect(feed).not.toContain('<script>');
  });

  it('names each paper cited in the prompt, title and date as cited', () => {
    const paper = atlas.papers.find((p) => p.arxivId === '2511.04962')!;
    const $ = readPage(site.outDir, paper.url);
    expect($('h1').text()).toBe(paper.title);
    expect($('main .record-list a').attr('href')).toBe(line().url);
  });
});
