/**
 * The network's toolbar, in ordinary HTML above the canvas and kept to a line or two: find (any
 * word of a title, suggestions over the map), which collection and which kinds to show (the kind
 * boxes, with each kind's shape and colour, double as the map's legend). What is focused shows in
 * a small panel over the map's corner, so the map never moves when it changes.
 */
import { KIND_KEYS, KIND_NAMES, shapePath } from './graph-kinds.ts';
import type { KindKey } from './graph-kinds.ts';
import { createFindBox } from './graph-network-find.ts';
import type { NetworkModel } from './graph-network-model.ts';

export interface NetworkControlHandlers {
  setKind(key: KindKey, shown: boolean): void;
  /** Index into the model's collections, or -1 for all. */
  setCollection(index: number): void;
  choose(index: number): void;
  clearFocus(): void;
}

export interface NetworkControls {
  /** The toolbar, to go above the map. */
  element: HTMLElement;
  /** The focused node's panel, to go over the map. */
  focusPanel: HTMLElement;
  /** Announces what happened ("Centred on …"), politely. */
  announce(text: string): void;
  /** Show the focused node with a link to its page, or nothing. */
  showFocus(index: number): void;
}

export function createNetworkControls(model: NetworkModel, base: string, colours: Record<KindKey, string>, visible: Uint8Array, on: NetworkControlHandlers): NetworkControls {
  const element = h('div', { class: 'network-controls' });
  Object.assign(element.style, { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.4rem 1.25rem', margin: '0 0 0.5rem', fontSize: '0.875rem' });

  element.appendChild(
    createFindBox(
      model,
      visible,
      (i) => swatch(model.nodes[i]!.key, colours),
      (i) => on.choose(i),
    ).element,
  );

  if (model.collections.length > 0) {
    const wrap = element.appendChild(h('div', { class: 'network-collection' }));
    wrap.appendChild(h('label', { for: 'network-collection-select' })).textContent = 'Collection ';
    const select = wrap.appendChild(h('select', { id: 'network-collection-select' })) as HTMLSelectElement;
    select.style.maxWidth = '14rem';
    select.appendChild(h('option', { value: '-1' })).textContent = 'All collections';
    model.collections
      .map((c, i) => ({ c, i }))
      .sort((a, b) => a.c.title.localeCompare(b.c.title))
      .forEach(({ c, i }) => (select.appendChild(h('option', { value: String(i) })).textContent = c.title));
    select.addEventListener('change', () => on.setCollection(Number(select.value)));
  }

  const kinds = element.appendChild(h('fieldset', { class: 'network-kinds' }));
  Object.assign(kinds.style, { display: 'flex', flexWrap: 'wrap', gap: '0.1rem 0.75rem', margin: '0', padding: '0', border: '0' });
  kinds.appendChild(h('legend', { class: 'visually-hidden' })).textContent = 'Show kinds';
  for (const key of KIND_KEYS) {
    if (!model.nodes.some((n) => n.key === key)) continue;
    const label = kinds.appendChild(h('label', { 'data-kind': key }));
    label.style.whiteSpace = 'nowrap';
    const box = label.appendChild(h('input', { type: 'checkbox', value: key })) as HTMLInputElement;
    box.checked = true;
    box.addEventListener('change', () => on.setKind(key, box.checked));
    label.appendChild(swatch(key, colours));
    label.append(` ${KIND_NAMES[key]}s`);
  }

  const focus = h('p', { class: 'network-focus' });
  Object.assign(focus.style, {
    position: 'absolute',
    left: '0.5rem',
    bottom: '0.5rem',
    right: '0.5rem',
    width: 'fit-content',
    maxWidth: 'calc(100% - 1rem)',
    margin: '0',
    padding: '0.3rem 0.6rem',
    background: 'var(--bg, #fff)',
    border: '1px solid var(--border, #d9d5cc)',
    borderRadius: '6px',
    font: '14px/1.4 system-ui, sans-serif',
    boxShadow: '0 1px 4px rgba(0,0,0,.15)',
  });
  focus.hidden = true;
  const status = element.appendChild(h('p', { class: 'network-status visually-hidden', 'aria-live': 'polite' }));

  return {
    element,
    focusPanel: focus,
    announce: (text) => (status.textContent = text),
    showFocus(index) {
      const node = model.nodes[index];
      focus.hidden = !node;
      if (!node) return focus.replaceChildren();
      const link = h('a', { href: base + node.url.slice(1) }) as HTMLAnchorElement;
      link.textContent = node.title;
      const clear = h('button', { type: 'button', 'aria-label': 'Clear the focus' });
      clear.textContent = '×';
      clear.addEventListener('click', () => on.clearFocus());
      focus.replaceChildren('Centred on ', link, ` (${KIND_NAMES[node.key]}, ${model.neighbours[index]!.length} links) `, clear);
    },
  };
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
