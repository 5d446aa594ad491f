/**
 * Springs along links: d3's `forceLink`, step for step (same bias, same order, same jiggle, so
 * the same numbers to the last bit), with the links as index arrays and positions copied into
 * typed arrays for the pass. d3's walks link objects pointing at node objects, a cache miss per
 * end; at 85,000 links over 20 steps that was a fifth of a layout.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';
import { jiggle } from './jiggle.ts';

export interface LinkForceOptions {
  /** Ends of each link, as indices into the simulation's nodes. */
  source: Int32Array;
  target: Int32Array;
  /** Rest length of each link. */
  distance: Float64Array;
  /** Stiffness of each link. */
  strength: Float64Array;
}

export function linkForce<N extends SimulationNodeDatum>({ source, target, distance, strength }: LinkForceOptions): Force<N, undefined> {
  const m = source.length;
  let nodes: N[] = [];
  let random: () => number = Math.random;
  /** Share of a link's pull taken by its target: the source's part of their degrees, as d3 does. */
  const bias = new Float64Array(m);
  let x = new Float64Array(0);
  let y = new Float64Array(0);
  let vx = new Float64Array(0);
  let vy = new Float64Array(0);

  const force = (alpha: number): void => {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      x[i] = node.x!;
      y[i] = node.y!;
      vx[i] = node.vx!;
      vy[i] = node.vy!;
    }
    for (let l = 0; l < m; l++) {
      const s = source[l]!;
      const t = target[l]!;
      // Velocities change as links are taken in turn, as in d3: each link sees the ones before.
      let dx = x[t]! + vx[t]! - x[s]! - vx[s]!;
      if (!dx) dx = jiggle(random);
      let dy = y[t]! + vy[t]! - y[s]! - vy[s]!;
      if (!dy) dy = jiggle(random);
      let k = Math.sqrt(dx * dx + dy * dy);
      k = ((k - distance[l]!) / k) * alpha * strength[l]!;
      dx *= k;
      dy *= k;
      let b = bias[l]!;
      vx[t]! -= dx * b;
      vy[t]! -= dy * b;
      b = 1 - b;
      vx[s]! += dx * b;
      vy[s]! += dy * b;
    }
    for (let i = 0; i < n; i++) {
      nodes[i]!.vx = vx[i]!;
      nodes[i]!.vy = vy[i]!;
    }
  };

  force.initialize = (initial: N[], source_: () => number): void => {
    nodes = initial;
    random = source_;
    const n = nodes.length;
    x = new Float64Array(n);
    y = new Float64Array(n);
    vx = new Float64Array(n);
    vy = new Float64Array(n);
    const count = new Int32Array(n);
    for (let l = 0; l < m; l++) {
      count[source[l]!]!++;
      count[target[l]!]!++;
    }
    for (let l = 0; l < m; l++) bias[l] = count[source[l]!]! / (count[source[l]!]! + count[target[l]!]!);
  };
  return force;
}
