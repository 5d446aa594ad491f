/**
 * Where a local graph puts each node and its label, so that every neighbour's title can be read:
 * the centre on top with its title, its neighbours in rows below, grouped by kind (lines, notes,
 * stubs, papers, collections, each by title), in two columns on either side of the centre when
 * there is room (labels outward) and one column under it when there is not (a phone, the aside).
 * Every label has its own row, wrapped on up to two lines and cut with "…" only past them, so no
 * two labels can overlap whatever the number of neighbours: the graph grows taller instead. At
 * depth 2 each outer node sits in a row of its own under the neighbour it hangs from, indented,
 * with a one-line label.
 *
 * No simulation runs in the page, and the same data and width always give the same picture. Text
 * is measured by the caller (`measure`), so this file runs in Node for the tests.
 */
import type { NeighbourhoodData } from '../wire/graph-data.ts';
import { KIND_KEYS, kindKey } from './graph-kinds.ts';

/** Width in px of `text` at `size` px, bold or not, in the graph's font. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

export interface LocalLayoutOptions {
  depth: 1 | 2;
  /** Width of the view in px. */
  width: number;
  measure: MeasureText;
}

export interface PlacedLabel {
  lines: string[];
  /** Whether the title was cut: the full title is then in the tooltip and the accessible name. */
  cut: boolean;
  /** Width of the widest line, in px. */
  width: number;
  /** Position of the first line's baseline, relative to the node. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold: boolean;
}

export interface PlacedNode {
  /** Index into the data's `nodes`. */
  index: number;
  x: number;
  y: number;
  r: number;
  label: PlacedLabel;
}

export interface LocalPlan {
  width: number;
  height: number;
  nodes: PlacedNode[];
  /** Depth-2 node → the depth-1 node it is drawn under. */
  parent: Map<number, number>;
  /** Where edges between neighbours bend: the middle between the columns, or left of the column. */
  spineX: number;
  columns: 1 | 2;
}

export const RADIUS = { centre: 11, neighbour: 7, outer: 5 } as const;
/** Below this width the neighbours stand in one column. */
export const TWO_COLUMNS_FROM = 520;
const MARGIN = 8;
const GAP = 6; // node edge to its text
const LINE = 15; // 12px text
const OUTER_LINE = 13; // 11px text
const CENTRE_LINE = 17; // 14px bold
const INDENT = 22; // depth-2 rows, outward

export function localLayout(data: NeighbourhoodData, o: LocalLayoutOptions): LocalPlan {
  const width = Math.max(200, o.width);
  const columns: 1 | 2 = width >= TWO_COLUMNS_FROM ? 2 : 1;
  const empty: LocalPlan = { width, height: 0, nodes: [], parent: new Map(), spineX: 0, columns };
  const centre = data.nodes[0];
  if (!centre) return empty;

  const order = (i: number) => {
    const n = data.nodes[i]!;
    return KIND_KEYS.indexOf(kindKey(n.kind, n.stub));
  };
  const byKindAndTitle = (a: number, b: number) => order(a) - order(b) || compare(data.nodes[a]!.title, data.nodes[b]!.title) || a - b;
  const ring1 = data.nodes.flatMap((n, i) => (n.depth === 1 ? [i] : [])).sort(byKindAndTitle);
  const rank = new Map(ring1.map((i, k) => [i, k]));

  // Each depth-2 node hangs under the first (in drawing order) neighbour it is linked to.
  const parent = new Map<number, number>();
  const children = new Map<number, number[]>();
  if (o.depth === 2) {
    for (const [i, n] of data.nodes.entries()) {
      if (n.depth !== 2) continue;
      const linked = data.edges.flatMap((e) => (e.source === i ? [e.target] : e.target === i ? [e.source] : [])).filter((p) => rank.has(p));
      if (linked.length === 0) continue;
      const p = linked.reduce((a, b) => (rank.get(a)! <= rank.get(b)! ? a : b));
      parent.set(i, p);
      children.set(p, [...(children.get(p) ?? []), i]);
    }
    for (const list of children.values()) list.sort(byKindAndTitle);
  }

  const nodes: PlacedNode[] = [];
  // The centre, its title above it across the view.
  const centreX = columns === 2 ? width / 2 : MARGIN + RADIUS.centre;
  const centreRoom = columns === 2 ? Math.min(width - 2 * MARGIN, 560) : width - centreX - RADIUS.centre - GAP - MARGIN;
  const centreLabel = wrap(centre.title, centreRoom, 3, 14, true, o.measure);
  let centreY: number;
  let top: number;
  if (columns === 2) {
    centreY = MARGIN + centreLabel.lines.length * CENTRE_LINE + 6 + RADIUS.centre;
    nodes.push({
      index: 0,
      x: centreX,
      y: centreY,
      r: RADIUS.centre,
      label: { ...centreLabel, x: 0, y: -RADIUS.centre - 8 - (centreLabel.lines.length - 1) * CENTRE_LINE, anchor: 'middle', size: 14, bold: true },
    });
    top = centreY + RADIUS.centre + 14;
  } else {
    const block = Math.max(2 * RADIUS.centre, centreLabel.lines.length * CENTRE_LINE);
    centreY = MARGIN + block / 2;
    nodes.push({
      index: 0,
      x: centreX,
      y: centreY,
      r: RADIUS.centre,
      label: { ...centreLabel, x: RADIUS.centre + GAP, y: 5 - ((centreLabel.lines.length - 1) * CENTRE_LINE) / 2, anchor: 'start', size: 14, bold: true },
    });
    top = MARGIN + block + 12;
  }

  // Column geometry: x of the neighbours' nodes and which way their labels run.
  const spread = clamp(width * 0.13, 48, 110);
  const sides: { x: number; dir: 1 | -1; room: number }[] =
    columns === 2
      ? [
          { x: width / 2 - spread, dir: -1, room: width / 2 - spread - RADIUS.neighbour - GAP - MARGIN },
          { x: width / 2 + spread, dir: 1, room: width / 2 - spread - RADIUS.neighbour - GAP - MARGIN },
        ]
      : [{ x: centreX + RADIUS.centre + 30, dir: 1, room: width - (centreX + RADIUS.centre + 30) - RADIUS.neighbour - GAP - MARGIN }];

  // Rows: a neighbour, then the depth-2 nodes under it; measured for every column width alike.
  const groups = ring1.map((i) => {
    const label = wrap(data.nodes[i]!.title, sides[0]!.room, 2, 12, false, o.measure);
    const own = Math.max(2 * RADIUS.neighbour + 8, label.lines.length * LINE + 8);
    const outer = (children.get(i) ?? []).map((c) => ({ c, label: wrap(data.nodes[c]!.title, sides[0]!.room - INDENT, 1, 11, false, o.measure) }));
    const height = own + outer.length * (OUTER_LINE + 6);
    return { i, label, own, outer, height };
  });
  // Two columns share the rows in order, split where their heights are closest.
  let split = groups.length;
  if (columns === 2) {
    const total = groups.reduce((s, g) => s + g.height, 0);
    let best = Infinity;
    let sum = 0;
    for (let k = 0; k <= groups.length; k++) {
      const worst = Math.max(sum, total - sum);
      if (worst < best) {
        best = worst;
        split = k;
      }
      sum += groups[k]?.height ?? 0;
    }
  }
  let bottom = top;
  for (const [column, list] of [groups.slice(0, split), groups.slice(split)].entries()) {
    const side = sides[column];
    if (!side) continue;
    let y = top;
    for (const g of list) {
      const ny = y + g.own / 2;
      nodes.push({
        index: g.i,
        x: side.x,
        y: ny,
        r: RADIUS.neighbour,
        label: { ...g.label, x: side.dir * (RADIUS.neighbour + GAP), y: 4 - ((g.label.lines.length - 1) * LINE) / 2, anchor: side.dir === 1 ? 'start' : 'end', size: 12, bold: false },
      });
      y += g.own;
      for (const { c, label } of g.outer) {
        const cy = y + (OUTER_LINE + 6) / 2;
        nodes.push({
          index: c,
          x: side.x + side.dir * INDENT,
          y: cy,
          r: RADIUS.outer,
          label: { ...label, x: side.dir * (RADIUS.outer + GAP), y: 4, anchor: side.dir === 1 ? 'start' : 'end', size: 11, bold: false },
        });
        y += OUTER_LINE + 6;
      }
    }
    bottom = Math.max(bottom, y);
  }
  return { width, height: Math.ceil(bottom + MARGIN), nodes, parent, spineX: columns === 2 ? width / 2 : centreX, columns };
}

/**
 * `text` in at most `maxLines` lines of at most `room` px, broken at spaces (a word longer than a
 * line is broken inside); what does not fit ends the last line with "…".
 */
export function wrap(text: string, room: number, maxLines: number, size: number, bold: boolean, measure: MeasureText): { lines: string[]; cut: boolean; width: number } {
  const { lines, cut } = wrapLines(text, room, maxLines, size, bold, measure);
  return { lines, cut, width: Math.max(0, ...lines.map((line) => measure(line, size, bold))) };
}

function wrapLines(text: string, room: number, maxLines: number, size: number, bold: boolean, measure: MeasureText): { lines: string[]; cut: boolean } {
  const fits = (s: string) => measure(s, size, bold) <= room;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let k = 0;
  while (k < words.length && lines.length < maxLines) {
    let line = words[k]!;
    if (!fits(line)) {
      // A word wider than the line: as many of its characters as fit.
      let n = line.length - 1;
      while (n > 1 && !fits(line.slice(0, n))) n--;
      words[k] = line.slice(n);
      line = line.slice(0, n);
      lines.push(line);
      continue;
    }
    k++;
    while (k < words.length && fits(`${line} ${words[k]}`)) line += ` ${words[k++]}`;
    lines.push(line);
  }
  if (k >= words.length) return { lines, cut: false };
  let last = lines.pop() ?? '';
  while (last.length > 0 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  lines.push(`${last}…`);
  return { lines, cut: true };
}

function compare(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
