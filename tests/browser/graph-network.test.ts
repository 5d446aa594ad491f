import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { smallGraph } from '../layout/graph-fixtures.ts';
import { launchChromium, startGraphHarness } from './graph-harness.ts';
import type { GraphHarness } from './graph-harness.ts';

const graph = smallGraph();
const url = (id: string) => graph.nodes.find((n) => n.id === id)!.url;

describe('network page', () => {
  let harness: GraphHarness;
  let browser: Browser;

  beforeAll(async () => {
    harness = await startGraphHarness(graph);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  async function open(query = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${harness.root}network/${query}`);
    await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('.network canvas')?.dataset.view);
    expect(errors).toEqual([]);
    return page;
  }

  /** Where node `id` is on the page, from its layout position and the canvas's published view. */
  async function screenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
    const { view, left, top } = await page.locator('.network canvas').evaluate((canvas: HTMLCanvasElement) => {
      const rect = canvas.getBoundingClientRect();
      return { view: canvas.dataset.view!, left: rect.left, top: rect.top };
    });
    const [k, x, y] = view.split(' ').map(Number) as [number, number, number];
    const p = harness.layout.get(id)!;
    return { x: left + p.x * k + x, y: top + p.y * k + y };
  }

  async function drawnLabels(page: Page): Promise<{ id: string; text: string; box: [number, number, number, number] }[]> {
    return JSON.parse((await page.locator('.network canvas').getAttribute('data-labels')) ?? '[]');
  }

  function expectNoOverlap(labels: { id: string; box: [number, number, number, number] }[]): void {
    for (let a = 0; a < labels.length; a++)
      for (let b = a + 1; b < labels.length; b++) {
        const p = labels[a]!.box;
        const q = labels[b]!.box;
        const overlap = p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
        expect(overlap, `${labels[a]!.id} and ${labels[b]!.id}`).toBe(false);
      }
  }

  it('paints the map on a device-pixel-ratio-sized canvas', async () => {
    const page = await open();
    const { painted, width, cssWidth } = await page.locator('.network canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return { painted, width: canvas.width, cssWidth: canvas.getBoundingClientRect().width };
    });
    expect(painted).toBeGreaterThan(500);
    expect(width).toBe(Math.round(cssWidth * 2));
    await page.screenshot({ path: '/tmp/graph-network-test.png' });
    await page.close();
  });

  it('centres and highlights the node named by ?focus=', async () => {
    const page = await open('?focus=note%3Agoal-guarding');
    const canvas = page.locator('.network canvas');
    expect(await canvas.getAttribute('data-focus')).toBe('note:goal-guarding');
    const box = (await canvas.boundingBox())!;
    const p = await screenPosition(page, 'note:goal-guarding');
    expect(Math.abs(p.x - (box.x + box.width / 2))).toBeLessThan(1);
    expect(Math.abs(p.y - (box.y + box.height / 2))).toBeLessThan(1);
    const focus = page.locator('.network-focus a');
    expect(await focus.textContent()).toBe('Does goal guarding extend to peer models?');
    expect(await focus.getAttribute('href')).toBe('/atlas/notes/goal-guarding/');
    await page.screenshot({ path: '/tmp/graph-network-test-focus.png' });
    await page.close();
  });

  it('shows a node’s title on hover and opens its page on click', async () => {
    const page = await open();
    const p = await screenPosition(page, 'note:linear-probes');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.locator('.network canvas').getAttribute('data-hover')).toBe('note:linear-probes');
    expect(await page.locator('.network-tooltip').textContent()).toContain("Can linear probes read a model's beliefs?");
    expect(await page.locator('.network-tooltip').isVisible()).toBe(true);
    await Promise.all([page.waitForURL(harness.root + url('note:linear-probes').slice(1)), page.mouse.click(p.x, p.y)]);
    await page.close();
  });

  it('pans on a background drag and zooms with the wheel and the buttons, without navigating', async () => {
    const page = await open();
    const canvas = page.locator('.network canvas');
    const view = async () => (await canvas.getAttribute('data-view'))!.split(' ').map(Number);
    const box = (await canvas.boundingBox())!;
    const [k0, x0] = await view();
    await page.mouse.move(box.x + 20, box.y + box.height - 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + box.height - 20, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await view())[1]).toBeCloseTo(x0! + 100, 0);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await view())[0]).toBeGreaterThan(k0!);
    const [k1] = await view();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await view())[0]).toBeLessThan(k1!);
    expect(page.url()).toBe(`${harness.root}network/`);
    await page.close();
  });

  it('finds a node by a word in the middle of its title, with the keyboard, in a list over the map', async () => {
    const page = await open();
    const find = page.getByRole('combobox', { name: 'Find' });
    const mapTop = (await page.locator('.network canvas').boundingBox())!.y;
    await find.fill('probes');
    const list = page.getByRole('listbox', { name: 'Matching nodes' });
    await expect.poll(() => list.isVisible()).toBe(true);
    const titles = await list.getByRole('option').allTextContents();
    const wanted = titles.findIndex((t) => t.includes('Can linear probes read a model'));
    expect(wanted).toBeGreaterThanOrEqual(0);
    expect(titles.some((t) => t.startsWith('probes'))).toBe(false); // found by a middle word
    // The suggestions lie over the map: the map has not moved down.
    expect((await page.locator('.network canvas').boundingBox())!.y).toBe(mapTop);
    for (let n = 0; n <= wanted; n++) await find.press('ArrowDown');
    expect(await find.getAttribute('aria-activedescendant')).toBe(`network-find-option-${wanted}`);
    await find.press('Enter');
    await expect.poll(() => page.locator('.network canvas').getAttribute('data-focus')).toBe('note:linear-probes');
    expect(await list.isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('focus')).toBe('note:linear-probes');
    expect(await page.locator('.network-status').textContent()).toBe("Centred on Can linear probes read a model's beliefs?");
    // The chosen node is centred.
    const box = (await page.locator('.network canvas').boundingBox())!;
    const p = await screenPosition(page, 'note:linear-probes');
    expect(Math.abs(p.x - (box.x + box.width / 2))).toBeLessThan(1);
    // Words in any order, each the start of a word of the title; Escape closes the list.
    await find.fill('engineering representation');
    await expect.poll(() => list.isVisible()).toBe(true);
    expect(await list.getByRole('option').first().getAttribute('data-id')).toBe('paper:2310.01405');
    await find.press('Escape');
    expect(await list.isVisible()).toBe(false);
    await find.press('ArrowDown');
    await find.press('ArrowDown');
    await find.press('ArrowUp');
    await find.press('Enter');
    await expect.poll(() => page.locator('.network canvas').getAttribute('data-focus')).toBe('paper:2310.01405');
    // A click on a suggestion chooses it too.
    await find.fill('goal guarding');
    await list.getByRole('option').filter({ hasText: 'Does goal guarding extend to peer models?' }).click();
    await expect.poll(() => page.locator('.network canvas').getAttribute('data-focus')).toBe('note:goal-guarding');
    await page.close();
  });

  it('names the collections and the hubs at first paint, and no two labels overlap', async () => {
    const page = await open();
    const labels = await drawnLabels(page);
    const ids = labels.map((l) => l.id);
    expect(ids).toContain('collection:interpretability');
    expect(ids).toContain('collection:alignment');
    expect(labels.find((l) => l.id === 'collection:alignment')!.text).toBe('Alignment');
    expect(labels.length).toBeGreaterThan(4);
    expectNoOverlap(labels);
    // Hovering a node names it first, then its neighbours.
    const p = await screenPosition(page, 'note:goal-guarding');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.locator('.network canvas').getAttribute('data-hover')).toBe('note:goal-guarding');
    await expect.poll(async () => (await drawnLabels(page))[0]?.id).toBe('note:goal-guarding');
    expectNoOverlap(await drawnLabels(page));
    await page.mouse.move(0, 0);
    // More labels, never overlapping, as the view zooms in.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await drawnLabels(page)).length).toBeGreaterThan(0);
    expectNoOverlap(await drawnLabels(page));
    await page.close();
  });

  it('fits the view to what a filter leaves, and the Fit button back to everything', async () => {
    const page = await open();
    const canvas = page.locator('.network canvas');
    const before = await canvas.getAttribute('data-view');
    await page.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'Interpretability' });
    await expect.poll(() => canvas.getAttribute('data-view')).not.toBe(before);
    const box = (await canvas.boundingBox())!;
    const shown = ['note:steering-vectors', 'note:linear-probes', 'collection:interpretability'];
    const points = await Promise.all(shown.map((id) => screenPosition(page, id)));
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(box.x);
      expect(p.x).toBeLessThanOrEqual(box.x + box.width);
      expect(p.y).toBeGreaterThanOrEqual(box.y);
      expect(p.y).toBeLessThanOrEqual(box.y + box.height);
    }
    // Only what the filter leaves is named.
    for (const label of await drawnLabels(page)) expect(label.id).not.toBe('collection:alignment');
    // Back to everything, zoomed in by hand; hiding a kind fits the view again.
    await page.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'All collections' });
    await expect.poll(() => canvas.getAttribute('data-view')).toBe(before);
    await page.mouse.move(box.x + 30, box.y + 30);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => canvas.getAttribute('data-view')).not.toBe(before);
    const zoomed = await canvas.getAttribute('data-view');
    await page.getByRole('checkbox', { name: 'Papers' }).uncheck();
    await expect.poll(() => canvas.getAttribute('data-view')).not.toBe(zoomed);
    for (const id of ['note:goal-guarding', 'note:peer-preservation']) {
      const p = await screenPosition(page, id);
      expect(p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height).toBe(true);
    }
    await page.getByRole('checkbox', { name: 'Papers' }).check();
    await page.mouse.move(box.x + 30, box.y + 30);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => canvas.getAttribute('data-view')).not.toBe(before);
    await page.getByRole('button', { name: /^Fit/ }).click();
    await expect.poll(() => canvas.getAttribute('data-view')).toBe(before);
    await page.close();
  });

  it('hides a kind when its box is unchecked: its nodes no longer answer the pointer', async () => {
    const page = await open();
    const p = await screenPosition(page, 'paper:2310.01405');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.locator('.network canvas').getAttribute('data-hover')).toBe('paper:2310.01405');
    await page.mouse.move(0, 0);
    await page.getByRole('checkbox', { name: 'Papers' }).uncheck();
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(100);
    expect(await page.locator('.network canvas').getAttribute('data-hover')).toBeNull();
    await page.close();
  });

  it('narrows the map to one collection', async () => {
    const page = await open();
    const canvas = page.locator('.network canvas');
    const before = await canvas.getAttribute('data-view');
    await page.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'Interpretability' });
    await expect.poll(() => canvas.getAttribute('data-view')).not.toBe(before); // refitted to the collection
    const inside = await screenPosition(page, 'note:steering-vectors');
    await page.mouse.move(inside.x, inside.y);
    await expect.poll(() => page.locator('.network canvas').getAttribute('data-hover')).toBe('note:steering-vectors');
    const outside = await screenPosition(page, 'note:peer-preservation');
    await page.mouse.move(outside.x, outside.y);
    await page.waitForTimeout(100);
    expect(await page.locator('.network canvas').getAttribute('data-hover')).not.toBe('note:peer-preservation');
    await page.close();
  });

  it('lets one finger scroll the page past the map on a phone, and two fingers zoom the map', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await page.goto(`${harness.root}network/`);
    await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('.network canvas')?.dataset.view);
    const canvas = page.locator('.network canvas');
    const box = (await canvas.boundingBox())!;
    const view = await canvas.getAttribute('data-view');
    const cdp = await page.context().newCDPSession(page);
    // A one-finger swipe up, starting on the middle of the map.
    const swipe = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let d = 20; d <= 300; d += 20) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - d }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await swipe(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    expect(await canvas.getAttribute('data-view')).toBe(view);
    // Two fingers moving apart on the map zoom it in.
    const now = (await canvas.boundingBox())!;
    const cx = now.x + now.width / 2;
    const cy = now.y + now.height / 2;
    const fingers = (d: number) => [
      { x: cx - d, y: cy, id: 0 },
      { x: cx + d, y: cy, id: 1 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(30) });
    for (const d of [45, 60, 75, 90]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const k = (v: string | null) => Number(v!.split(' ')[0]);
    await expect.poll(async () => k(await canvas.getAttribute('data-view'))).toBeGreaterThan(k(view) * 2);
    await page.close();
  });

  it('does nothing on a page without a network', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(harness.root + 'plain.html');
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(0);
    await page.close();
  });
});
