/**
 * Deployable on the hosts people use: with `twins: false` the site has no Markdown twins (half
 * its files at full size), no page points at one, `llms.txt` links the pages instead, and the
 * copy buttons take their text from the page (checked in Chromium). `llms-full.txt` larger than a
 * host serves becomes an index of parts, each within the limit, holding every twin exactly once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTwins } from '../../src/site/pages/markdown-twin.ts';
import { MAX_FILE_BYTES } from '../../src/site/outputs/llms-full-files.ts';
import { emit } from '../../src/site/outputs/emitter.ts';
import { twinsEmitter } from '../../src/site/outputs/twins-emitter.ts';
import { PageReads } from '../../src/site/data/page-reads.ts';
import { silentProgress } from '../../src/library/build-progress.ts';
import { launchBrowser } from '../support/browser.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { listFiles, pageExists } from '../support/read-page.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';

describe('twins: false', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite('seeds', { overrides: { twins: false } });
  }, 120_000);
  afterAll(() => site?.remove());

  it('writes no Markdown twin and no page names one', () => {
    const files = listFiles(site.outDir);
    expect(files.filter((f) => f.endsWith('.md'))).toEqual([]);
    expect(site.session.stats.twins).toBe(0);
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(path.join(site.outDir, page), 'utf8');
      expect(html, page).not.toContain('text/markdown');
      expect(html, page).not.toMatch(/index\.md"/);
    }
  });

  it('links the pages from llms.txt, and still writes llms-full.txt whole', () => {
    const llms = readFileSync(path.join(site.outDir, 'llms.txt'), 'utf8');
    const links = [...llms.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(4);
    for (const link of links) expect(pageExists(site.outDir, link) || existsSync(path.join(site.outDir, link)), link).toBe(true);
    const full = readFileSync(path.join(site.outDir, 'llms-full.txt'), 'utf8');
    for (const line of site.session.site().atlas.lines) expect(full).toContain(`# ${line.title}`);
  });

  describe('copy buttons take the text from the page', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveStatic(site.outDir, '/');
      browser = await launchBrowser();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function copied(url: string, button: string): Promise<string> {
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const page = await context.newPage();
      await page.goto(server.url + url.slice(1));
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => page.locator('.copy-status').first().textContent()).toBe('Copied');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await context.close();
      return text;
    }

    it('Copy with sources: the prompt, then the deck, synthesis and sources as the page shows them', async () => {
      const line = site.session.site().atlas.lines.find((l) => l.prompt && l.sources.length > 0)!;
      const text = await copied(line.url, 'Copy with sources');
      expect(text.startsWith(`${line.prompt!.text}\n\n---\n\n`)).toBe(true);
      const context = text.slice(line.prompt!.text.length);
      expect(context).toContain(`# ${line.title}`);
      for (const paragraph of line.body.children) expect(context).toContain(toString(paragraph).replace(/\s+/g, ' ').slice(0, 40));
      for (const source of line.sources) expect(context).toContain(source.title);
      expect(context).not.toContain(line.prompt!.text.split('\n')[0]!);
    });

    it('Copy note: the note as the page shows it', async () => {
      const note = site.session.site().atlas.notes.find((n) => !n.stub)!;
      const text = await copied(note.url, 'Copy note');
      expect(text).toContain(`# ${note.title}`);
      expect(text).toContain(toString(note.body.children[0]!).replace(/\s+/g, ' ').slice(0, 40));
    });
  });
});

describe('llms-full.txt within a host limit', () => {
  let site: TestSite;
  let outDir: string;
  beforeAll(async () => {
    site = await buildTestSite('tests/fixtures/site/notes');
    outDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-llms-'));
  }, 120_000);
  afterAll(async () => {
    await site?.remove();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('stays one file under the limit', () => {
    expect(MAX_FILE_BYTES).toBe(25 * 1024 * 1024);
    expect(listFiles(site.outDir).some((f) => f.startsWith('llms-full/'))).toBe(false);
  });

  it('becomes an index of parts, each within the limit, holding every twin once', async () => {
    const data = site.session.site();
    const twins = recordTwins(data);
    const largest = Math.max(...twins.map((t) => Buffer.byteLength(t.markdown)));
    const limit = largest + 500; // small enough to need several parts, large enough for any twin with its heading
    const pageReads = new PageReads();
    pageReads.use(data);
    await emit(twinsEmitter({ maxFileBytes: limit }), { site: data, outDir, notesDir: site.session.options.notesDir, minify: false, progress: silentProgress, pageReads });
    const parts = listFiles(outDir).filter((f) => f.startsWith('llms-full/'));
    expect(parts.length).toBeGreaterThan(1);
    const index = readFileSync(path.join(outDir, 'llms-full.txt'), 'utf8');
    for (const part of parts) {
      expect(index).toContain(`(/${part})`);
      expect(Buffer.byteLength(readFileSync(path.join(outDir, part)))).toBeLessThanOrEqual(limit);
    }
    const texts = parts.map((part) => readFileSync(path.join(outDir, part), 'utf8'));
    for (const { markdown } of twins) expect(texts.filter((t) => t.includes(markdown.trimEnd())).length).toBe(1);
  });
});
