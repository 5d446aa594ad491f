/**
 * What a reader hit, each fixed: a hard-wrapped Markdown prompt reads as paragraphs; an arXiv
 * address in a prompt is a link (to the paper page when the paper is known, else arxiv.org); a
 * file with no title and no content publishes no page but a diagnostic; without script no
 * control is dead (no Copy button, no "Open in" link without the prompt); "Copy with sources"
 * writes absolute links when a base url is set; links and buttons on a phone are at least 24 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderMarkdown } from '../../src/site/render/render-markdown.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { pageExists, readPage } from '../support/read-page.ts';
import { launchBrowser } from '../support/browser.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';

const BASE = 'https://atlas.example.org';
let wrapped: TestSite;
let seeds: TestSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [wrapped, seeds] = await Promise.all([buildTestSite('tests/fixtures/site/wrapped-prompt'), buildTestSite('seeds', { overrides: { baseUrl: BASE, llmLinks: ['chatgpt', 'claude'] } })]);
  server = await serveStatic(seeds.outDir);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all([wrapped?.remove(), seeds?.remove()]);
});

const wrappedLine = () => wrapped.session.site().atlas.lines[0]!;

describe('a Markdown prompt', () => {
  it('reads as paragraphs: the lines of one paragraph joined, the list kept', () => {
    const $ = readPage(wrapped.outDir, wrappedLine().url);
    const paragraphs = $('.prompt-display > p')
      .toArray()
      .map((p) => $(p).text().replace(/\s+/g, ' ').trim());
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^You are a research analyst re-testing a claim\. Read the paper at .* appeared\.$/);
    expect(paragraphs[1]).toBe('Then list what to test next:');
    expect($('.prompt-display li')).toHaveLength(2);
    // The copy text is the file's, line breaks and all.
    expect(wrappedLine().prompt!.text).toContain('Read the paper at\nhttps://arxiv.org/abs/2506.13351');
  });

  it('links an arXiv address to its paper page (the prompt cites it)', () => {
    const $ = readPage(wrapped.outDir, wrappedLine().url);
    const links = $('.prompt-display a')
      .toArray()
      .map((a) => [$(a).text(), $(a).attr('href')]);
    expect(links).toEqual([
      ['https://arxiv.org/abs/2506.13351', '/papers/2506.13351/'],
      ['https://arxiv.org/abs/2401.00001v2', '/papers/2401.00001/'],
      ['arXiv:2506.13351', '/papers/2506.13351/'],
    ]);
  });

  it('links an address of a paper the site does not know to arxiv.org, and leaves other text alone', () => {
    const tree = { type: 'root' as const, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'See http://arxiv.org/pdf/2506.13351v1.pdf, not arxiv as a word.' }] }] };
    expect(renderMarkdown(tree)).toBe('<p>See <a href="http://arxiv.org/pdf/2506.13351v1.pdf" class="paper-ref">http://arxiv.org/pdf/2506.13351v1.pdf</a>, not arxiv as a word.</p>');
  });
});

describe('a file with no title and no content', () => {
  it('publishes no page, and is a diagnostic with its file and line', () => {
    const { atlas } = wrapped.session.site();
    expect(atlas.notes.map((n) => n.url)).toEqual([]);
    expect(pageExists(wrapped.outDir, '/notes/empty/')).toBe(false);
    for (const file of ['empty.md', 'empty-export.txt']) {
      const diagnostics = wrapped.session.diagnostics.filter((d) => d.file === file);
      expect(diagnostics, file).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ ruleId: 'empty-record', line: 1, severity: 'warning' });
    }
    expect(atlas.collections).toEqual([]);
  });
});

describe('without script', () => {
  it('shows no Copy button and no "Open in" link without its prompt', async () => {
    const line = seeds.session.site().atlas.lines[0]!;
    const note = seeds.session.site().atlas.notes.find((n) => !n.stub)!;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const url of [line.url, note.url]) {
      await page.goto(server.url + url.slice(1));
      expect(await page.locator('button:visible').count(), url).toBe(0);
    }
    await page.goto(server.url + line.url.slice(1));
    for (const link of await page.locator('a.llm-link:visible').all()) expect(new URL((await link.getAttribute('href'))!).searchParams.get('q')).toBe(line.prompt!.text);
    expect(await page.locator('a.llm-link:visible').count()).toBe(1);
    await context.close();
  });

  it('with script, shows the Copy buttons and both "Open in" links, each with the prompt', async () => {
    const line = seeds.session.site().atlas.lines[0]!;
    const page = await browser.newPage();
    await page.goto(server.url + line.url.slice(1));
    await expect.poll(() => page.locator('button.copy-prompt:visible').count()).toBe(2);
    const links = page.locator('a.llm-link:visible');
    await expect.poll(() => links.count()).toBe(2);
    for (const link of await links.all()) expect(new URL((await link.getAttribute('href'))!).searchParams.get('q')).toBe(line.prompt!.text);
    await page.close();
  });
});

describe('the filter box of a list page', () => {
  it('appears with script and narrows the page to the entries holding every word typed', async () => {
    const notes = seeds.session.site().atlas.notes;
    const target = notes.find((n) => !n.stub)!;
    const word = target.title.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    const expected = notes.filter((n) => `${n.title} ${seeds.session.site().plain(seeds.session.site().summaryOf(n.id) ?? '')}`.toLowerCase().includes(word.toLowerCase()));
    const page = await browser.newPage();
    await page.goto(`${server.url}notes/`);
    const box = page.getByLabel('Filter the list');
    await box.fill(word.toUpperCase());
    await expect.poll(() => page.locator('#note-list > li:visible').count()).toBeLessThanOrEqual(expected.length);
    expect(await page.locator(`#note-list > li:visible a[href="${target.url}"]`).count()).toBe(1);
    expect(await page.locator('#note-list > li:visible').count()).toBeLessThan(notes.length);
    expect(await page.locator('.list-filter-status').textContent()).toMatch(/^\d+ of \d+ on this page$/);
    await box.fill('');
    await expect.poll(() => page.locator('#note-list > li:visible').count()).toBe(notes.length);
    await page.close();
  });
});

describe('Copy with sources under a base url', () => {
  it('writes absolute links to the line and its sources', async () => {
    const line = seeds.session.site().atlas.lines.find((l) => l.sources.some((s) => s.target))!;
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    await page.goto(server.url + line.url.slice(1));
    await page.getByRole('button', { name: 'Copy with sources' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const links = [...copied.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const url of links) expect(url.startsWith(`${BASE}/`) || url.startsWith('https://arxiv.org/'), url).toBe(true);
    await context.close();
  });
});

describe('tap targets on a phone', () => {
  /** Links and buttons in `<main>` and the site navigation smaller than 24 px, but for links inside a sentence. */
  async function smallTargets(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const small: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('main a, main button, header nav a, header a')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        // WCAG 2.5.8's exception: a link in running text, sized by its line.
        const parent = el.parentElement;
        const inSentence =
          el.tagName === 'A' &&
          getComputedStyle(el).display === 'inline' &&
          parent !== null &&
          (parent.textContent ?? '').trim() !== (el.textContent ?? '').trim() &&
          parent.closest('li, nav') === null;
        if (inSentence || el.closest('.synthesis, .note-body, .prompt-display, .mention-preview, .local-graph-view, .deck')) continue;
        if (box.height < 24 || box.width < 24) small.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
      return small;
    });
  }

  it('gives every link and button in lists, pagers and the header at least 24 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const small: string[] = [];
    for (const url of ['/', '/inquiring-lines/', '/notes/', '/papers/', '/stale/', '/collections/']) {
      await page.goto(server.url + url.slice(1));
      small.push(...(await smallTargets(page)).map((s) => `${url} ${s}`));
    }
    expect(small).toEqual([]);
    await page.close();
  });
});
