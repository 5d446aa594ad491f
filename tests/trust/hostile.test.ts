/**
 * Hostile input is inert. The corpus in tests/fixtures/trust/hostile plants `<script>`,
 * `onerror=`, `javascript:` and `data:` urls, `{{ }}` and `{% %}`, front matter reaching for
 * `permalink: ../../x`, `eleventyExcludeFromCollections`, `__proto__` and gray-matter's JavaScript
 * engine, a 2,000-character title, punctuation-only titles, a title twice, a title inside another,
 * self-mentions, random bytes, an empty file, CRLF with a BOM and a remote image. The build
 * finishes, writes nothing outside its output folder, runs nothing (in Node or in the browser),
 * names every problem with its file and line, and every page is valid HTML.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model.ts';
import { buildSite } from '../../src/site/eleventy/build-site.ts';
import type { SitePipeline } from '../../src/site/site-pipeline.ts';
import { launchBrowser } from '../support/browser.ts';
import { htmlProblems } from '../support/html-problems.ts';
import { listFiles, readPage, readPageText } from '../support/read-page.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';
import { HOSTILE } from './corpora.ts';
import { openPage } from './open-page.ts';

let root: string;
let outDir: string;
let session: SitePipeline;
let inputBefore: string[];
const aboveBefore = new Map<string, boolean>();

/** Where a `../../x` permalink, slug or title would land if it escaped. */
const escapeTargets = (): string[] => [path.join(path.dirname(root), 'x'), path.join(root, 'x', 'x'), path.resolve('x')];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'atlas-trust-hostile-'));
  outDir = path.join(root, 'x', 'out');
  await mkdir(path.dirname(outDir));
  // Dot-files (the fixture's .gitattributes) are never read as notes.
  inputBefore = listFiles(HOSTILE).filter((f) => !f.split('/').some((part) => part.startsWith('.')));
  for (const target of escapeTargets()) aboveBefore.set(target, existsSync(target));
  session = await buildSite({ notesDir: HOSTILE, outDir, overrides: {} });
});
afterAll(() => rm(root, { recursive: true, force: true }));

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const htmlFiles = (): string[] => listFiles(outDir).filter((f) => f.endsWith('.html'));
const rulesAt = (file: string): [number, string][] => session.diagnostics.filter((d) => d.file === file).map((d) => [d.line, d.ruleId]);

describe('building the hostile corpus', () => {
  it('finishes and publishes every readable file', () => {
    expect(session.buildErrors).toEqual([]);
    const { lines, notes } = session.site().atlas;
    const published = new Set([...lines, ...notes].map((r) => r.file).filter((f) => f !== null));
    const unreadable = ['empty.txt', 'random-bytes.txt'];
    expect([...published].sort()).toEqual(inputBefore.filter((f) => !unreadable.includes(f)));
    for (const record of [...lines, ...notes]) expect(existsSync(path.join(outDir, record.url, 'index.html')), record.url).toBe(true);
  });

  it('writes nothing outside the output folder', () => {
    expect(readdirSync(root)).toEqual(['x']);
    expect(readdirSync(path.join(root, 'x'))).toEqual(['out']);
    for (const target of escapeTargets()) expect(existsSync(target), target).toBe(aboveBefore.get(target));
    expect(listFiles(HOSTILE).filter((f) => !f.startsWith('.'))).toEqual(inputBefore);
    // The `../../x` slug and original title become a plain slug inside the site.
    const note = session.site().atlas.notes.find((n) => n.file === 'front-matter-escape.md')!;
    expect(note.url).toMatch(/^\/notes\/[a-z0-9-]+\/$/);
  });

  it('runs nothing in Node: no eval of front matter, no prototype pollution', () => {
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('names every planted problem with its file, line and rule', () => {
    const expected: Record<string, [number, string][]> = {
      'random-bytes.txt': [[1, 'binary-file']],
      'empty.txt': [[1, 'empty-file']],
      'crlf-bom.txt': [
        [1, 'bom'],
        [1, 'crlf'],
      ],
      'yaml-tags.md': [[2, 'front-matter']],
      // Keys the atlas does not read are noted (vaults carry their plugins' keys); an escaping permalink is refused.
      'front-matter-escape.md': [
        [5, 'bad-permalink'],
        [6, 'unknown-front-matter-key'],
        [7, 'unknown-front-matter-key'],
        [9, 'unknown-front-matter-key'],
        [13, 'unknown-front-matter-key'],
        [15, 'self-reference'],
      ],
      'links.md': [
        [6, 'unsafe-url'],
        [6, 'unsafe-url'],
        [6, 'unsafe-url'],
        [6, 'unsafe-url'],
        [20, 'remote-image'],
      ],
      'script-line.txt': [
        [5, 'unsafe-url'],
        [13, 'unsafe-url'],
        [13, 'unsafe-url'],
        [25, 'unsafe-url'],
        [33, 'unsafe-url'],
        [37, 'self-reference'],
        [38, 'unresolved-next'],
      ],
      'same-title-b.md': [
        [3, 'duplicate-title'],
        [3, 'slug-collision'],
      ],
      'punctuation.txt': [[1, 'slug-collision']],
    };
    for (const [file, rules] of Object.entries(expected)) {
      const found = rulesAt(file);
      for (const rule of rules) expect(found, file).toContainEqual(rule);
    }
    const known = new Set(inputBefore);
    const placeless = session.diagnostics.filter((d: Diagnostic) => !known.has(d.file) || !(d.line >= 1) || !(d.column >= 1));
    expect(placeless).toEqual([]);
  });

  it('writes no executable markup: only our module scripts, no handlers, no script urls, no embeds', () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const $ = cheerio.load(readPageText(outDir, `/${file}`));
      $('script').each((_, el) => {
        const src = $(el).attr('src') ?? '';
        if (($(el).attr('type') === 'application/ld+json' || ($(el).attr('type') === 'application/json' && $(el).is('[data-local-graph-data]'))) && !src) {
          // Structured data and the local graph's data are never run; they must still not close their element early.
          if (!isJson($(el).text()) || $(el).text().includes('<')) problems.push(`${file}: unescaped JSON`);
        } else if ($(el).attr('type') !== 'module' || !/^\/assets\/[a-z-]+\.js$/.test(src) || $(el).text().trim() !== '') {
          problems.push(`${file}: script ${$.html(el).slice(0, 80)}`);
        }
      });
      $('*').each((_, el) => {
        if (!('attribs' in el)) return; // elements only: tags, scripts and styles
        for (const [name, value] of Object.entries(el.attribs)) {
          if (/^on/i.test(name)) problems.push(`${file}: <${el.tagName} ${name}>`);
          if (['href', 'src', 'action', 'formaction', 'data-src', 'srcset'].includes(name) && /^\s*(?:javascript|data|vbscript|file):/i.test(value)) problems.push(`${file}: ${name}=${value}`);
        }
      });
      const embeds = $('iframe, object, embed, base, style, svg:not([aria-hidden]), meta[http-equiv], body link, main img');
      embeds.each((_, el) => void problems.push(`${file}: <${el.tagName}>`));
    }
    expect(problems).toEqual([]);
  });

  it('writes valid HTML on every page (html-validate)', async () => {
    expect(await htmlProblems(outDir)).toEqual([]);
  });

  it('shows every title exactly, however long, odd or repeated', () => {
    const { lines, notes } = session.site().atlas;
    const titles = [...lines, ...notes].map((r): [string, string, string] => [r.url, r.title, readPage(outDir, r.url)('h1').text()]);
    expect(titles.filter(([, title, h1]) => h1 !== title)).toEqual([]);
    expect(titles.map(([, title]) => title)).toEqual(expect.arrayContaining(['???', '***', expect.stringMatching(/^Why .{1995}\?$/)]));
    expect(titles.filter(([, title]) => title === 'Is this title taken twice?')).toHaveLength(2);
    for (const [url] of titles) expect(url.length, url).toBeLessThan(100);
  });

  it('links the longest title a mention spells, and never a page to itself', () => {
    const mentions = (file: string) => {
      const note = session.site().atlas.notes.find((n) => n.file === file)!;
      const $ = readPage(outDir, note.url);
      return {
        url: note.url,
        links: $('.note-body a.mention')
          .toArray()
          .map((a) => [$(a).text(), $(a).attr('href')]),
      };
    };
    const short = mentions('front-matter-escape.md');
    const long = mentions('contains-title.md');
    expect(short.links).toEqual([['Do models scheme? When no one watches', long.url]]);
    expect(long.links).toEqual([['Do models scheme?', short.url]]);
  });

  it('shows template syntax as the text it is', () => {
    const line = session.site().atlas.lines.find((l) => l.file === 'script-line.txt')!;
    const $ = readPage(outDir, line.url);
    expect($('h1').text()).toBe(line.title);
    expect(line.title).toContain('{{ site.title }}');
    const synthesis = $('.synthesis').text();
    for (const text of ['{% include "../../../etc/passwd" %}', '{{ 7 * 7 }}', '${globalThis.process.exit(1)}', "<script>window.__pwned = 'body'</script>"]) {
      expect(synthesis).toContain(text);
    }
    expect($('.prompt-display').text()).toContain('{{ x }} and {% y %}');
  });
});

interface Findings {
  pwned: string[];
  dialogs: string[];
  foreign: string[];
  errors: string[];
}

/**
 * Open each url in one fresh context that lets only requests to `origin` through, hover and
 * focus what a reader would, and collect what should never happen.
 */
async function visit(browser: Browser, origin: string, urls: readonly string[]): Promise<Findings> {
  const found: Findings = { pwned: [], dialogs: [], foreign: [], errors: [] };
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    found.foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    found.dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => found.errors.push(`${page.url()}: ${error.message}`));
  for (const url of urls) {
    await openPage(page, origin + url);
    if (url.includes('?q=')) await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toMatch(/result/);
    for (const target of (await page.locator('main a.mention, [data-local-graph] [tabindex="0"]').all()).slice(0, 6)) {
      await target.hover({ timeout: 1000 }).catch(() => undefined);
      await target.focus({ timeout: 1000 }).catch(() => undefined);
    }
    const value = await page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
    if (value !== undefined) found.pwned.push(`${url}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  await page.waitForLoadState('networkidle');
  await context.close();
  return found;
}

describe('the hostile site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sees a payload that does run: a script, a dialog, a foreign request, an error', async () => {
    const control = await mkdtemp(path.join(os.tmpdir(), 'atlas-trust-control-'));
    await writeFile(
      path.join(control, 'index.html'),
      '<!DOCTYPE html><title>control</title><main><img src="https://tracker.example/p.png" alt=""></main>' +
        '<script>window.__pwned = "control"; alert("control");</script><script>null.boom;</script>',
    );
    const controlServer = await serveStatic(control);
    const found = await visit(browser, controlServer.origin, ['/']);
    await controlServer.close();
    await rm(control, { recursive: true, force: true });
    expect(found.pwned).toEqual(['/: control']);
    expect(found.dialogs).toHaveLength(1);
    expect(found.foreign).toEqual(['https://tracker.example/p.png']);
    expect(found.errors).toHaveLength(1);
  });

  it('loads every page without a dialog, a foreign request, an error or an injected script running', async () => {
    const { lines } = session.site().atlas;
    const urls = [...htmlFiles().map((f) => `/${f.replace(/index\.html$/, '')}`), `/network/?focus=${encodeURIComponent(lines[0]!.id)}`, '/search/?q=pwned', '/search/?q=script'];
    expect(urls.length).toBeGreaterThan(20);
    expect(await visit(browser, server.origin, urls)).toEqual({ pwned: [], dialogs: [], foreign: [], errors: [] });
  });
});
