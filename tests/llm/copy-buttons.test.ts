/**
 * The copy buttons in headless Chromium, read back from the clipboard: "Copy with sources" gives
 * the prompt followed by the line's deck, synthesis and every source's title and summary; "Copy
 * note" gives the note's twin (body, related concepts, the lines that cite it). Both work under a
 * path prefix, appear only with script, and say so when they cannot copy. The papers list
 * reorders by date.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { toString } from 'mdast-util-to-string';
import type { Atlas } from '../../src/model.ts';
import { plainText } from '../../src/site/render/render-inline.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';
import { launchBrowser } from '../support/browser.ts';

const PREFIX = '/atlas/';
let site: TestSite;
let atlas: Atlas;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildTestSite('seeds', { overrides: { pathPrefix: PREFIX } });
  atlas = site.session.site().atlas;
  server = await serveStatic(site.outDir, PREFIX);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

async function open(url: string, options: { javaScript?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  await page.goto(server.url + url.slice(1));
  return { context, page };
}

const twinText = (url: string) => readFileSync(path.join(site.outDir, url, 'index.md'), 'utf8');

describe('Copy with sources', () => {
  it('copies the prompt, then the deck, synthesis and every source title and summary', async () => {
    const line = atlas.lines.find((l) => l.sources.length >= 7)!;
    const { context, page } = await open(line.url);
    await page.getByRole('button', { name: 'Copy with sources' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());

    expect(copied.startsWith(`${line.prompt!.text}\n\n---\n\n`)).toBe(true);
    const context_ = copied.slice(line.prompt!.text.length);
    expect(context_).not.toContain(line.prompt!.text.split('\n')[0]!);
    expect(context_).toContain(`# ${line.title}`);
    expect(context_).toContain(line.summary);
    for (const paragraph of line.body.children) expect(context_).toContain(toString(paragraph).slice(0, 60));
    for (const source of line.sources) {
      expect(context_).toContain(source.title);
      expect(context_).toContain(plainText(source.summary));
    }
    await context.close();
  });

  it('is not offered without script, nor is Copy prompt; the prompt text remains to select', async () => {
    const line = atlas.lines[0]!;
    const { context, page } = await open(line.url, { javaScript: false });
    expect(await page.getByRole('button', { name: 'Copy with sources' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy prompt' }).count()).toBe(0);
    await page.locator('details.prompt summary').click();
    expect(await page.locator('.prompt-display').isVisible()).toBe(true);
    await context.close();
  });
});

describe('Copy note', () => {
  it("copies the note's Markdown twin: body, related concepts and the lines that cite it", async () => {
    const note = atlas.notes.find((n) => !n.stub)!;
    const { context, page } = await open(note.url);
    await page.getByRole('button', { name: 'Copy note' }).click();
    await expect.poll(() => page.locator('.note-actions .copy-status').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(twinText(note.url));
    for (const r of note.related) expect(copied).toContain(`](${PREFIX}${atlas.notes.find((n) => n.id === r.target)!.url.slice(1)})`);
    for (const line of atlas.lines.filter((l) => l.sources.some((s) => s.target === note.id))) expect(copied).toContain(line.title);
    await context.close();
  });

  it('says it could not copy when the twin is missing', async () => {
    const stub = atlas.notes.find((n) => n.stub)!;
    rmSync(path.join(site.outDir, stub.url, 'index.md'));
    const { context, page } = await open(stub.url);
    await page.getByRole('button', { name: 'Copy note' }).click();
    await expect.poll(() => page.locator('.note-actions .copy-status').textContent()).toMatch(/^Could not copy/);
    await context.close();
  });
});

describe('papers list', () => {
  it('reorders oldest first and most cited, and back', async () => {
    const { context, page } = await open('/papers/');
    const dates = () => page.locator('.paper-list > li').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.date)));
    const newest = await dates();
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Oldest first' }).click();
    expect(await dates()).toEqual([...newest].sort((a, b) => a - b));
    expect(await page.getByRole('button', { name: 'Oldest first' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Most cited' }).click();
    const cited = await page.locator('.paper-list > li').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.cited)));
    expect(cited).toEqual([...cited].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Newest first' }).click();
    expect(await dates()).toEqual(newest);
    await context.close();
  });
});
