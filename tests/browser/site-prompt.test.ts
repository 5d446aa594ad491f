/**
 * The research prompt in a real browser: Copy puts the exact text on the clipboard (through the
 * Clipboard API, and through the fallback when that API refuses), "Copied" is announced, the
 * prompt expands without script, and mention previews appear on keyboard focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { InquiringLine } from '../../src/model.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import type { StaticServer } from '../support/serve-static.ts';
import { serveStatic } from '../support/serve-static.ts';
import { launchBrowser } from '../support/browser.ts';

let site: TestSite;
let server: StaticServer;
let browser: Browser;
let line: InquiringLine;

beforeAll(async () => {
  site = await buildTestSite('tests/fixtures/site/notes');
  line = site.session.site().atlas.lines[0]!;
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

async function openLine(options: { refuseClipboardApi?: boolean; javaScript?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  if (options.refuseClipboardApi) {
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
    });
  }
  const page = await context.newPage();
  await page.goto(server.url + line.url.slice(1));
  return { context, page };
}

describe('research prompt', () => {
  it('copies the exact prompt text and announces "Copied"', async () => {
    const { context, page } = await openLine();
    const status = page.locator('.copy-status');
    await expect.poll(() => status.getAttribute('aria-live')).toBe('polite');
    await page.getByRole('button', { name: 'Copy prompt' }).click();
    await expect.poll(() => status.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(line.prompt!.text);
    expect(copied).toContain('<tags> & "quotes"');
    await context.close();
  });

  it('falls back to copying a selection when the Clipboard API refuses', async () => {
    const { context, page } = await openLine({ refuseClipboardApi: true });
    await page.getByRole('button', { name: 'Copy prompt' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(line.prompt!.text);
    expect(await page.locator('.copy-buffer').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('copy-prompt');
    await context.close();
  });

  it('fills the second "Open in" link with the prompt the first carries', async () => {
    const { context, page } = await openLine();
    const claude = page.locator('a#prompt-claude');
    await expect.poll(async () => new URL((await claude.getAttribute('href'))!).searchParams.get('q')).toBe(line.prompt!.text);
    expect(new URL((await claude.getAttribute('href'))!).origin + new URL((await claude.getAttribute('href'))!).pathname).toBe('https://claude.ai/new');
    await context.close();
  });

  it('opens and closes the prompt without JavaScript', async () => {
    const { context, page } = await openLine({ javaScript: false });
    const display = page.locator('.prompt-display');
    expect(await display.isVisible()).toBe(false);
    await page.locator('details.prompt summary').click();
    expect(await display.isVisible()).toBe(true);
    expect(await display.textContent()).toContain('You are a tester checking that <tags> & "quotes" survive copying.');
    expect(await page.locator('.prompt-display a.paper-ref').count()).toBe(2);
    await context.close();
  });

  it('shows a mention preview with the target summary on keyboard focus', async () => {
    const { context, page } = await openLine();
    const mention = page.locator('.synthesis a.mention').first();
    const preview = page.locator(`[id="${await mention.getAttribute('aria-describedby')}"]`);
    expect(await preview.isVisible()).toBe(false);
    await mention.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await preview.isVisible()).toBe(true);
    expect(await preview.textContent()).toBe('A note written in Markdown, with a list & a "quoted" word.');
    await context.close();
  });
});
