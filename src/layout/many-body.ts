/**
 * Repulsion between every pair of nodes, approximated as Barnes–Hut does: a d3-force force with
 * the physics of d3's `forceManyBody` (same strength, theta, minimum distance and jiggle), on a
 * quadtree held in typed arrays. d3's own builds a tree of objects on every step and allocates a
 * frame object for each cell it visits, so at 10,000 nodes most of a layout's time went to the
 * allocator and the garbage collector; here one step allocates nothing once the arrays are big
 * enough.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';
import { jiggle } from './jiggle.ts';

export interface ManyBodyOptions<N> {
  /** Charge of each node: negative pushes apart (d3's default is -30). */
  strength: (node: N) => number;
  /** Barnes–Hut accuracy: a cell this many times smaller than its distance counts as one body. */
  theta: number;
  /** Beyond this distance bodies do not push (d3's `distanceMax`); default: no limit. */
  distanceMax?: number;
}

/** Closer than this, a pair is pushed as if this far apart (d3's `distanceMin`, 1). */
const MIN_DISTANCE2 = 1;
/** Cells stop splitting this deep: nodes closer than the root's size / 2^DEPTH share a leaf. */
const MAX_DEPTH = 48;

export function manyBodyForce<N extends SimulationNodeDatum>(options: ManyBodyOptions<N>): Force<N, undefined> {
  const theta2 = options.theta * options.theta;
  const distanceMax2 = (options.distanceMax ?? Infinity) ** 2;
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let charge = new Float64Array(0);
  let x = new Float64Array(0);
  let y = new Float64Array(0);
  let tree = new QuadTree(0, theta2);
  let stack = new Int32Array(0);
  let order = new Int32Array(0);

  const force = (alpha: number): void => {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      x[i] = nodes[i]!.x!;
      y[i] = nodes[i]!.y!;
    }
    tree.build(x, y, charge);
    const { first, next, child, leaf, cx, cy, value, reach } = tree;
    // Nodes in the tree's order, neighbours after neighbours: each walks nearly the same cells
    // as the one before, which are then still in the cache.
    tree.order(order);
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const xi = x[i]!;
      const yi = y[i]!;
      let vx = 0;
      let vy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const q = stack[--top]!;
        if (value[q] === 0) continue;
        let dx = cx[q]! - xi;
        let dy = cy[q]! - yi;
        let l = dx * dx + dy * dy;
        if (reach[q]! < l) {
          // Far enough: the whole cell pushes as one body at its centre of charge.
          if (l >= distanceMax2) continue;
          if (dx === 0) {
            dx = jiggle(random);
            l += dx * dx;
          }
          if (dy === 0) {
            dy = jiggle(random);
            l += dy * dy;
          }
          if (l < MIN_DISTANCE2) l = Math.sqrt(MIN_DISTANCE2 * l);
          vx += (dx * value[q]! * alpha) / l;
          vy += (dy * value[q]! * alpha) / l;
          continue;
        }
        if (leaf[q] === 0) {
          for (let c = 3; c >= 0; c--) {
            const k = child[4 * q + c]!;
            if (k !== -1) stack[top++] = k;
          }
          continue;
        }
        // Too close to approximate: each node of the leaf on its own.
        if (l >= distanceMax2) continue;
        if (first[q] !== i || next[i] !== -1) {
          if (dx === 0) {
            dx = jiggle(random);
            l += dx * dx;
          }
          if (dy === 0) {
            dy = jiggle(random);
            l += dy * dy;
          }
          if (l < MIN_DISTANCE2) l = Math.sqrt(MIN_DISTANCE2 * l);
        }
        for (let j = first[q]!; j !== -1; j = next[j]!) {
          if (j === i) continue;
          const push = (charge[j]! * alpha) / l;
          vx += dx * push;
          vy += dy * push;
        }
      }
      nodes[i]!.vx! += vx;
      nodes[i]!.vy! += vy;
    }
  };

  force.initialize = (initial: N[], source: () => number): void => {
    nodes = initial;
    random = source;
    charge = Float64Array.from(nodes, (node) => options.strength(node));
    x = new Float64Array(nodes.length);
    y = new Float64Array(nodes.length);
    tree = new QuadTree(nodes.length, theta2);
    order = new Int32Array(nodes.length);
    // A path from the root holds at most three siblings per level besides the cell in hand.
    stack = new Int32Array(3 * (MAX_DEPTH + 2) + 4);
  };
  return force;
}

/**
 * A quadtree over points, rebuilt in place: cell 0 is the root, a cell's children come after it,
 * and each cell knows its size, total charge and centre of charge (weighted by |charge|, as d3's).
 */
class QuadTree {
  /** Four children per cell, -1 where there is none. */
  child: Int32Array;
  /** 1 for a cell without children. */
  leaf: Uint8Array;
  /** First point of a leaf, -1 for none; the others follow through `next`. */
  first: Int32Array;
  /** Next point in the same leaf, -1 at the end. */
  next: Int32Array;
  size: Float64Array;
  /** Squared distance beyond which the cell counts as one body: (size / theta)². */
  reach: Float64Array;
  value: Float64Array;
  cx: Float64Array;
  cy: Float64Array;
  private x0: Float64Array;
  private y0: Float64Array;
  private depth: Uint8Array;
  private count = 0;

  private readonly theta2: number;

  constructor(points: number, theta2: number) {
    this.theta2 = theta2;
    const cells = Math.max(16, 2 * points);
    this.next = new Int32Array(points);
    this.child = new Int32Array(4 * cells);
    this.leaf = new Uint8Array(cells);
    this.first = new Int32Array(cells);
    this.size = new Float64Array(cells);
    this.reach = new Float64Array(cells);
    this.value = new Float64Array(cells);
    this.cx = new Float64Array(cells);
    this.cy = new Float64Array(cells);
    this.x0 = new Float64Array(cells);
    this.y0 = new Float64Array(cells);
    this.depth = new Uint8Array(cells);
  }

  build(x: Float64Array, y: Float64Array, charge: Float64Array): void {
    const n = this.next.length;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      if (x[i]! < minX) minX = x[i]!;
      if (x[i]! > maxX) maxX = x[i]!;
      if (y[i]! < minY) minY = y[i]!;
      if (y[i]! > maxY) maxY = y[i]!;
    }
    this.count = 0;
    this.cell(minX, minY, Math.max(maxX - minX, maxY - minY, 1) * (1 + 1e-9), 0);
    for (let i = 0; i < n; i++) this.insert(i, x, y);
    // Children are created after their parents: one backward pass sums every cell.
    const { child, leaf, first, next, value, cx, cy } = this;
    for (let q = this.count - 1; q >= 0; q--) {
      let sum = 0;
      let weight = 0;
      let sx = 0;
      let sy = 0;
      if (leaf[q] === 1) {
        for (let j = first[q]!; j !== -1; j = next[j]!) {
          const c = Math.abs(charge[j]!);
          sum += charge[j]!;
          weight += c;
          sx += c * x[j]!;
          sy += c * y[j]!;
        }
      } else {
        for (let k = 0; k < 4; k++) {
          const d = child[4 * q + k]!;
          if (d === -1 || value[d] === 0) continue;
          const c = Math.abs(value[d]!);
          sum += value[d]!;
          weight += c;
          sx += c * cx[d]!;
          sy += c * cy[d]!;
        }
      }
      value[q] = sum;
      cx[q] = weight === 0 ? 0 : sx / weight;
      cy[q] = weight === 0 ? 0 : sy / weight;
    }
  }

  /** Every point into `out`, leaf by leaf in depth-first order: near points come close together. */
  order(out: Int32Array): void {
    let count = 0;
    const stack = [0];
    while (stack.length > 0) {
      const q = stack.pop()!;
      if (this.leaf[q] === 1) {
        for (let j = this.first[q]!; j !== -1; j = this.next[j]!) out[count++] = j;
        continue;
      }
      for (let c = 3; c >= 0; c--) if (this.child[4 * q + c] !== -1) stack.push(this.child[4 * q + c]!);
    }
  }

  private insert(i: number, x: Float64Array, y: Float64Array): void {
    const px = x[i]!;
    const py = y[i]!;
    let q = 0;
    for (;;) {
      if (this.leaf[q] === 0) {
        q = this.childAt(q, px, py);
        continue;
      }
      const held = this.first[q]!;
      if (held === -1 || this.depth[q]! >= MAX_DEPTH || (x[held] === px && y[held] === py)) {
        // An empty leaf, a leaf that can split no more, or the very same point: share the leaf.
        this.next[i] = held;
        this.first[q] = i;
        return;
      }
      // Split the leaf: what it holds (one point, or points all at one place) moves down, and
      // the new point goes on from here.
      this.first[q] = -1;
      const down = this.childAt(q, x[held]!, y[held]!); // may grow the arrays: look them up after
      this.first[down] = held;
    }
  }

  /** The child of cell `q` that holds the point `(px, py)`, created if missing. */
  private childAt(q: number, px: number, py: number): number {
    const half = this.size[q]! / 2;
    const right = px >= this.x0[q]! + half ? 1 : 0;
    const below = py >= this.y0[q]! + half ? 1 : 0;
    const slot = 4 * q + right + 2 * below;
    let c = this.child[slot]!;
    if (c === -1) {
      c = this.cell(this.x0[q]! + right * half, this.y0[q]! + below * half, half, this.depth[q]! + 1);
      this.child[slot] = c;
      this.leaf[q] = 0;
    }
    return c;
  }

  private cell(x0: number, y0: number, size: number, depth: number): number {
    if (this.count === this.first.length) this.grow();
    const q = this.count++;
    this.x0[q] = x0;
    this.y0[q] = y0;
    this.size[q] = size;
    this.reach[q] = (size * size) / this.theta2;
    this.depth[q] = depth;
    this.first[q] = -1;
    this.leaf[q] = 1;
    this.value[q] = 0;
    for (let k = 0; k < 4; k++) this.child[4 * q + k] = -1;
    return q;
  }

  private grow(): void {
    const cells = this.first.length * 2;
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(old: T, make: (n: number) => T, per = 1): T => {
      const grown = make(cells * per);
      grown.set(old);
      return grown;
    };
    this.child = widen(this.child, (n) => new Int32Array(n), 4);
    this.leaf = widen(this.leaf, (n) => new Uint8Array(n));
    this.first = widen(this.first, (n) => new Int32Array(n));
    this.size = widen(this.size, (n) => new Float64Array(n));
    this.reach = widen(this.reach, (n) => new Float64Array(n));
    this.value = widen(this.value, (n) => new Float64Array(n));
    this.cx = widen(this.cx, (n) => new Float64Array(n));
    this.cy = widen(this.cy, (n) => new Float64Array(n));
    this.x0 = widen(this.x0, (n) => new Float64Array(n));
    this.y0 = widen(this.y0, (n) => new Float64Array(n));
    this.depth = widen(this.depth, (n) => new Uint8Array(n));
  }
}
