/**
 * The local graph itself: the record, its neighbours and (on request) their neighbours, drawn
 * from the data inline in the page (`graph-local-data.ts`). Clicking a neighbour walks there
 * without leaving the page: its data is read from its own page, fetched, the graph re-centres,
 * the list under it follows, and the walk is a step in the browser's history (`?centre=<id>`), so
 * Back returns to the previous centre and a reload keeps the current one. "Back to this page’s
 * node" returns home. Clicking the centre opens its page. Loaded by `local-graph.ts` when the
 * graph is about to be seen. Markup: see `src/site/components/local-graph.ts`.
 */
import type { NeighbourhoodData } from '../wire/graph-data.ts';
import { defaultUrl, readInlineData } from './graph-local-data.ts';
import { readGraphTheme } from './graph-kinds.ts';
import { localLayout } from './graph-local-layout.ts';
import type { LocalPlan, MeasureText } from './graph-local-layout.ts';
import { fillLegend } from './graph-local-legend.ts';
import { fillWalkedList } from './graph-local-list.ts';
import { createLocalView, FONT } from './graph-local-view.ts';
import type { LocalView } from './graph-local-view.ts';

type Point = { x: number; y: number };

const TWEEN_MS = 400;
/** The query parameter naming the centre when it is not the page's own node. */
const PARAM = 'centre';
const KIND_OF_PREFIX = { line: 'inquiring-line', note: 'note', paper: 'paper', collection: 'collection' } as const;

export function enhance(host: HTMLElement): void {
  const section = host.closest<HTMLElement>('.local-graph') ?? host.parentElement ?? document.body;
  const base = host.dataset.base ?? '/';
  const homeId = host.dataset.center ?? '';
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const measure = textMeasure(host);
  const cache = new Map<string, Promise<NeighbourhoodData>>();
  const urls = new Map<string, string>(); // id → url, of every node met so far
  let data: NeighbourhoodData | undefined;
  let centreId = homeId;
  let depth: 1 | 2 = 1;
  let previous = new Map<string, Point>(); // where each node was last drawn, by id
  let request = 0;
  let tween = 0;
  let plan: LocalPlan | undefined;

  // What the page wrote for its own node; shown again whenever the graph is back home.
  const ownList = [...section.querySelectorAll<HTMLElement>('.local-graph-empty, .local-graph-elsewhere, .local-graph-list')];

  const help = document.createElement('p');
  help.className = 'local-graph-help';
  help.textContent = 'Click a node to walk to it · click the centre to open its page';
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
    button.addEventListener('click', () => {
      depth = d;
      render(true);
    });
    return button;
  });
  const home = controls.appendChild(document.createElement('button'));
  home.type = 'button';
  home.className = 'local-graph-home';
  home.textContent = 'Back to this page’s node';
  home.hidden = true;
  // `detail` is 0 for a click made with the keyboard: only then does focus move into the graph.
  home.addEventListener('click', (event) => void go(homeId, 'push', event.detail === 0));
  const more = controls.appendChild(document.createElement('span'));
  more.className = 'local-graph-more';
  const status = controls.appendChild(document.createElement('span'));
  // Said to screen readers; the graph shows the centre to everyone else.
  status.className = 'local-graph-status visually-hidden';
  status.setAttribute('aria-live', 'polite');
  host.before(help, controls);

  const legend = document.createElement('ul');
  legend.className = 'local-graph-legend';
  legend.setAttribute('aria-label', 'Key');
  const walked = document.createElement('div');
  walked.className = 'local-graph-walked';
  walked.hidden = true;
  host.after(legend, walked);
  host.style.position = 'relative';

  const own = readInlineData(section);
  if (!own) {
    depthGroup.hidden = true;
    status.classList.remove('visually-hidden');
    status.textContent = 'The local graph could not be read; the list below shows the same links.';
    return;
  }
  cache.set(homeId, Promise.resolve(own));
  remember(own);

  const asked = new URL(location.href).searchParams.get(PARAM);
  void go(asked && asked !== homeId ? asked : homeId, asked && asked !== homeId ? 'replace' : 'none', false).then(() => {
    let width = host.clientWidth;
    new ResizeObserver(() => {
      if (host.clientWidth !== width) {
        width = host.clientWidth;
        render(false);
      }
    }).observe(host);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => render(false));
  });
  addEventListener('popstate', (event) => {
    const state = (event.state as { localGraphCentre?: unknown } | null)?.localGraphCentre;
    const id = typeof state === 'string' ? state : (new URL(location.href).searchParams.get(PARAM) ?? homeId);
    if (id !== centreId) void go(id, 'none', host.contains(document.activeElement));
  });

  function remember(neighbourhood: NeighbourhoodData): void {
    for (const n of neighbourhood.nodes) urls.set(n.id, n.url);
  }

  /** The neighbourhood of `id`: its page's inline data, fetched once. */
  function load(id: string): Promise<NeighbourhoodData> {
    let pending = cache.get(id);
    if (!pending) {
      const url = urls.get(id) ?? guessUrl(id);
      pending = fetch(base + url.slice(1))
        .then((response) => {
          if (!response.ok) throw new Error(`${response.status} ${url}`);
          return response.text();
        })
        .then((text) => {
          const found = readInlineData(new DOMParser().parseFromString(text, 'text/html'));
          if (!found || found.center !== id) throw new Error(`no local graph in ${url}`);
          return found;
        });
      pending.catch(() => cache.delete(id)); // let a later click retry
      cache.set(id, pending);
    }
    return pending;
  }

  /** Centre the graph on `id`; `history`: push a step, replace the current one, or leave it. */
  async function go(id: string, history: 'push' | 'replace' | 'none', focus: boolean): Promise<void> {
    const ticket = ++request;
    const first = data === undefined;
    let next: NeighbourhoodData;
    try {
      next = await load(id);
    } catch {
      if (ticket !== request) return;
      status.classList.remove('visually-hidden'); // a failure is news to every reader
      status.textContent = `Could not load the graph of ${id === homeId ? 'this page' : 'that node'}.`;
      if (first && id !== homeId) return go(homeId, 'replace', focus);
      return;
    }
    if (ticket !== request) return; // a later walk won
    remember(next);
    data = next;
    centreId = id;
    host.dataset.center = id;
    const away = id !== homeId;
    home.hidden = !away;
    for (const element of ownList) element.hidden = away;
    walked.hidden = !away;
    const open = section.querySelector<HTMLAnchorElement>('a.open-network');
    if (open) open.href = `${host.dataset.network ?? open.pathname}?focus=${encodeURIComponent(id)}`;
    const view = render(!first);
    if (away && plan)
      fillWalkedList(
        walked,
        next,
        plan.nodes.filter((p) => next.nodes[p.index]?.depth === 1).map((p) => p.index),
        base,
      );
    status.classList.add('visually-hidden');
    if (!first || away) status.textContent = `Centred on ${next.nodes[0]?.title ?? id}`;
    if (history !== 'none') {
      const url = new URL(location.href);
      if (away) url.searchParams.set(PARAM, id);
      else url.searchParams.delete(PARAM);
      const previous: unknown = window.history.state;
      const state = { ...(typeof previous === 'object' ? previous : {}), localGraphCentre: id };
      if (history === 'push') window.history.pushState(state, '', url);
      else window.history.replaceState(state, '', url);
    }
    if (focus) view?.nodeElement(0)?.focus();
  }

  function activate(index: number, keyboard: boolean): void {
    const node = data?.nodes[index];
    if (!node) return;
    if (node.depth === 0) {
      location.href = base + node.url.slice(1);
      return;
    }
    // Focus follows a walk made from the keyboard, so it can go on; a click leaves it be.
    void go(node.id, 'push', keyboard);
  }

  function render(animate: boolean): LocalView | undefined {
    if (!data?.nodes[0]) return undefined;
    const current = data;
    for (const [i, button] of depthButtons.entries()) {
      button.setAttribute('aria-pressed', String(i + 1 === depth));
      // The pressed button keeps the site's button look; the other is drawn as an outline.
      button.style.background = i + 1 === depth ? '' : 'transparent';
      button.style.color = i + 1 === depth ? '' : 'inherit';
    }
    more.textContent = depth === 2 && current.omitted > 0 ? `${current.omitted} more at depth 2 not shown` : '';

    const hadFocus = document.activeElement instanceof SVGElement && host.contains(document.activeElement) ? document.activeElement.getAttribute('data-id') : null;
    plan = localLayout(current, { depth, width: host.clientWidth || 600, measure });
    const theme = readGraphTheme(host);
    Object.assign(host.style, { height: `${plan.height}px`, aspectRatio: 'auto', maxHeight: 'none' });
    host.replaceChildren();
    const view = createLocalView(current, plan, { theme, host, activate });
    host.prepend(view.svg);
    fillLegend(
      legend,
      current,
      plan.nodes.map((p) => p.index),
      view.edges,
      theme,
    );
    cancelAnimationFrame(tween);
    const target = new Map(plan.nodes.map((p) => [p.index, { x: p.x, y: p.y }]));
    const origin = previous.get(current.center) ?? target.get(0)!;
    const start = new Map([...target].map(([i, p]) => [i, previous.get(current.nodes[i]!.id) ?? (animate ? origin : p)]));
    if (animate && previous.size > 0 && !reducedMotion.matches) {
      const began = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - began) / TWEEN_MS);
        const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
        view.place(new Map([...target].map(([i, p]) => [i, { x: start.get(i)!.x + (p.x - start.get(i)!.x) * e, y: start.get(i)!.y + (p.y - start.get(i)!.y) * e }])));
        if (t < 1) tween = requestAnimationFrame(step);
      };
      step(began);
    }
    previous = new Map([...target].map(([i, p]) => [current.nodes[i]!.id, p]));
    if (hadFocus) [...host.querySelectorAll<SVGGElement>('g[data-id]')].find((g) => g.getAttribute('data-id') === hadFocus)?.focus();
    return view;
  }
}

/** The url of a node known only by its id (a reload on `?centre=` of a node not in this page's data). */
function guessUrl(id: string): string {
  const prefix = id.slice(0, id.indexOf(':')) as keyof typeof KIND_OF_PREFIX;
  return defaultUrl(id, KIND_OF_PREFIX[prefix] ?? 'note');
}

/**
 * Text widths in the graph's font: from a canvas (no layout pass per label), scaled by how the
 * page's SVG text actually sets a sample in that size and weight, since a canvas may resolve the
 * font stack to another face.
 */
function textMeasure(host: HTMLElement): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const scales = new Map<string, number>();
  const canvasWidth = (text: string, size: number, bold: boolean) => {
    context!.font = `${bold ? '600 ' : ''}${size}px ${FONT}`;
    return context!.measureText(text).width;
  };
  const scale = (size: number, bold: boolean): number => {
    const key = `${size}${bold}`;
    let found = scales.get(key);
    if (found === undefined) {
      const sample = 'How do training regimes determine whether models fake alignment? 0123456789';
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('aria-hidden', 'true');
      Object.assign(svg.style, { position: 'absolute', visibility: 'hidden', left: '0', top: '0', fontFamily: FONT });
      const text = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'text'));
      text.setAttribute('font-size', String(size));
      text.setAttribute('font-weight', bold ? '600' : '400');
      text.textContent = sample;
      host.append(svg);
      const real = text.getComputedTextLength();
      svg.remove();
      found = real > 0 ? real / canvasWidth(sample, size, bold) : 1;
      scales.set(key, found);
    }
    return found;
  };
  return (text, size, bold) => {
    const key = `${size}${bold ? 'b' : ''}${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (!context) return text.length * size * 0.6;
      // A pixel to spare: SVG text may be hinted a little wider than measured.
      width = canvasWidth(text, size, bold) * scale(size, bold) * 1.02 + 1;
      widths.set(key, width);
    }
    return width;
  };
}
