import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { NeighbourhoodData } from '../../src/site/graph-data.ts';
import { smallGraph, neighboursOf } from '../layout/graph-fixtures.ts';
import { launchChromium, startGraphHarness } from './graph-harness.ts';
import type { GraphHarness } from './graph-harness.ts';

const graph = smallGraph();
const title = (id: string) => graph.nodes.find((n) => n.id === id)!.title;
const url = (id: string) => graph.nodes.find((n) => n.id === id)!.url;

describe('local graph', () => {
  let harness: GraphHarness;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    harness = await startGraphHarness(graph);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  async function open(id: string, options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 }, reducedMotion: options.reducedMotion ?? 'no-preference' });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(harness.root + url(id).slice(1));
    await page.locator('[data-local-graph] svg g[data-depth="0"]').waitFor();
    return page;
  }

  const view = (page: Page) => page.locator('[data-local-graph]');
  const node = (page: Page, id: string) => page.locator(`[data-local-graph] g[data-id="${id}"]`);

  it('draws the centre and exactly its neighbours, each focusable and labelled with title and kind', async () => {
    const page = await open('note:goal-guarding');
    const drawn = await page.locator('[data-local-graph] g[data-depth="1"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));
    expect(new Set(drawn)).toEqual(neighboursOf(graph, 'note:goal-guarding'));
    const centre = page.locator('[data-local-graph] g[data-depth="0"]');
    expect(await centre.getAttribute('role')).toBe('link');
    expect(await centre.getAttribute('tabindex')).toBe('0');
    const stub = node(page, 'note:cooperation-partners');
    expect(await stub.getAttribute('role')).toBe('button');
    expect(await stub.getAttribute('aria-label')).toContain('Can agents learn cooperation by adapting to diverse partners? (Stub note');
    expect(await node(page, 'note:peer-preservation').getAttribute('aria-label')).toContain('related: extends goal guarding beyond self to peer models');
    // Shapes tell kinds apart: a stub is dashed, a line is a square path (four corners), a note a circle (arcs).
    expect(await stub.locator('path').last().getAttribute('stroke-dasharray')).toBeTruthy();
    expect(await node(page, 'line:do-models-guard-their-goals').locator('path').last().getAttribute('d')).toMatch(/^M[^a]*Z$/);
    expect(await node(page, 'note:peer-preservation').locator('path').last().getAttribute('d')).toContain('a');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows titles as text, never as markup', async () => {
    const page = await open('line:what-do-probes-find');
    const steering = node(page, 'note:steering-vectors');
    expect(await steering.getAttribute('aria-label')).toContain('Do steering vectors <b>change</b> behaviour & beliefs?');
    expect(await page.locator('[data-local-graph] b').count()).toBe(0);
    await page.close();
  });

  it('shows the relation on hover and on focus', async () => {
    const page = await open('note:goal-guarding');
    await node(page, 'note:peer-preservation').hover();
    const tip = page.locator('[data-local-graph] svg > g[aria-hidden="true"]');
    expect(await tip.getAttribute('visibility')).toBe('visible');
    expect(await tip.textContent()).toContain('related: extends goal guarding beyond self to peer models');
    await node(page, 'collection:alignment').focus();
    expect(await tip.textContent()).toContain('Collection · holds this note');
    await page.close();
  });

  it('walks to a clicked neighbour without leaving the page', async () => {
    const page = await open('note:goal-guarding');
    const address = page.url();
    await node(page, 'note:peer-preservation').click();
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:peer-preservation');
    expect(page.url()).toBe(address);
    await expect.poll(() => page.locator('[aria-live="polite"]').first().textContent()).toBe(`Centred on ${title('note:peer-preservation')}`);
    expect(await page.locator('a.open-network').getAttribute('href')).toBe('/atlas/network/?focus=note%3Apeer-preservation');
    const drawn = await page.locator('[data-local-graph] g[data-depth="1"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));
    expect(new Set(drawn)).toEqual(neighboursOf(graph, 'note:peer-preservation'));
    expect(await page.locator('[data-local-graph] g[data-depth="0"]').getAttribute('data-id')).toBe('note:peer-preservation');
    await page.close();
  });

  it('opens the centre’s page when the centre is clicked', async () => {
    const page = await open('note:goal-guarding');
    await node(page, 'note:alignment-faking').click();
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:alignment-faking');
    await Promise.all([page.waitForURL(harness.root + 'notes/alignment-faking/'), page.locator('[data-local-graph] g[data-depth="0"]').click()]);
    expect(await page.locator('h1').textContent()).toBe(title('note:alignment-faking'));
    await page.close();
  });

  it('walks with the keyboard: Tab to a neighbour, Enter', async () => {
    const page = await open('note:goal-guarding', { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Depth 2' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-depth'))).toBe('0');
    await page.keyboard.press('Tab');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(neighboursOf(graph, 'note:goal-guarding').has(target!)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => view(page).getAttribute('data-center')).toBe(target);
    // Focus lands on the new centre, so the walk can go on from the keyboard.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(target);
    await page.keyboard.press('Tab');
    await page.keyboard.press(' ');
    await expect.poll(() => view(page).getAttribute('data-center')).not.toBe(target);
    await page.close();
  });

  it('adds the depth-2 ring on request', async () => {
    const page = await open('note:peer-preservation');
    const file = (await (await page.request.get(harness.root + 'notes/peer-preservation/graph.json')).json()) as NeighbourhoodData;
    const ring = file.nodes.filter((n) => n.depth === 2).map((n) => n.id);
    expect(ring.length).toBeGreaterThan(0);
    expect(await page.locator('[data-local-graph] g[data-depth="2"]').count()).toBe(0);
    const depth2 = page.getByRole('button', { name: 'Depth 2' });
    await depth2.click();
    expect(await depth2.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Depth 1' }).getAttribute('aria-pressed')).toBe('false');
    const drawn = await page.locator('[data-local-graph] g[data-depth="2"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));
    expect(drawn.sort()).toEqual(ring.sort());
    await page.getByRole('button', { name: 'Depth 1' }).click();
    expect(await page.locator('[data-local-graph] g[data-depth="2"]').count()).toBe(0);
    await page.close();
  });

  it('keeps the centre in the middle of the view', async () => {
    const page = await open('line:do-models-guard-their-goals', { reducedMotion: 'reduce' });
    const box = (await view(page).boundingBox())!;
    const centre = (await page.locator('[data-local-graph] g[data-depth="0"] path').last().boundingBox())!;
    expect(Math.abs(centre.x + centre.width / 2 - (box.x + box.width / 2))).toBeLessThan(2);
    expect(Math.abs(centre.y + centre.height / 2 - (box.y + box.height / 2))).toBeLessThan(2);
    for (const g of await page.locator('[data-local-graph] g[data-depth="1"] path:last-child').all()) {
      const b = (await g.boundingBox())!;
      expect(b.x >= box.x && b.y >= box.y && b.x + b.width <= box.x + box.width && b.y + b.height <= box.y + box.height).toBe(true);
    }
    await page.screenshot({ path: '/tmp/graph-local-test.png' });
    await page.close();
  });

  it('does nothing on a page without a local graph', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(harness.root + 'plain.html');
    await page.waitForLoadState('networkidle');
    expect(pageErrors).toEqual([]);
    expect(await page.locator('svg, canvas').count()).toBe(0);
    await page.close();
  });
});
