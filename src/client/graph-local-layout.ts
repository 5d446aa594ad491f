/**
 * Positions for a local graph: the centre in the middle, its neighbours on a ring around it and
 * the depth-2 nodes on an outer ring, each in the direction it lies on the full network (the file
 * carries the build-time map's positions), spaced evenly so no two overlap. No simulation runs in
 * the page: a ring of a few dozen nodes reads better than a force layout of them, the same page
 * always draws the same picture, and record pages need no force-layout code.
 */
import type { NeighbourhoodData } from '../site/graph-data.ts';

export interface LocalLayoutOptions {
  depth: 1 | 2;
  /** Distance from the centre to a neighbour, in view units. */
  ring: number;
}

export const defaultLocalLayoutOptions: LocalLayoutOptions = { depth: 1, ring: 110 };

export interface PlacedNode {
  /** Index into the file's `nodes`. */
  index: number;
  x: number;
  y: number;
}

/** Above this many neighbours, every other one sits a little further out, so labels stagger. */
const STAGGER_FROM = 14;
const OUTER = 1.85;
/** Widest angle between neighbouring depth-2 nodes (radians): they bunch near their parent. */
const RING2_GAP = 0.32;

/** Positions of the nodes shown at `depth`, the centre (index 0) at (0, 0). */
export function localLayout(data: NeighbourhoodData, options: Partial<LocalLayoutOptions> = {}): PlacedNode[] {
  const o = { ...defaultLocalLayoutOptions, ...options };
  if (data.nodes.length === 0) return [];
  const direction = mapDirections(data);
  const ring1 = data.nodes.flatMap((n, i) => (n.depth === 1 ? [i] : []));
  const angle = new Map(evenly(ring1, direction).map((a, k) => [ring1[k]!, a]));
  const placed: PlacedNode[] = [{ index: 0, x: 0, y: 0 }];
  const stagger = ring1.length > STAGGER_FROM;
  [...angle].sort((a, b) => a[1] - b[1]).forEach(([index, a], k) => {
    const r = o.ring * (stagger && k % 2 === 1 ? 1.3 : 1);
    placed.push({ index, x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  if (o.depth === 2) {
    // Each depth-2 node faces the neighbour it hangs from, so rings read as branches.
    const ring2 = data.nodes.flatMap((n, i) => (n.depth === 2 ? [i] : []));
    const parentAngle = (i: number) => {
      const parents = data.edges.flatMap((e) => (e.source === i ? [e.target] : e.target === i ? [e.source] : [])).filter((p) => angle.has(p));
      return parents.length > 0 ? angle.get(Math.min(...parents))! : direction(i);
    };
    const outward = new Map(ring2.map((i) => [i, parentAngle(i)]));
    near(ring2, (i) => outward.get(i)!, RING2_GAP).forEach((a, k) => placed.push({ index: ring2[k]!, x: o.ring * OUTER * Math.cos(a), y: o.ring * OUTER * Math.sin(a) }));
  }
  return placed;
}

/**
 * Angles for `indices`, in the cyclic order of their preferred directions, evenly spaced and
 * turned as a whole to stay as close to those directions as possible.
 */
function evenly(indices: readonly number[], preferred: (index: number) => number): number[] {
  const n = indices.length;
  if (n === 0) return [];
  const order = indices.map((index, k) => ({ k, a: preferred(index) })).sort((x, y) => x.a - y.a || x.k - y.k);
  const step = (2 * Math.PI) / n;
  // The turn that best fits slot j to the j-th preferred angle: the circular mean of differences.
  let sx = 0;
  let sy = 0;
  order.forEach(({ a }, j) => ((sx += Math.cos(a - j * step)), (sy += Math.sin(a - j * step))));
  const turn = sx === 0 && sy === 0 ? -Math.PI / 2 : Math.atan2(sy, sx);
  const angles = new Array<number>(n);
  order.forEach(({ k }, j) => (angles[k] = turn + j * step));
  return angles;
}

/**
 * Angles as close to the preferred ones as a gap of at least `gap` (or an even share of the circle,
 * if smaller) between neighbours allows: pushed apart in order, then shifted back so the group
 * stays centred on where it wants to be. When they would go all the way round, evenly.
 */
function near(indices: readonly number[], preferred: (index: number) => number, gap: number): number[] {
  const n = indices.length;
  const step = Math.min(gap, (2 * Math.PI) / Math.max(1, n));
  const order = indices.map((index, k) => ({ k, a: preferred(index) })).sort((x, y) => x.a - y.a || x.k - y.k);
  const placed: number[] = [];
  order.forEach(({ a }, j) => placed.push(j === 0 ? a : Math.max(a, placed[j - 1]! + step)));
  if (n > 1 && placed[n - 1]! - placed[0]! > 2 * Math.PI - step) return evenly(indices, preferred);
  const shift = placed.reduce((sum, a, j) => sum + a - order[j]!.a, 0) / Math.max(1, n);
  const angles = new Array<number>(n);
  order.forEach(({ k }, j) => (angles[k] = placed[j]! - shift));
  return angles;
}

/**
 * Each node's direction from the centre on the full network; nodes without a position (or on
 * top of the centre) get a fixed spread by index.
 */
function mapDirections(data: NeighbourhoodData): (index: number) => number {
  const c = data.nodes[0]!;
  return (index) => {
    const n = data.nodes[index]!;
    if (c.x !== undefined && c.y !== undefined && n.x !== undefined && n.y !== undefined && (n.x !== c.x || n.y !== c.y)) return Math.atan2(n.y - c.y, n.x - c.x);
    return index * Math.PI * (3 - Math.sqrt(5));
  };
}
