/**
 * axe-core's WCAG 2 A/AA and best-practice rules on every kind of page, in light and dark: the
 * colours, landmarks, labels and names the pages promise.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';
import { launchBrowser } from '../support/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: TestSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildTestSite('tests/fixtures/site/notes');
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme} mode`, async () => {
      const { atlas } = site.session.site();
      const urls = ['/', '/search/', '/papers/', '/collections/', '/404.html', ...[...atlas.lines, ...atlas.notes, ...atlas.papers, ...atlas.collections].map((r) => r.url)];
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const url of urls) {
        await page.goto(server.url + url.slice(1));
        await page.addScriptTag({ content: axeSource });
        const found = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        violations.push(...found.map((v) => `${url} ${v}`));
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }
});
