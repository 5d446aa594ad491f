/**
 * The local graph itself: the record, its neighbours and (on request) their neighbours, drawn
 * from the page's own `graph.json`. Clicking a neighbour walks there without leaving the page
 * (its file is fetched, the graph re-centres); clicking the centre opens its page. Loaded by
 * `local-graph.ts` when the graph is about to be seen. Markup and data files: see the site ⇄
 * graph contract and `src/site/graph-data.ts`.
 */
import type { NeighbourhoodData } from '../site/graph-data.ts';
import { readGraphTheme } from './graph-kinds.ts';
import { localLayout } from './graph-local-layout.ts';
import { createLocalView } from './graph-local-view.ts';
import type { LocalView } from './graph-local-view.ts';

type Point = { x: number; y: number };

const TWEEN_MS = 450;

export function enhance(host: HTMLElement): void {
  const src = host.dataset.src;
  if (!src) return;
  const base = host.dataset.base ?? '/';
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const cache = new Map<string, Promise<NeighbourhoodData>>();
  let data: NeighbourhoodData | undefined;
  let depth: 1 | 2 = 1;
  let previous = new Map<string, Point>(); // where each node was last drawn, by id
  let request = 0;
  let tween = 0;

  const controls = document.createElement('div');
  controls.className = 'local-graph-controls';
  Object.assign(controls.style, { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.5rem', marginBottom: '0.5rem' });
  const depthGroup = controls.appendChild(document.createElement('div'));
  depthGroup.setAttribute('role', 'group');
  depthGroup.setAttribute('aria-label', 'Depth');
  const depthButtons = ([1, 2] as const).map((d) => {
    const button = depthGroup.appendChild(document.createElement('button'));
    button.type = 'button';
    button.textContent = `Depth ${d}`;
    button.setAttribute('aria-pressed', String(d === depth));
    button.addEventListener('click', () => {
      depth = d;
      render(true);
    });
    return button;
  });
  const more = controls.appendChild(document.createElement('span'));
  more.className = 'local-graph-more';
  const status = controls.appendChild(document.createElement('span'));
  status.className = 'local-graph-status';
  status.setAttribute('aria-live', 'polite');
  host.before(controls);
  if (getComputedStyle(host).position === 'static') host.style.position = 'relative';
  host.style.overflow = 'hidden';

  load(src).then(
    (loaded) => {
      data = loaded;
      render(false);
      let size = `${host.clientWidth}x${host.clientHeight}`;
      new ResizeObserver(() => {
        const now = `${host.clientWidth}x${host.clientHeight}`;
        if (now !== size) (size = now), render(false);
      }).observe(host);
      matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => render(false));
    },
    () => {
      depthGroup.hidden = true;
      status.textContent = 'The local graph could not be loaded; the list below shows the same links.';
    },
  );

  function load(url: string): Promise<NeighbourhoodData> {
    let pending = cache.get(url);
    if (!pending) {
      pending = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        return response.json() as Promise<NeighbourhoodData>;
      });
      pending.catch(() => cache.delete(url)); // let a later click retry
      cache.set(url, pending);
    }
    return pending;
  }

  function activate(index: number): void {
    const node = data?.nodes[index];
    if (!node) return;
    if (node.depth === 0) {
      location.href = base + node.url.slice(1);
      return;
    }
    const ticket = ++request;
    const hadFocus = host.contains(document.activeElement);
    load(`${base}${node.url.slice(1)}graph.json`).then(
      (next) => {
        if (ticket !== request) return; // a later click won
        data = next;
        host.dataset.center = next.center;
        const open = (host.closest('.local-graph') ?? document).querySelector<HTMLAnchorElement>('a.open-network');
        if (open) open.href = `${host.dataset.network ?? open.pathname}?focus=${encodeURIComponent(next.center)}`;
        const view = render(true);
        status.textContent = `Centred on ${next.nodes[0]?.title ?? next.center}`;
        if (hadFocus) view?.nodeElement(0)?.focus();
      },
      () => {
        if (ticket === request) status.textContent = `Could not load the graph of ${node.title}.`;
      },
    );
  }

  function render(animate: boolean): LocalView | undefined {
    if (!data?.nodes[0]) return undefined; // a file for an unknown record: nothing to draw
    const current = data;
    for (const [i, button] of depthButtons.entries()) {
      button.setAttribute('aria-pressed', String(i + 1 === depth));
      // The pressed button keeps the site's button look; the other is drawn as an outline.
      button.style.background = i + 1 === depth ? '' : 'transparent';
      button.style.color = i + 1 === depth ? '' : 'inherit';
    }
    more.textContent = depth === 2 && current.omitted > 0 ? `${current.omitted} more at depth 2 not shown` : '';

    const width = host.clientWidth || 600;
    const height = host.clientHeight || 400;
    const placed = localLayout(current, { depth, ring: Math.min(width, height) / 4 });
    const extentX = Math.max(1, ...placed.map((p) => Math.abs(p.x)));
    const extentY = Math.max(1, ...placed.map((p) => Math.abs(p.y)));
    const scale = Math.min(1.5, (width / 2 - 36) / extentX, (height / 2 - 30) / extentY);
    const target = new Map(placed.map((p) => [p.index, { x: p.x * scale, y: p.y * scale }]));

    const view = createLocalView(current, { width, height, shown: placed.map((p) => p.index), theme: readGraphTheme(host), activate });
    host.replaceChildren(view.svg);
    cancelAnimationFrame(tween);
    const origin = previous.get(current.center) ?? { x: 0, y: 0 };
    const start = new Map([...target.keys()].map((i) => [i, previous.get(current.nodes[i]!.id) ?? origin]));
    if (animate && previous.size > 0 && !reducedMotion.matches) {
      const began = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - began) / TWEEN_MS);
        const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
        view.place(new Map([...target].map(([i, p]) => [i, { x: start.get(i)!.x + (p.x - start.get(i)!.x) * e, y: start.get(i)!.y + (p.y - start.get(i)!.y) * e }])));
        if (t < 1) tween = requestAnimationFrame(step);
      };
      step(began);
    } else {
      view.place(target);
    }
    previous = new Map([...target].map(([i, p]) => [current.nodes[i]!.id, p]));
    return view;
  }
}
