/**
 * Draws one local graph as SVG: edges, one focusable shape per node, and a caption that shows a
 * node's title and its relation to the centre on hover and keyboard focus. Built with
 * createElementNS and textContent only: titles come from the notes and are never parsed as markup.
 */
import type { NeighbourhoodData, NeighbourhoodNode } from '../site/graph-data.ts';
import { KIND_NAMES, kindKey, shapePath } from './graph-kinds.ts';
import type { GraphTheme } from './graph-kinds.ts';
import { edgeCaption, relationPhrase } from './graph-relations.ts';

const SVG = 'http://www.w3.org/2000/svg';
const RADIUS: Readonly<Record<number, number>> = { 0: 13, 1: 8, 2: 6 };

export interface LocalView {
  svg: SVGSVGElement;
  /** Move nodes and edges; positions by node index, in view units around the centre. */
  place(positions: ReadonlyMap<number, { x: number; y: number }>): void;
  /** The focusable element of a node, by node index. */
  nodeElement(index: number): SVGGElement | undefined;
}

export interface LocalViewOptions {
  width: number;
  height: number;
  /** Indices of the nodes to draw (the centre is index 0). */
  shown: readonly number[];
  theme: GraphTheme;
  /** Called for a click, Enter or Space on a node. */
  activate(index: number): void;
}

export function createLocalView(data: NeighbourhoodData, o: LocalViewOptions): LocalView {
  const shown = new Set(o.shown);
  const centre = data.nodes[0]!;
  const svg = el('svg', { viewBox: `${-o.width / 2} ${-o.height / 2} ${o.width} ${o.height}`, width: '100%', height: '100%', role: 'group', 'aria-label': `Local graph of ${centre.title}` });
  svg.style.display = 'block';
  svg.style.font = '12px system-ui, sans-serif';
  const edgeLayer = svg.appendChild(el('g', { fill: 'none', stroke: o.theme.text }));
  const nodeLayer = svg.appendChild(el('g', {}));
  const tip = svg.appendChild(el('g', { visibility: 'hidden', 'pointer-events': 'none', 'aria-hidden': 'true' }));
  const tipBox = tip.appendChild(el('rect', { rx: '4', fill: o.theme.background, stroke: o.theme.text, 'stroke-opacity': '0.3' }));
  const tipTitle = tip.appendChild(el('text', { fill: o.theme.text, 'font-weight': '600' }));
  const tipRelation = tip.appendChild(el('text', { fill: o.theme.text, 'fill-opacity': '0.8' }));

  const relationOf = new Map<number, string>();
  const edges = data.edges.filter((e) => shown.has(e.source) && shown.has(e.target) && e.source !== e.target);
  const lines = edges.map((e) => {
    const touchesCentre = e.source === 0 || e.target === 0;
    if (touchesCentre) {
      const other = e.source === 0 ? e.target : e.source;
      const phrase = relationPhrase(e.kind, e.source === 0, e.label, e.suggested);
      relationOf.set(other, relationOf.has(other) ? `${relationOf.get(other)}; ${phrase}` : phrase);
    }
    const line = edgeLayer.appendChild(el('line', {
      'stroke-opacity': touchesCentre ? '0.45' : '0.2',
      'stroke-width': e.kind === 'related' ? '1.6' : '1',
      ...(e.kind === 'mention' || e.suggested ? { 'stroke-dasharray': '4 3' } : {}),
    }));
    line.appendChild(el('title', {})).textContent = edgeCaption(data.nodes[e.source]!.title, data.nodes[e.target]!.title, e.kind, e.label);
    return line;
  });

  const groups = new Map<number, SVGGElement>();
  const labels = new Map<number, { label: SVGTextElement; r: number; title: string }>();
  const manyNeighbours = o.shown.filter((i) => data.nodes[i]?.depth === 1).length > 12;
  // Document order is tab order: the centre, its neighbours, then the depth-2 ring.
  for (const index of [...o.shown].sort((a, b) => depthOf(data, a) - depthOf(data, b) || a - b)) {
    const node = data.nodes[index]!;
    const key = kindKey(node.kind, node.stub);
    const r = RADIUS[node.depth] ?? 6;
    const relation = relationOf.get(index);
    const description = `${node.title} (${KIND_NAMES[key]}${relation ? `, ${relation}` : ''})`;
    const g = el('g', {
      tabindex: '0',
      role: node.depth === 0 ? 'link' : 'button',
      'aria-label': node.depth === 0 ? `${description}: open its page` : `${description}: centre the graph on it`,
      'data-id': node.id,
      'data-depth': String(node.depth),
      cursor: 'pointer',
    });
    g.style.outline = 'none'; // the drawn ring below is the focus indicator
    g.appendChild(el('title', {})).textContent = relation ? `${node.title} — ${relation}` : node.title;
    const ring = g.appendChild(el('path', { d: shapePath(key, 0, 0, r + 5), fill: 'none', stroke: o.theme.focus, 'stroke-width': '3', visibility: 'hidden' }));
    g.appendChild(el('path', {
      d: shapePath(key, 0, 0, r),
      fill: key === 'stub' ? o.theme.background : o.theme.kinds[key],
      stroke: key === 'stub' ? o.theme.kinds.stub : node.depth === 0 ? o.theme.text : o.theme.background,
      'stroke-width': key === 'stub' || node.depth === 0 ? '2' : '1.5',
      ...(key === 'stub' ? { 'stroke-dasharray': '3 2' } : {}),
    }));
    if (node.depth === 0 || (node.depth === 1 && !manyNeighbours)) {
      const label = g.appendChild(el('text', { y: String(r + 14), 'text-anchor': 'middle', fill: o.theme.text, 'font-weight': node.depth === 0 ? '600' : '400' }));
      label.textContent = truncate(node.title, node.depth === 0 ? 40 : 30);
      if (node.depth === 1) labels.set(index, { label, r, title: node.title });
      label.setAttribute('paint-order', 'stroke');
      label.setAttribute('stroke', o.theme.background);
      label.setAttribute('stroke-width', '3');
    }
    const show = () => {
      if (!focusVisible(g)) return; // a mouse click also focuses; the ring is for the keyboard
      ring.setAttribute('visibility', 'visible');
      showTip(node, relation, g);
      highlight(index, true);
    };
    const hide = () => {
      ring.setAttribute('visibility', 'hidden');
      tip.setAttribute('visibility', 'hidden');
      highlight(index, false);
    };
    g.addEventListener('focus', show);
    g.addEventListener('blur', hide);
    g.addEventListener('pointerenter', () => showTip(node, relation, g));
    g.addEventListener('pointerleave', () => document.activeElement === g ? showTip(node, relation, g) : tip.setAttribute('visibility', 'hidden'));
    g.addEventListener('click', () => o.activate(index));
    g.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      o.activate(index);
    });
    groups.set(index, nodeLayer.appendChild(g));
  }

  function highlight(index: number, on: boolean): void {
    edges.forEach((e, i) => {
      if (e.source !== index && e.target !== index) return;
      lines[i]!.setAttribute('stroke-opacity', on ? '0.9' : e.source === 0 || e.target === 0 ? '0.45' : '0.2');
    });
  }

  function showTip(node: NeighbourhoodNode, relation: string | undefined, g: SVGGElement): void {
    tipTitle.textContent = truncate(node.title, 70);
    tipRelation.textContent = `${KIND_NAMES[kindKey(node.kind, node.stub)]}${relation ? ` · ${truncate(relation, 70)}` : ''}`;
    tip.setAttribute('visibility', 'visible');
    const width = Math.max(tipTitle.getComputedTextLength(), tipRelation.getComputedTextLength()) + 16;
    const [x, y] = translation(g);
    const r = RADIUS[node.depth] ?? 6;
    const left = clamp(x - width / 2, -o.width / 2 + 4, o.width / 2 - width - 4);
    const top = y - r - 46 < -o.height / 2 + 4 ? y + r + 8 : y - r - 46;
    tipBox.setAttribute('x', String(left));
    tipBox.setAttribute('y', String(top));
    tipBox.setAttribute('width', String(width));
    tipBox.setAttribute('height', '38');
    tipTitle.setAttribute('x', String(left + 8));
    tipTitle.setAttribute('y', String(top + 15));
    tipRelation.setAttribute('x', String(left + 8));
    tipRelation.setAttribute('y', String(top + 31));
  }

  return {
    svg,
    place(positions) {
      for (const [index, g] of groups) {
        const p = positions.get(index);
        if (p) g.setAttribute('transform', `translate(${round(p.x)} ${round(p.y)})`);
        const placed = labels.get(index);
        if (p && placed) pointAway(placed, p, o.width / 2);
      }
      edges.forEach((e, i) => {
        const a = positions.get(e.source);
        const b = positions.get(e.target);
        if (!a || !b) return;
        const line = lines[i]!;
        line.setAttribute('x1', String(round(a.x)));
        line.setAttribute('y1', String(round(a.y)));
        line.setAttribute('x2', String(round(b.x)));
        line.setAttribute('y2', String(round(b.y)));
      });
    },
    nodeElement: (index) => groups.get(index),
  };
}

/**
 * Put a neighbour's label on its far side from the centre, so it does not cross the centre's, and
 * shorten it to the room left before the edge of the view.
 */
function pointAway(placed: { label: SVGTextElement; r: number; title: string }, p: { x: number; y: number }, halfWidth: number): void {
  const { label, r, title } = placed;
  const charWidth = 7.2; // 12px system-ui, generously: capitals are wider
  const sideRoom = halfWidth - Math.abs(p.x) - r - 10;
  const sideways = Math.abs(p.x) > Math.abs(p.y) * 0.6 && sideRoom > charWidth * 12;
  const room = sideways ? sideRoom : 2 * Math.min(halfWidth - Math.abs(p.x), 110);
  label.textContent = truncate(title, Math.max(8, Math.min(30, Math.floor(room / charWidth))));
  label.setAttribute('text-anchor', sideways ? (p.x > 0 ? 'start' : 'end') : 'middle');
  label.setAttribute('x', String(sideways ? Math.sign(p.x) * (r + 5) : Math.abs(p.x) > halfWidth - 110 ? -Math.sign(p.x) * (110 - (halfWidth - Math.abs(p.x))) : 0));
  label.setAttribute('y', String(sideways ? 4 : p.y > 0 ? r + 14 : -r - 6));
}

function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true; // a browser without :focus-visible: always show
  }
}

function depthOf(data: NeighbourhoodData, index: number): number {
  return data.nodes[index]?.depth ?? 2;
}

function translation(g: SVGGElement): [number, number] {
  const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
