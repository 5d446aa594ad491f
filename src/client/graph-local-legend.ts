/**
 * The local graph's key: each kind of node drawn (its shape and colour, and its name) and each
 * way an edge is drawn, for what the graph shows at the moment. HTML beside the SVG, so it wraps
 * on a phone and reads as a list.
 */
import type { NeighbourhoodData, NeighbourhoodEdge } from '../wire/graph-data.ts';
import { KIND_KEYS, KIND_NAMES, kindKey, shapePath } from './graph-kinds.ts';
import type { GraphTheme, KindKey } from './graph-kinds.ts';
import { edgeStyle } from './graph-local-view.ts';

const SVG = 'http://www.w3.org/2000/svg';

const EDGE_NAMES = {
  related: 'related concept',
  plain: 'source, next line, citation or collection',
  dashed: 'mention or suggested next line',
} as const;

export function fillLegend(list: HTMLUListElement, data: NeighbourhoodData, shown: readonly number[], edges: readonly NeighbourhoodEdge[], theme: GraphTheme): void {
  const kinds = new Set<KindKey>(shown.map((i) => kindKey(data.nodes[i]!.kind, data.nodes[i]!.stub)));
  const styles = new Set(edges.map(edgeStyle));
  const items: HTMLLIElement[] = [];
  for (const key of KIND_KEYS) {
    if (!kinds.has(key)) continue;
    const svg = icon();
    svg.appendChild(
      path({
        d: shapePath(key, 8, 8, 5.5),
        fill: key === 'stub' ? theme.background : theme.kinds[key],
        stroke: key === 'stub' ? theme.kinds.stub : 'none',
        'stroke-width': '1.5',
        ...(key === 'stub' ? { 'stroke-dasharray': '2 1.5' } : {}),
      }),
    );
    items.push(item(svg, KIND_NAMES[key]));
  }
  for (const style of ['related', 'plain', 'dashed'] as const) {
    if (!styles.has(style)) continue;
    const svg = icon();
    svg.appendChild(
      path({ d: 'M1 8H15', stroke: theme.text, 'stroke-opacity': '0.7', 'stroke-width': style === 'related' ? '2' : '1.2', ...(style === 'dashed' ? { 'stroke-dasharray': '3 2' } : {}) }),
    );
    items.push(item(svg, EDGE_NAMES[style]));
  }
  list.replaceChildren(...items);
}

function icon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ width: '16', height: '16', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
  return svg;
}

function path(attributes: Record<string, string>): SVGPathElement {
  const element = document.createElementNS(SVG, 'path');
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
  return element;
}

function item(svg: SVGSVGElement, name: string): HTMLLIElement {
  const li = document.createElement('li');
  li.append(svg, ` ${name}`);
  return li;
}
