/**
 * Accessible pages: axe-core (WCAG 2 A/AA and best practice) on one page of each type — home,
 * line, note, stub, paper, papers, collection, collections, network, search, 404, the lists of
 * lines and notes, the lines to re-run — after their
 * scripts have run, in light and in dark; and the keyboard alone walks the local graph and copies
 * a research prompt.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { PAGE_TYPES, pagesPerType } from '../../src/check/page-types.ts';
import type { TypedPage } from '../../src/check/page-types.ts';
import { launchBrowser } from '../support/browser.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';
import type { BuiltCorpus } from './corpora.ts';
import { buildCorpus, SEEDS } from './corpora.ts';
import { openPage } from './open-page.ts';

let corpus: BuiltCorpus;
let server: StaticServer;
let browser: Browser;
let pages: TypedPage[];

beforeAll(async () => {
  corpus = await buildCorpus(SEEDS);
  pages = pagesPerType(corpus.built.atlas);
  server = await serveStatic(corpus.site.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await corpus?.site.remove();
});

/** Open `url` (site-relative) and wait until its scripts have drawn. */
async function open(page: Page, url: string): Promise<void> {
  await openPage(page, server.url + url.slice(1));
}

describe('one page of each type', () => {
  it('covers every type on the seeds', () => {
    expect(pages.map((p) => p.type)).toEqual([...PAGE_TYPES]);
    const stub = pages.find((p) => p.type === 'stub')!;
    expect(corpus.built.atlas.notes.find((n) => n.url === stub.url)?.stub).toBe(true);
  });

  it('has no axe violations in light or in dark mode', async () => {
    // The two schemes in two pages at once: each page's scripts draw with its own colours.
    const inScheme = async (scheme: 'light' | 'dark'): Promise<string[]> => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const { type, url } of pages) {
        await open(page, url);
        violations.push(...(await axeViolations(page)).map((v) => `${scheme} ${type} ${url} ${v}`));
      }
      await context.close();
      return violations;
    };
    const [light, dark] = await Promise.all([inScheme('light'), inScheme('dark')]);
    expect([...light, ...dark]).toEqual([]);
  });
});

describe('keyboard only', () => {
  /** Press Tab until `predicate` holds for the focused element; fail after `limit` presses. */
  async function tabTo(page: Page, predicate: string, limit = 200): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(`(() => { const el = document.activeElement; return !!el && (${predicate}); })()`)) return;
    }
    throw new Error(`Tab never reached ${predicate}`);
  }

  it('tabs to a local graph node and walks there with Enter', async () => {
    const line = pages.find((p) => p.type === 'line')!;
    const page = await browser.newPage();
    await open(page, line.url);
    const view = page.locator('[data-local-graph]');
    const centre = await view.getAttribute('data-center');
    await tabTo(page, `el.closest('[data-local-graph]') && el.getAttribute('role') === 'button'`);
    const target = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    expect(target).toBeTruthy();
    expect(target).not.toBe(centre);
    await page.keyboard.press('Enter');
    await expect.poll(() => view.getAttribute('data-center')).toBe(target);
    // Still the same page; the walk is a step in its history.
    expect(page.url()).toBe(`${server.url}${line.url.slice(1)}?centre=${encodeURIComponent(target!)}`);
    expect(await page.locator('a.open-network').getAttribute('href')).toBe(`/network/?focus=${encodeURIComponent(target!)}`);
    // Focus stays in the graph, so the walk can go on from the keyboard.
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-local-graph]'))).toBe(true);
    await page.close();
  });

  it('tabs to "Copy prompt" and copies the exact prompt with Enter', async () => {
    const url = pages.find((p) => p.type === 'line')!.url;
    const line = corpus.built.atlas.lines.find((l) => l.url === url)!;
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    await open(page, url);
    await tabTo(page, `el.matches('button.copy-prompt')`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(line.prompt!.text);
    await context.close();
  });
});
