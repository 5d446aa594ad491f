/**
 * Draws one local graph as SVG from its plan (`graph-local-layout.ts`): edges, then one focusable
 * group per node with its shape and its label, and a tooltip (HTML, so long titles wrap) with the
 * full title, kind and relation to the centre on hover and keyboard focus. Each node's accessible
 * name starts with its full title, so it starts with the words its label shows (WCAG 2.5.3).
 * Built with createElementNS and textContent only: titles come from the notes and are never
 * parsed as markup.
 */
import type { NeighbourhoodData, NeighbourhoodEdge } from '../wire/graph-data.ts';
import { KIND_NAMES, kindKey, shapePath } from './graph-kinds.ts';
import type { GraphTheme } from './graph-kinds.ts';
import type { LocalPlan, PlacedNode } from './graph-local-layout.ts';
import { relationPhrase } from './graph-relations.ts';

const SVG = 'http://www.w3.org/2000/svg';
export const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';

type Point = { x: number; y: number };

export interface LocalView {
  svg: SVGSVGElement;
  /** Move nodes and edges to `positions` (by node index); nodes not given stay where planned. */
  place(positions: ReadonlyMap<number, Point>): void;
  /** The focusable element of a node, by node index. */
  nodeElement(index: number): SVGGElement | undefined;
  /** The edges drawn, for the legend. */
  edges: readonly NeighbourhoodEdge[];
}

export interface LocalViewOptions {
  theme: GraphTheme;
  /** Where the tooltip goes (positioned relative to it). */
  host: HTMLElement;
  /** Called for a click, Enter or Space on a node; `keyboard` for Enter or Space. */
  activate(index: number, keyboard: boolean): void;
}

/** How an edge is drawn, so the legend can say the same. */
export function edgeStyle(e: Pick<NeighbourhoodEdge, 'kind' | 'suggested'>): 'related' | 'dashed' | 'plain' {
  if (e.kind === 'related') return 'related';
  return e.kind === 'mention' || e.suggested ? 'dashed' : 'plain';
}

/** The relation of each neighbour to the centre, every edge between them, from the centre's side. */
export function relationsToCentre(data: NeighbourhoodData): Map<number, string> {
  const relation = new Map<number, string>();
  for (const e of data.edges) {
    if ((e.source !== 0 && e.target !== 0) || e.source === e.target) continue;
    const other = e.source === 0 ? e.target : e.source;
    const phrase = relationPhrase(e.kind, e.source === 0, e.label, e.suggested);
    relation.set(other, relation.has(other) ? `${relation.get(other)}; ${phrase}` : phrase);
  }
  return relation;
}

export function createLocalView(data: NeighbourhoodData, plan: LocalPlan, o: LocalViewOptions): LocalView {
  const placed = new Map(plan.nodes.map((p) => [p.index, p]));
  const centre = data.nodes[0]!;
  const svg = el('svg', { viewBox: `0 0 ${plan.width} ${plan.height}`, width: String(plan.width), height: String(plan.height), role: 'group', 'aria-label': `Local graph of ${centre.title}` });
  svg.style.display = 'block';
  svg.style.fontFamily = FONT;
  const edgeLayer = svg.appendChild(el('g', { fill: 'none', stroke: o.theme.text }));
  const nodeLayer = svg.appendChild(el('g', {}));

  // One column: the centre's edges share a trunk down the left and branch off to each row, rather
  // than 30 curves drawn over each other.
  const trunk = plan.columns === 1 ? edgeLayer.appendChild(el('path', { 'stroke-opacity': '0.45', 'stroke-width': '1.2' })) : undefined;
  const relationOf = relationsToCentre(data);
  const edges = data.edges.filter((e) => placed.has(e.source) && placed.has(e.target) && e.source !== e.target);
  // Edges among the neighbours: faint between two columns; in one column they would cross every
  // row, so they show only while one of their ends is hovered or focused.
  const baseOpacity = (e: NeighbourhoodEdge) => (e.source === 0 || e.target === 0 ? '0.5' : isTreeEdge(e) ? '0.4' : plan.columns === 2 ? '0.16' : '0');
  const isTreeEdge = (e: NeighbourhoodEdge) => plan.parent.get(e.source) === e.target || plan.parent.get(e.target) === e.source;
  const lines = edges.map((e) => {
    const style = edgeStyle(e);
    return edgeLayer.appendChild(
      el('path', {
        'stroke-opacity': baseOpacity(e),
        'stroke-width': style === 'related' ? '2' : '1',
        ...(style === 'dashed' ? { 'stroke-dasharray': '4 3' } : {}),
      }),
    );
  });

  const tip = document.createElement('div');
  tip.className = 'local-graph-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  const tipTitle = tip.appendChild(document.createElement('strong'));
  const tipRelation = tip.appendChild(document.createElement('span'));
  Object.assign(tip.style, {
    position: 'absolute',
    zIndex: '2',
    pointerEvents: 'none',
    maxWidth: 'min(22rem, 90%)',
    padding: '0.35rem 0.55rem',
    borderRadius: '4px',
    fontSize: '0.8125rem',
    lineHeight: '1.35',
    background: o.theme.background,
    color: o.theme.text,
    border: `1px solid ${o.theme.text}`,
    boxShadow: '0 2px 6px rgb(0 0 0 / 0.15)',
  });
  tipTitle.style.display = 'block';
  o.host.append(tip);

  const groups = new Map<number, SVGGElement>();
  // Document order is tab order: the centre, then the rows top to bottom, left column first.
  for (const p of plan.nodes) {
    const node = data.nodes[p.index]!;
    const key = kindKey(node.kind, node.stub);
    const relation = relationOf.get(p.index);
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
    // The node and its label are one target: a click anywhere on the row walks.
    g.appendChild(hitArea(p));
    // A wide transparent target: the label is part of what a reader clicks.
    const ring = g.appendChild(el('path', { d: shapePath(key, 0, 0, p.r + 5), fill: 'none', stroke: o.theme.focus, 'stroke-width': '3', visibility: 'hidden' }));
    g.appendChild(
      el('path', {
        d: shapePath(key, 0, 0, p.r),
        fill: key === 'stub' ? o.theme.background : o.theme.kinds[key],
        stroke: key === 'stub' ? o.theme.kinds.stub : node.depth === 0 ? o.theme.text : o.theme.background,
        'stroke-width': key === 'stub' || node.depth === 0 ? '2' : '1.5',
        ...(key === 'stub' ? { 'stroke-dasharray': '3 2' } : {}),
      }),
    );
    const label = g.appendChild(labelText(p, o.theme));
    label.setAttribute('class', 'local-graph-label');
    const show = () => {
      if (!focusVisible(g)) return; // a mouse click also focuses; the ring is for the keyboard
      ring.setAttribute('visibility', 'visible');
      showTip(p, node.title, KIND_NAMES[key], relation);
      highlight(p.index, true);
    };
    const hide = () => {
      ring.setAttribute('visibility', 'hidden');
      tip.hidden = true;
      highlight(p.index, false);
    };
    g.addEventListener('focus', show);
    g.addEventListener('blur', hide);
    g.addEventListener('pointerenter', () => (showTip(p, node.title, KIND_NAMES[key], relation), highlight(p.index, true)));
    g.addEventListener('pointerleave', () => (document.activeElement === g ? undefined : ((tip.hidden = true), highlight(p.index, false))));
    g.addEventListener('click', () => o.activate(p.index, false));
    g.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      o.activate(p.index, true);
    });
    groups.set(p.index, nodeLayer.appendChild(g));
  }

  function highlight(index: number, on: boolean): void {
    edges.forEach((e, i) => {
      if (e.source !== index && e.target !== index) return;
      lines[i]!.setAttribute('stroke-opacity', on ? '0.95' : baseOpacity(e));
    });
  }

  function showTip(p: PlacedNode, title: string, kind: string, relation: string | undefined): void {
    tipTitle.textContent = title;
    tipRelation.textContent = relation ? `${kind} · ${relation}` : kind;
    tip.hidden = false;
    const at = current.get(p.index) ?? p;
    // Above the node when there is room, else below; kept inside the view.
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = clamp(at.x - width / 2, 2, Math.max(2, plan.width - width - 2));
    const above = at.y - p.r - 8 - height;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(above >= 0 ? above : at.y + p.r + 8)}px`;
  }

  const current = new Map<number, Point>();
  const view: LocalView = {
    svg,
    edges,
    place(positions) {
      for (const p of plan.nodes) current.set(p.index, positions.get(p.index) ?? p);
      for (const [index, g] of groups) {
        const p = current.get(index)!;
        g.setAttribute('transform', `translate(${round(p.x)} ${round(p.y)})`);
      }
      edges.forEach((e, i) => lines[i]!.setAttribute('d', edgePath(e, current, plan, placed)));
      if (trunk) {
        const c = current.get(0)!;
        const rows = edges.filter((e) => e.source === 0 || e.target === 0).map((e) => current.get(e.source === 0 ? e.target : e.source)!.y);
        trunk.setAttribute('d', rows.length > 0 ? `M${round(c.x)} ${round(c.y)}V${round(Math.max(...rows) - 8)}` : '');
      }
    },
    nodeElement: (index) => groups.get(index),
  };
  view.place(new Map());
  return view;
}

/**
 * An edge as a curve: from the centre it leaves downwards and enters each row sideways; from a
 * neighbour to a node hung under it, an elbow down and across; any other edge bends through the
 * space between the columns, which holds no labels.
 */
function edgePath(e: NeighbourhoodEdge, at: ReadonlyMap<number, Point>, plan: LocalPlan, placed: ReadonlyMap<number, PlacedNode>): string {
  const a = at.get(e.source)!;
  const b = at.get(e.target)!;
  const f = round;
  if (e.source === 0 || e.target === 0) {
    const [c, n] = e.source === 0 ? [a, b] : [b, a];
    if (plan.columns === 1) return `M${f(c.x)} ${f(n.y - 8)}Q${f(c.x)} ${f(n.y)} ${f(c.x + 8)} ${f(n.y)}H${f(n.x)}`;
    return `M${f(c.x)} ${f(c.y)}C${f(c.x)} ${f(n.y)} ${f((c.x + n.x) / 2)} ${f(n.y)} ${f(n.x)} ${f(n.y)}`;
  }
  const childOf = plan.parent.get(e.source) === e.target ? e.source : plan.parent.get(e.target) === e.source ? e.target : undefined;
  if (childOf !== undefined) {
    const [p, c] = childOf === e.source ? [b, a] : [a, b];
    return `M${f(p.x)} ${f(p.y)}V${f(c.y)}H${f(c.x)}`;
  }
  const bend = plan.columns === 2 ? plan.spineX : Math.min(a.x, b.x) - (placed.get(e.source)?.r ?? 6) - 6;
  return `M${f(a.x)} ${f(a.y)}C${f(bend)} ${f(a.y)} ${f(bend)} ${f(b.y)} ${f(b.x)} ${f(b.y)}`;
}

function hitArea(p: PlacedNode): SVGRectElement {
  const { label } = p;
  const lineHeight = label.size + 3;
  const textLeft = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - label.width : label.x - label.width / 2;
  const left = Math.min(-p.r, textLeft) - 2;
  const right = Math.max(p.r, textLeft + label.width) + 2;
  const top = Math.min(-p.r, label.y - label.size) - 2;
  const bottom = Math.max(p.r, label.y + (label.lines.length - 1) * lineHeight + 4) + 2;
  return el('rect', { x: String(round(left)), y: String(round(top)), width: String(round(right - left)), height: String(round(bottom - top)), fill: 'transparent' });
}

function labelText(p: PlacedNode, theme: GraphTheme): SVGTextElement {
  const { label } = p;
  const text = el('text', {
    'text-anchor': label.anchor,
    fill: theme.text,
    'font-size': String(label.size),
    'font-weight': label.bold ? '600' : '400',
    'paint-order': 'stroke',
    stroke: theme.background,
    'stroke-width': '3',
    'stroke-linejoin': 'round',
  });
  const height = label.size + (label.bold ? 3 : 3);
  label.lines.forEach((line, k) => {
    const span = text.appendChild(el('tspan', { x: String(round(label.x)), y: String(round(label.y + k * height)) }));
    span.textContent = line;
  });
  return text;
}

function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true; // a browser without :focus-visible: always show
  }
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
