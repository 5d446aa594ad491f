/**
 * The network's controls, in ordinary HTML around the canvas: which kinds and which collection to
 * show, and a find box whose results are buttons, the keyboard way to any node on the map.
 */
import { KIND_KEYS, KIND_NAMES, shapePath } from './graph-kinds.ts';
import type { KindKey } from './graph-kinds.ts';
import type { NetworkModel } from './graph-network-model.ts';

export interface NetworkControlHandlers {
  setKind(key: KindKey, shown: boolean): void;
  /** Index into the model's collections, or -1 for all. */
  setCollection(index: number): void;
  choose(index: number): void;
  clearFocus(): void;
}

export interface NetworkControls {
  element: HTMLElement;
  /** Announces what happened ("Centred on …"), politely. */
  announce(text: string): void;
  /** Show the focused node with a link to its page, or nothing. */
  showFocus(index: number): void;
}

const MAX_RESULTS = 10;

export function createNetworkControls(model: NetworkModel, base: string, colours: Record<KindKey, string>, on: NetworkControlHandlers): NetworkControls {
  const element = h('div', { class: 'network-controls' });
  Object.assign(element.style, { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: '0.75rem 1.5rem', marginBottom: '0.75rem' });

  const kinds = element.appendChild(h('fieldset', { class: 'network-kinds' }));
  Object.assign(kinds.style, { display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.9rem', margin: '0', padding: '0.25rem 0.5rem', border: '0' });
  kinds.appendChild(h('legend', { class: 'visually-hidden' })).textContent = 'Show kinds';
  for (const key of KIND_KEYS) {
    if (!model.nodes.some((n) => n.key === key)) continue;
    const label = kinds.appendChild(h('label', { 'data-kind': key }));
    const box = label.appendChild(h('input', { type: 'checkbox', value: key })) as HTMLInputElement;
    box.checked = true;
    box.addEventListener('change', () => on.setKind(key, box.checked));
    label.appendChild(swatch(key, colours));
    label.append(` ${KIND_NAMES[key]}s`);
  }

  if (model.collections.length > 0) {
    const wrap = element.appendChild(h('div', { class: 'network-collection' }));
    wrap.appendChild(h('label', { for: 'network-collection-select' })).textContent = 'Collection ';
    const select = wrap.appendChild(h('select', { id: 'network-collection-select' })) as HTMLSelectElement;
    select.appendChild(h('option', { value: '-1' })).textContent = 'All collections';
    model.collections
      .map((c, i) => ({ c, i }))
      .sort((a, b) => a.c.title.localeCompare(b.c.title))
      .forEach(({ c, i }) => (select.appendChild(h('option', { value: String(i) })).textContent = c.title));
    select.addEventListener('change', () => on.setCollection(Number(select.value)));
  }

  const find = element.appendChild(h('div', { class: 'network-find', role: 'search' }));
  find.appendChild(h('label', { for: 'network-find-input' })).textContent = 'Find ';
  const input = find.appendChild(h('input', { type: 'search', id: 'network-find-input', autocomplete: 'off', placeholder: 'A title…', 'aria-describedby': 'network-find-count' })) as HTMLInputElement;
  const count = find.appendChild(h('span', { id: 'network-find-count', class: 'visually-hidden', 'aria-live': 'polite' }));
  const results = find.appendChild(h('ul', { class: 'network-results' }));
  Object.assign(results.style, { listStyle: 'none', margin: '0.25rem 0 0', padding: '0' });
  let matches: number[] = [];
  input.addEventListener('input', () => {
    matches = search(model, input.value);
    results.replaceChildren(
      ...matches.map((i) => {
        const li = h('li', {});
        const button = li.appendChild(h('button', { type: 'button', 'data-id': model.nodes[i]!.id }));
        button.append(swatch(model.nodes[i]!.key, colours), ` ${model.nodes[i]!.title} `);
        button.appendChild(h('span', { class: 'kind-tag' })).textContent = `(${KIND_NAMES[model.nodes[i]!.key]})`;
        button.addEventListener('click', () => on.choose(i));
        return li;
      }),
    );
    count.textContent = input.value.trim() ? `${matches.length === MAX_RESULTS ? 'At least ' : ''}${matches.length} matching nodes` : '';
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && matches[0] !== undefined) on.choose(matches[0]);
    else if (event.key === 'ArrowDown') results.querySelector('button')?.focus();
    else return;
    event.preventDefault();
  });

  const focus = element.appendChild(h('p', { class: 'network-focus' }));
  focus.style.margin = '0';
  focus.hidden = true;
  const status = element.appendChild(h('p', { class: 'network-status visually-hidden', 'aria-live': 'polite' }));

  return {
    element,
    announce: (text) => (status.textContent = text),
    showFocus(index) {
      const node = model.nodes[index];
      focus.hidden = !node;
      if (!node) return focus.replaceChildren();
      const link = h('a', { href: base + node.url.slice(1) }) as HTMLAnchorElement;
      link.textContent = node.title;
      const clear = h('button', { type: 'button' });
      clear.textContent = 'Clear';
      clear.addEventListener('click', () => on.clearFocus());
      focus.replaceChildren('Centred on ', link, ` (${KIND_NAMES[node.key]}, ${model.neighbours[index]!.length} links) `, clear);
    },
  };
}

/** Titles starting with the query first, then words starting with it, then containing it. */
function search(model: NetworkModel, query: string): number[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const ranked: [number, number][] = [];
  model.nodes.forEach((n, i) => {
    const t = n.title.toLowerCase();
    const at = t.indexOf(q);
    if (at < 0) return;
    ranked.push([at === 0 ? 0 : /\W/.test(t[at - 1]!) ? 1 : 2, i]);
  });
  return ranked
    .sort((a, b) => a[0] - b[0] || model.nodes[a[1]]!.title.length - model.nodes[b[1]]!.title.length || a[1] - b[1])
    .slice(0, MAX_RESULTS)
    .map(([, i]) => i);
}

/** A kind's shape and colour, so the checkboxes double as the map's legend. */
function swatch(key: KindKey, colours: Record<KindKey, string>): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '-8 -8 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  svg.style.verticalAlign = '-2px';
  const path = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
  path.setAttribute('d', shapePath(key, 0, 0, 5.5));
  path.setAttribute('fill', key === 'stub' ? 'none' : colours[key]);
  if (key === 'stub') {
    path.setAttribute('stroke', colours.stub);
    path.setAttribute('stroke-width', '1.5');
    path.setAttribute('stroke-dasharray', '2.5 1.5');
  }
  return svg;
}

function h(name: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}
