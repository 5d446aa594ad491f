/**
 * `/network/`: every node and edge on one canvas, at the positions the build laid out (collections
 * as regions), so the first paint is the settled map, with the collections and the biggest hubs
 * named. Zoom (wheel, two-finger pinch, buttons, + and -), pan (drag the background, two fingers,
 * or the arrow keys), drag a node, hover or tap to light up its links, click to open its page;
 * filter by kind and collection (the view fits what is left); find by any word of a title;
 * `?focus=<id>` centres a node and lights up its neighbours. The map fills the window under the
 * toolbar; on a touch screen one finger scrolls the page past it.
 *
 * Read-only state on the canvas, for scripts and tests: `data-view="k x y"` (screen px = world × k
 * + (x, y), relative to the canvas), `data-focus` and `data-hover` (node ids, absent when none),
 * `data-labels` (the labels of the last full frame, as JSON `[{id, text, box: [l, t, r, b]}]`).
 */
import { quadtree } from 'd3-quadtree';
import type { Quadtree } from 'd3-quadtree';
import type { NetworkData } from '../wire/graph-data.ts';
import { KIND_KEYS, KIND_NAMES, readGraphTheme } from './graph-kinds.ts';
import type { KindKey } from './graph-kinds.ts';
import { createNetworkControls } from './graph-network-controls.ts';
import { computeRegions, createDrawCache, drawNetwork, nodeRadius } from './graph-network-draw.ts';
import { attachGestures } from './graph-network-gestures.ts';
import type { DrawState, Viewport } from './graph-network-draw.ts';
import { decodeNetwork } from './graph-network-model.ts';
import type { NetworkModel } from './graph-network-model.ts';

const MAX_ZOOM = 12;
/** Above this many nodes plus edges, pans and zooms redraw a snapshot until the gesture rests. */
const SNAPSHOT_SIZE = 5000;
const SETTLE_MS = 150;

for (const host of document.querySelectorAll<HTMLElement>('[data-network]')) {
  const src = host.dataset.src;
  if (!src) continue;
  fetch(src)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${src}`);
      return response.json() as Promise<NetworkData>;
    })
    .then(
      (data) => start(host, decodeNetwork(data), host.dataset.base ?? '/'),
      () => {
        const p = document.createElement('p');
        p.textContent = 'The network could not be loaded. Every page lists its neighbours under “Local graph”.';
        host.replaceWith(p);
      },
    );
}

function start(host: HTMLElement, model: NetworkModel, base: string): void {
  const count = model.nodes.length;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const view: Viewport = { k: 1, x: 0, y: 0, width: 1, height: 1, dpr: 1 };
  const state: DrawState = { visible: new Uint8Array(count).fill(1), focus: -1, hover: -1, highlighted: null, lit: -1 };
  const cache = createDrawCache(model, computeRegions(model));
  const shownKinds = new Set<KindKey>(KIND_KEYS);
  let collection = -1;
  let theme = readGraphTheme(host);
  let tree = buildTree();
  let minZoom = 0.01;
  let frame = 0;
  let glide = 0;
  // Rasterising 80,000 edges takes longer than a frame on a slow machine: during a gesture the
  // last full frame is moved and scaled instead, and redrawn in full once the gesture rests.
  const heavy = count + model.edgeSource.length > SNAPSHOT_SIZE;
  const snapshot = document.createElement('canvas');
  let snapshotView: { k: number; x: number; y: number } | null = null;
  let quick = false;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const canvas = document.createElement('canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `Map of ${count} nodes in ${model.collections.length} collections. Arrow keys pan, plus and minus zoom, Enter opens the centred node; use Find to reach a node.`);
  // One finger scrolls the page (touch-action lets the browser have it); two are the map's.
  Object.assign(canvas.style, { display: 'block', width: '100%', height: '100%', touchAction: 'pan-x pan-y', cursor: 'grab' });
  const hintBox = document.createElement('p');
  hintBox.className = 'network-hint';
  hintBox.textContent = 'Use two fingers to move the map';
  hintBox.hidden = true;
  Object.assign(hintBox.style, {
    position: 'absolute',
    left: '50%',
    top: '50%',
    transform: 'translate(-50%, -50%)',
    margin: '0',
    padding: '0.5rem 0.9rem',
    borderRadius: '6px',
    background: 'rgba(0,0,0,.7)',
    color: '#fff',
    font: '15px/1.3 system-ui, sans-serif',
    pointerEvents: 'none',
  });
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  const tooltip = document.createElement('div');
  tooltip.className = 'network-tooltip';
  tooltip.hidden = true;
  Object.assign(tooltip.style, {
    position: 'absolute',
    pointerEvents: 'none',
    padding: '0.25rem 0.5rem',
    borderRadius: '4px',
    font: '13px/1.35 system-ui, sans-serif',
    maxWidth: '22rem',
    boxShadow: '0 1px 4px rgba(0,0,0,.2)',
  });
  const zoomBar = document.createElement('div');
  zoomBar.className = 'network-zoom';
  Object.assign(zoomBar.style, { position: 'absolute', top: '0.5rem', right: '0.5rem', display: 'flex', gap: '0.25rem' });
  for (const [text, label, act] of [
    ['+', 'Zoom in', () => zoomAt(view.width / 2, view.height / 2, 1.5)],
    ['−', 'Zoom out', () => zoomAt(view.width / 2, view.height / 2, 1 / 1.5)],
    ['Fit', 'Fit the map to the shown nodes', () => fit()],
  ] as const) {
    const button = zoomBar.appendChild(document.createElement('button'));
    button.type = 'button';
    button.textContent = text;
    button.setAttribute('aria-label', label);
    button.style.padding = '0.1rem 0.55rem';
    button.addEventListener('click', act);
  }
  if (getComputedStyle(host).position === 'static') host.style.position = 'relative';
  const controls = createNetworkControls(model, base, theme.kinds, state.visible, {
    setKind(key, shown) {
      if (shown) shownKinds.add(key);
      else shownKinds.delete(key);
      applyFilters();
    },
    setCollection(index) {
      collection = index;
      applyFilters();
    },
    choose: (index) => focusOn(index, !reducedMotion.matches),
    clearFocus: () => setFocus(-1),
  });
  host.replaceChildren(canvas, zoomBar, tooltip, hintBox, controls.focusPanel);
  host.before(controls.element);
  fillWindow();
  addEventListener('resize', fillWindow);

  resize();
  fit();
  const requested = new URLSearchParams(location.search).get('focus');
  if (requested !== null && model.byId.has(requested)) focusOn(model.byId.get(requested)!, false);
  new ResizeObserver(() => {
    const { x, y } = toWorld(view.width / 2, view.height / 2);
    resize();
    view.x = view.width / 2 - x * view.k;
    view.y = view.height / 2 - y * view.k;
    invalidate();
  }).observe(host);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => ((theme = readGraphTheme(host)), invalidate()));

  attachGestures(canvas, {
    hit,
    begin: () => cancelAnimationFrame(glide),
    pan(dx, dy) {
      view.x += dx;
      view.y += dy;
      invalidate(true);
    },
    zoomAt: (x, y, factor) => zoomAt(x, y, factor, true),
    moveNode(index, x, y) {
      const w = toWorld(x, y);
      model.x[index] = w.x;
      model.y[index] = w.y;
      invalidate();
    },
    dropNode: () => (tree = buildTree()),
    open,
    hover,
    leave: () => setHover(-1),
    tap(px, py) {
      const index = hit(px, py);
      if (index >= 0 && index === state.focus) open(index);
      else setFocus(index);
    },
    hint() {
      hintBox.hidden = false;
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => (hintBox.hidden = true), 1500);
    },
  });
  canvas.addEventListener('keydown', (event) => {
    const step = 60;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => (view.x += step),
      ArrowRight: () => (view.x -= step),
      ArrowUp: () => (view.y += step),
      ArrowDown: () => (view.y -= step),
      '+': () => zoomAt(view.width / 2, view.height / 2, 1.5),
      '=': () => zoomAt(view.width / 2, view.height / 2, 1.5),
      '-': () => zoomAt(view.width / 2, view.height / 2, 1 / 1.5),
      '0': () => fit(),
      Escape: () => setFocus(-1),
      Enter: () => state.focus >= 0 && (location.href = base + model.nodes[state.focus]!.url.slice(1)),
    };
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    act();
    invalidate();
  });

  function draw(): void {
    frame = 0;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    if (quick && snapshotView) {
      const s = view.k / snapshotView.k;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(s, 0, 0, s, (view.x - snapshotView.x * s) * view.dpr, (view.y - snapshotView.y * s) * view.dpr);
      ctx.drawImage(snapshot, 0, 0);
    } else {
      const labels = drawNetwork(ctx, model, view, state, theme, cache);
      canvas.dataset.labels = JSON.stringify(labels.map((l) => ({ id: l.id, text: l.text, box: l.box.map((v) => Math.round(v * 10) / 10) })));
      if (heavy) {
        if (snapshot.width !== canvas.width || snapshot.height !== canvas.height) {
          snapshot.width = canvas.width;
          snapshot.height = canvas.height;
        }
        const copy = snapshot.getContext('2d');
        copy?.clearRect(0, 0, snapshot.width, snapshot.height);
        copy?.drawImage(canvas, 0, 0);
        snapshotView = { k: view.k, x: view.x, y: view.y };
      }
    }
    canvas.dataset.view = `${view.k} ${view.x} ${view.y}`;
  }

  /** Schedule a redraw; `gesture` redraws are quick (from the snapshot) on big graphs. */
  function invalidate(gesture = false): void {
    clearTimeout(settle);
    quick = gesture && heavy && snapshotView !== null;
    if (quick) settle = setTimeout(() => invalidate(), SETTLE_MS);
    if (!frame) frame = requestAnimationFrame(draw);
  }

  function resize(): void {
    view.width = Math.max(1, host.clientWidth);
    view.height = Math.max(1, host.clientHeight);
    view.dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(view.width * view.dpr);
    canvas.height = Math.round(view.height * view.dpr);
    invalidate();
  }

  /** Zoom and pan so every shown node fits. */
  function fit(): void {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let i = 0; i < count; i++) {
      if (!state.visible[i]) continue;
      x0 = Math.min(x0, model.x[i]!);
      x1 = Math.max(x1, model.x[i]!);
      y0 = Math.min(y0, model.y[i]!);
      y1 = Math.max(y1, model.y[i]!);
    }
    if (x0 > x1) {
      x0 = x1 = 0;
      y0 = y1 = 0;
    }
    const k = Math.min(3, (view.width - 40) / Math.max(1, x1 - x0), (view.height - 40) / Math.max(1, y1 - y0));
    minZoom = Math.min(minZoom === 0.01 ? k / 4 : minZoom, k / 4);
    setView(k, view.width / 2 - ((x0 + x1) / 2) * k, view.height / 2 - ((y0 + y1) / 2) * k);
  }

  function setView(k: number, x: number, y: number, gesture = false): void {
    view.k = k;
    view.x = x;
    view.y = y;
    invalidate(gesture);
  }

  function zoomAt(px: number, py: number, factor: number, gesture = false): void {
    const k = Math.max(minZoom, Math.min(MAX_ZOOM, view.k * factor));
    const w = toWorld(px, py);
    setView(k, px - w.x * k, py - w.y * k, gesture);
  }

  /** Centre node `index`, zoomed so its neighbours fit, and light it up. */
  function focusOn(index: number, animate: boolean): void {
    const cx = model.x[index]!;
    const cy = model.y[index]!;
    let reach = 60;
    for (const n of model.neighbours[index]!) reach = Math.max(reach, Math.abs(model.x[n]! - cx), Math.abs(model.y[n]! - cy));
    const k = Math.max(minZoom, Math.min(2.5, (Math.min(view.width, view.height) / 2 - 30) / reach));
    const target = { k, x: view.width / 2 - cx * k, y: view.height / 2 - cy * k };
    setFocus(index);
    controls.announce(`Centred on ${model.nodes[index]!.title}`);
    cancelAnimationFrame(glide);
    if (!animate) return setView(target.k, target.x, target.y);
    const from = { ...view };
    const began = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - began) / 500);
      const e = 1 - (1 - t) ** 3;
      setView(from.k + (target.k - from.k) * e, from.x + (target.x - from.x) * e, from.y + (target.y - from.y) * e, t < 1);
      if (t < 1) glide = requestAnimationFrame(step);
    };
    glide = requestAnimationFrame(step);
  }

  function open(index: number): void {
    location.href = base + model.nodes[index]!.url.slice(1);
  }

  /** Light up the hovered node's links, else the focused node's. */
  function relight(): void {
    state.lit = state.hover >= 0 ? state.hover : state.focus;
    state.highlighted = state.lit >= 0 ? new Set([state.lit, ...model.neighbours[state.lit]!]) : null;
  }

  /** The map's height: from under the toolbar to the window's bottom, whatever the header takes. */
  function fillWindow(): void {
    const top = host.getBoundingClientRect().top + scrollY;
    host.style.height = `${Math.max(320, Math.round(innerHeight - top - 12))}px`;
  }

  function setFocus(index: number): void {
    state.focus = index;
    relight();
    const node = model.nodes[index];
    if (node) canvas.dataset.focus = node.id;
    else delete canvas.dataset.focus;
    controls.showFocus(index);
    const url = new URL(location.href);
    if (node) url.searchParams.set('focus', node.id);
    else url.searchParams.delete('focus');
    history.replaceState(history.state, '', url);
    tree = buildTree();
    invalidate();
  }

  function hover(px: number, py: number): void {
    setHover(hit(px, py));
    const node = model.nodes[state.hover];
    tooltip.hidden = !node;
    if (!node) return;
    tooltip.replaceChildren(document.createElement('strong'), document.createElement('br'), `${KIND_NAMES[node.key]} · ${model.neighbours[state.hover]!.length} links`);
    tooltip.firstChild!.textContent = node.title;
    Object.assign(tooltip.style, { background: theme.background, color: theme.text, border: `1px solid ${theme.kinds[node.key]}` });
    const left = Math.min(px + 14, view.width - tooltip.offsetWidth - 4);
    tooltip.style.left = `${Math.max(4, left)}px`;
    tooltip.style.top = `${py + 16 + tooltip.offsetHeight > view.height ? py - tooltip.offsetHeight - 10 : py + 16}px`;
  }

  function setHover(index: number): void {
    if (index === state.hover) return;
    state.hover = index;
    relight();
    const node = model.nodes[index];
    if (node) canvas.dataset.hover = node.id;
    else {
      delete canvas.dataset.hover;
      tooltip.hidden = true;
    }
    canvas.style.cursor = node ? 'pointer' : 'grab';
    invalidate();
  }

  function applyFilters(): void {
    const inCollection = new Uint8Array(count);
    if (collection >= 0) {
      const id = model.collections[collection]?.id;
      for (let i = 0; i < count; i++) {
        if (model.nodes[i]!.collection !== collection && model.nodes[i]!.id !== id) continue;
        inCollection[i] = 1;
        // Lines, papers and stubs belong to no collection: show those linked to its notes.
        for (const n of model.neighbours[i]!) if (model.nodes[n]!.collection === -1 && model.nodes[n]!.kind !== 'collection') inCollection[n] = 1;
      }
    }
    for (let i = 0; i < count; i++) state.visible[i] = shownKinds.has(model.nodes[i]!.key) && (collection < 0 || inCollection[i] === 1) ? 1 : 0;
    tree = buildTree();
    fit();
  }

  function buildTree(): Quadtree<number> {
    const shown: number[] = [];
    for (let i = 0; i < count; i++) if (state.visible[i] || i === state.focus) shown.push(i);
    return quadtree<number>()
      .x((i) => model.x[i]!)
      .y((i) => model.y[i]!)
      .addAll(shown);
  }

  function hit(px: number, py: number): number {
    const w = toWorld(px, py);
    const found = tree.find(w.x, w.y, (nodeRadius(view.k) * 2 + 4) / view.k);
    return found ?? -1;
  }

  function toWorld(px: number, py: number): { x: number; y: number } {
    return { x: (px - view.x) / view.k, y: (py - view.y) / view.k };
  }
}
