/**
 * `/network/` in headless Chromium, as a reader meets it: how long until the map is drawn, and how
 * smoothly it pans and zooms. The first paint is the moment the network client publishes its first
 * view (`canvas[data-view]`, set as each frame is drawn), from navigation start; frame rate is the
 * browser's own animation frames counted while the mouse drags and the wheel turns.
 */
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { serveSite } from './static-server.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';

export interface NetworkMetrics {
  /** Navigation start → first frame of the map drawn (includes fetching and decoding graph.json). */
  firstPaintMs: number;
  /** Animation frames per second while panning and zooming. */
  gestureFps: number;
  /** The slowest frame during the gestures. */
  worstFrameMs: number;
  /** A full redraw of the whole map at rest ("Fit"), in ms. */
  fullRedrawMs: number;
}

export interface BrowserMetricsOptions {
  /** Chromium to drive; by default the one the tests use (`tests/support/chromium.ts`). */
  executablePath?: string;
  /** How long to pan and zoom. */
  gestureMs: number;
}

export const defaultBrowserMetricsOptions: BrowserMetricsOptions = {
  gestureMs: 2000,
};

// Page scripts are strings: functions passed from here would be compiled by tsx, whose helpers
// (`__name`) do not exist in the page.
const FIRST_DRAW_SCRIPT = `new MutationObserver(() => {
  const canvas = document.querySelector('.network canvas');
  if (canvas && canvas.hasAttribute('data-view') && !('firstDraw' in window)) window.firstDraw = performance.now();
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-view'] });`;

const COUNT_FRAMES_SCRIPT = `(() => {
  window.frameTimes = [];
  window.counting = true;
  const tick = (now) => {
    window.frameTimes.push(now);
    if (window.counting) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

export async function measureNetworkPage(outDir: string, options: Partial<BrowserMetricsOptions> = {}): Promise<NetworkMetrics> {
  const o = { ...defaultBrowserMetricsOptions, ...options };
  const server = await serveSite(outDir);
  const executablePath = o.executablePath ?? (await findChromium()).executablePath;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(FIRST_DRAW_SCRIPT);
    await page.goto(`${server.url}network/`);
    await page.waitForFunction(() => 'firstDraw' in window, undefined, { timeout: 120_000 });
    const firstPaintMs = await page.evaluate(() => (window as unknown as { firstDraw: number }).firstDraw);
    const frames = await gestureFrames(page, o.gestureMs);
    const fullRedrawMs = await page.evaluate(async () => {
      const fit = document.querySelector<HTMLButtonElement>('.network-zoom button:last-child');
      const began = performance.now();
      fit?.click();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - began;
    });
    return { firstPaintMs, ...frames, fullRedrawMs };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Drag and wheel over the canvas for `durationMs`, counting animation frames meanwhile. */
async function gestureFrames(page: Page, durationMs: number): Promise<{ gestureFps: number; worstFrameMs: number }> {
  const { x: cx, y: cy } = await emptySpot(page);
  await page.evaluate(COUNT_FRAMES_SCRIPT);
  const began = Date.now();
  let step = 0;
  while (Date.now() - began < durationMs) {
    // Alternate: a drag across the middle, then a few wheel notches in and out.
    if (step % 2 === 0) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 1; i <= 20; i++) await page.mouse.move(cx + i * 12 * (step % 4 === 0 ? 1 : -1), cy + Math.sin(i / 3) * 40);
      await page.mouse.up();
    } else {
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, i < 3 ? -120 : 120);
    }
    step++;
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; counting: boolean };
    w.counting = false;
    return w.frameTimes;
  });
  const span = frames.length > 1 ? frames[frames.length - 1]! - frames[0]! : 0;
  let worst = 0;
  for (let i = 1; i < frames.length; i++) worst = Math.max(worst, frames[i]! - frames[i - 1]!);
  return { gestureFps: span > 0 ? ((frames.length - 1) * 1000) / span : 0, worstFrameMs: worst };
}

/**
 * A point on the canvas over no node (the client marks a hovered node in `data-hover`), so a drag
 * from there pans the map rather than moving a node.
 */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const canvas = page.locator('.network canvas');
  const box = (await canvas.boundingBox())!;
  for (let ring = 0; ring < 12; ring++) {
    for (let a = 0; a < 8; a++) {
      const x = box.x + box.width / 2 + Math.cos((a * Math.PI) / 4) * ring * 25;
      const y = box.y + box.height / 2 + Math.sin((a * Math.PI) / 4) * ring * 25;
      await page.mouse.move(x, y);
      if ((await canvas.getAttribute('data-hover')) === null) return { x, y };
    }
  }
  return { x: box.x + 10, y: box.y + box.height - 10 };
}
