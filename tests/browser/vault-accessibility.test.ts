/**
 * The pages Obsidian's constructs make are accessible: axe-core (WCAG 2 A/AA and best practice),
 * light and dark, on callouts, a table with tasks and footnotes, math, a diagram, tags and tag
 * pages, built from the fixture vaults together.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';

const URLS = ['/notes/callouts/', '/notes/reading-list/', '/notes/mass-and-energy/', '/notes/pipeline/', '/notes/gardening/', '/tags/', '/tags/outdoors/'];

let notes: string;
let site: TestSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  notes = await mkdtemp(path.join(os.tmpdir(), 'atlas-vault-'));
  for (const name of ['callouts', 'gfm', 'math', 'mermaid', 'tags']) {
    const dir = path.join('tests/fixtures/vault', name);
    for (const file of await readdir(dir)) await cp(path.join(dir, file), path.join(notes, file));
  }
  site = await buildTestSite(notes);
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
  if (notes) await rm(notes, { recursive: true, force: true });
});

describe('vault pages', () => {
  it('have no axe violations in light or dark mode', async () => {
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme: scheme });
      for (const url of URLS) {
        await page.goto(server.url + url.slice(1), { waitUntil: 'load' });
        if (url === '/notes/pipeline/') await page.waitForSelector('pre.mermaid svg', { timeout: 30_000 });
        violations.push(...(await axeViolations(page)).map((v) => `${scheme} ${url} ${v}`));
      }
      await page.close();
    }
    expect(violations).toEqual([]);
  }, 180_000);
});
