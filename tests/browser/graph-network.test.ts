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
    expect(await page.locator('.network-tooltip').textContent()).toContain('Can linear probes read a model\'s beliefs?');
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

  it('finds a node by title: the result centres it and puts it in the address', async () => {
    const page = await open();
    await page.getByRole('searchbox', { name: 'Find' }).fill('linear probes');
    const results = page.locator('.network-results button');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const choice = results.filter({ hasText: 'Can linear probes read a model' });
    await choice.click();
    await expect.poll(() => page.locator('.network canvas').getAttribute('data-focus')).toBe('note:linear-probes');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('note:linear-probes');
    expect(await page.locator('.network-status').textContent()).toBe('Centred on Can linear probes read a model\'s beliefs?');
    // Enter in the box takes the first result.
    await page.getByRole('searchbox', { name: 'Find' }).fill('Representation engineering');
    await page.getByRole('searchbox', { name: 'Find' }).press('Enter');
    await expect.poll(() => page.locator('.network canvas').getAttribute('data-focus')).toBe('paper:2310.01405');
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
