import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Graph, GraphEdge, GraphNode } from '../../src/model.ts';
import { smallGraph, neighboursOf } from '../layout/graph-fixtures.ts';
import { launchChromium, startGraphHarness } from './graph-harness.ts';
import type { GraphHarness } from './graph-harness.ts';

const graph = smallGraph();
const title = (id: string) => graph.nodes.find((n) => n.id === id)!.title;
const url = (id: string) => graph.nodes.find((n) => n.id === id)!.url;

/**
 * A note with 34 neighbours of every kind, long titles among them, some linked to each other and
 * a few with neighbours of their own: a generated line page's crowd, and then some.
 */
function crowdedGraph(): Graph {
  const long = (i: number) => `Does question number ${i} about reward hacking and sycophancy in frontier models survive a change of training regime and scale?`;
  const nodes: GraphNode[] = [{ id: 'note:hub', kind: 'note', title: 'How much does self-preservation drive alignment faking in AI models?', url: '/notes/hub/' }];
  const edges: GraphEdge[] = [];
  const add = (id: string, kind: GraphNode['kind'], title: string, edge: Omit<GraphEdge, 'source' | 'target'>, into = true, stub = false) => {
    nodes.push({
      id,
      kind,
      title,
      url: `/${{ 'inquiring-line': 'inquiring-lines', note: 'notes', paper: 'papers', collection: 'collections' }[kind]}/${id.split(':')[1]}/`,
      ...(stub ? { stub: true } : {}),
    });
    edges.push(into ? { source: id, target: 'note:hub', ...edge } : { source: 'note:hub', target: id, ...edge });
  };
  for (let i = 0; i < 10; i++) add(`line:l${i}`, 'inquiring-line', i % 2 ? long(i) : `Line ${i}: what changes?`, { kind: i % 3 ? 'source' : 'mention' });
  for (let i = 0; i < 12; i++) add(`note:n${i}`, 'note', i % 3 ? long(100 + i) : `Short note ${i}?`, { kind: 'related', label: `extends it in way ${i}` }, false);
  for (let i = 0; i < 4; i++) add(`note:s${i}`, 'note', `A stub only named by others, number ${i}, with a title long enough to wrap twice over`, { kind: 'mention' }, false, true);
  for (let i = 0; i < 7; i++) add(`paper:p${i}`, 'paper', `Paper ${i}: ${long(200 + i)}`, { kind: 'cites' }, false);
  add('collection:c', 'collection', 'Alignment', { kind: 'in' }, false);
  for (let i = 1; i < 10; i += 2) edges.push({ source: `line:l${i}`, target: `note:n${i}`, kind: 'source' });
  for (let i = 0; i < 5; i++) {
    nodes.push({ id: `note:far${i}`, kind: 'note', title: `Far note ${i}, two steps out`, url: `/notes/far${i}/` });
    edges.push({ source: `note:n${i}`, target: `note:far${i}`, kind: 'related', label: 'further' });
  }
  return { nodes, edges };
}

describe('local graph', () => {
  let harness: GraphHarness;
  let crowd: GraphHarness;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    harness = await startGraphHarness(graph);
    crowd = await startGraphHarness(crowdedGraph());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    await crowd?.close();
  });

  async function open(id: string, options: { reducedMotion?: 'reduce' | 'no-preference'; width?: number; site?: GraphHarness; path?: string } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 900, height: 900 }, reducedMotion: options.reducedMotion ?? 'no-preference' });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto((options.site ?? harness).root + (options.path ?? url(id).slice(1)));
    await page.locator('[data-local-graph] svg g[data-depth="0"]').waitFor();
    return page;
  }

  const view = (page: Page) => page.locator('[data-local-graph]');
  const node = (page: Page, id: string) => page.locator(`[data-local-graph] g[data-id="${id}"]`);
  const drawnAt = (page: Page, depth: number) => page.locator(`[data-local-graph] g[data-depth="${depth}"]`).evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));

  it('draws the centre and exactly its neighbours, each focusable and labelled with title and kind', async () => {
    const page = await open('note:goal-guarding');
    expect(new Set(await drawnAt(page, 1))).toEqual(neighboursOf(graph, 'note:goal-guarding'));
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
    expect(await page.locator('[data-local-graph] b, .local-graph-walked b').count()).toBe(0);
    await page.close();
  });

  it('shows the full title and the relation on hover and on focus', async () => {
    const page = await open('note:goal-guarding');
    await node(page, 'note:peer-preservation').hover();
    const tip = page.locator('.local-graph-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(title('note:peer-preservation'));
    expect(await tip.textContent()).toContain('related: extends goal guarding beyond self to peer models');
    await node(page, 'collection:alignment').focus();
    expect(await tip.textContent()).toContain('Collection · holds this note');
    expect(await node(page, 'collection:alignment').locator('title').textContent()).toContain('Alignment');
    await page.close();
  });

  it('walks to a clicked neighbour, as a step in history: Back returns, the list follows, a control goes home', async () => {
    const page = await open('note:goal-guarding');
    const address = page.url();
    expect(await page.locator('.local-graph-home').isVisible()).toBe(false);
    const ownList = await page.locator('.local-graph > .local-graph-list').textContent();
    await node(page, 'note:peer-preservation').click();
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:peer-preservation');
    // Still this page, with the centre in the address.
    expect(page.url()).toBe(`${address}?centre=${encodeURIComponent('note:peer-preservation')}`);
    expect(await page.locator('h1').textContent()).toBe(title('note:goal-guarding'));
    await expect.poll(() => page.locator('[aria-live="polite"]').first().textContent()).toBe(`Centred on ${title('note:peer-preservation')}`);
    expect(await page.locator('a.open-network').getAttribute('href')).toBe('/atlas/network/?focus=note%3Apeer-preservation');
    expect(new Set(await drawnAt(page, 1))).toEqual(neighboursOf(graph, 'note:peer-preservation'));
    // The list under the graph now lists the new centre's neighbours, and only them.
    const walked = page.locator('.local-graph-walked');
    expect(await walked.isVisible()).toBe(true);
    expect(await walked.locator('p a').textContent()).toBe(title('note:peer-preservation'));
    const listed = await walked.locator('li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(listed)).toEqual(new Set([...neighboursOf(graph, 'note:peer-preservation')].map((id) => `/atlas${url(id)}`)));
    expect(await page.locator('.local-graph > .local-graph-list').isVisible()).toBe(false);

    // A second step, then Back twice: each Back re-centres on the previous centre.
    const second = [...neighboursOf(graph, 'note:peer-preservation')].find((id) => id !== 'note:goal-guarding')!;
    await node(page, second).click();
    await expect.poll(() => view(page).getAttribute('data-center')).toBe(second);
    await page.goBack();
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:peer-preservation');
    expect(await walked.locator('p a').textContent()).toBe(title('note:peer-preservation'));
    await page.goBack();
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:goal-guarding');
    expect(page.url()).toBe(address);
    expect(await walked.isVisible()).toBe(false);
    expect(await page.locator('.local-graph > .local-graph-list').textContent()).toBe(ownList);

    // Forward again, then the visible control returns to this page's node.
    await page.goForward();
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:peer-preservation');
    const home = page.getByRole('button', { name: 'Back to this page’s node' });
    expect(await home.isVisible()).toBe(true);
    await home.click();
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:goal-guarding');
    expect(await home.isVisible()).toBe(false);
    expect(page.url()).toBe(address);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the centre on reload', async () => {
    const page = await open('note:goal-guarding', { path: `${url('note:goal-guarding').slice(1)}?centre=${encodeURIComponent('note:alignment-faking')}` });
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:alignment-faking');
    expect(new Set(await drawnAt(page, 1))).toEqual(neighboursOf(graph, 'note:alignment-faking'));
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

  it('walks with the keyboard: Tab to a neighbour, Enter; the home control too', async () => {
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
    await page.locator('.local-graph-home').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:goal-guarding');
    await page.close();
  });

  it('adds the depth-2 ring on request', async () => {
    const page = await open('note:peer-preservation');
    const ring = await page.evaluate(() => {
      const data = JSON.parse(document.querySelector('script[data-local-graph-data]')!.textContent) as { nodes: [string, number, string, number][] };
      return data.nodes.filter((n) => n[3] === 2).map((n) => n[0]);
    });
    expect(ring.length).toBeGreaterThan(0);
    expect(await page.locator('[data-local-graph] g[data-depth="2"]').count()).toBe(0);
    const depth2 = page.getByRole('button', { name: 'Depth 2' });
    await depth2.click();
    expect(await depth2.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Depth 1' }).getAttribute('aria-pressed')).toBe('false');
    expect((await drawnAt(page, 2)).sort()).toEqual(ring.sort());
    await page.getByRole('button', { name: 'Depth 1' }).click();
    expect(await page.locator('[data-local-graph] g[data-depth="2"]').count()).toBe(0);
    await page.close();
  });

  for (const [device, width] of [
    ['desktop', 900],
    ['aside', 440],
    ['phone', 390],
  ] as const) {
    it(`labels every neighbour of a crowded node, without overlaps, with a key (${device})`, async () => {
      const page = await open('note:hub', { site: crowd, width, path: 'notes/hub/', reducedMotion: 'reduce' });
      if (device === 'phone') await page.setViewportSize({ width, height: 844 });
      for (const depth of [1, 2] as const) {
        if (depth === 2) await page.getByRole('button', { name: 'Depth 2' }).click();
        const labels = await page.locator('[data-local-graph] g[data-id]').evaluateAll((gs) =>
          gs.map((g) => {
            const text = g.querySelector('text');
            const box = text?.getBoundingClientRect();
            const shape = g.querySelector('path:last-of-type')!.getBoundingClientRect();
            return {
              id: g.getAttribute('data-id')!,
              depth: g.getAttribute('data-depth')!,
              name: g.getAttribute('aria-label')!,
              visible: [...(text?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent ?? '').join(' '),
              box: box && { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
              shape: { left: shape.left, right: shape.right, top: shape.top, bottom: shape.bottom },
            };
          }),
        );
        const host = (await view(page).boundingBox())!;
        expect(labels.filter((l) => l.depth === '1')).toHaveLength(34);
        for (const l of labels) {
          // Every node has a visible label, inside the view, at least a few words of its title.
          expect(l.visible.length, l.id).toBeGreaterThan(8);
          expect(l.box!.left).toBeGreaterThanOrEqual(host.x - 1);
          expect(l.box!.right).toBeLessThanOrEqual(host.x + host.width + 1);
          // The accessible name starts with the words shown (label in name).
          expect(l.name.startsWith(l.visible.replace(/…$/, '')), `${l.name} / ${l.visible}`).toBe(true);
        }
        const boxes = [...labels.map((l) => ({ id: `${l.id} label`, ...l.box! })), ...labels.map((l) => ({ id: `${l.id} node`, ...l.shape }))];
        const overlaps: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps.push(`${a.id} × ${b.id}`);
          }
        expect(overlaps).toEqual([]);
      }
      const key = await page.locator('.local-graph-legend li').allTextContents();
      expect(key.map((k) => k.trim())).toEqual(expect.arrayContaining(['Inquiring line', 'Note', 'Stub note', 'Paper', 'Collection', 'related concept', 'mention or suggested next line']));
      await page.screenshot({ path: `/tmp/graph-local-crowd-${device}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('has no axe violations on a phone, walked away from home', async () => {
    const page = await open('note:hub', { site: crowd, width: 390, path: 'notes/hub/' });
    await node(page, 'note:n1').click();
    await expect.poll(() => view(page).getAttribute('data-center')).toBe('note:n1');
    await page.getByRole('button', { name: 'Depth 2' }).click();
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResult> } }).axe;
      const result = await axe.run(document.querySelector('.local-graph')!, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'], resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
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
