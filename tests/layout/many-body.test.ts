import { forceManyBody, forceSimulation } from 'd3-force';
import type { SimulationNodeDatum } from 'd3-force';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import { manyBodyForce } from '../../src/layout/many-body.ts';
import { seededRandom } from '../../src/layout/seeded-random.ts';

interface Node extends SimulationNodeDatum {
  charge: number;
}

/**
 * Nodes that share no coordinate: where two line up exactly, each force jiggles them with its
 * own draws of the random source (that case is checked on its own below).
 */
const points = fc
  .integer({ min: 1, max: 60 })
  .chain((n) =>
    fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: -50_000, max: 50_000 }), { minLength: n, maxLength: n }),
        fc.uniqueArray(fc.integer({ min: -50_000, max: 50_000 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
      )
      .map(([xs, ys, charges]) => xs.map((x, i): [number, number, number] => [x / 97, ys[i]! / 89, charges[i]!])),
  );

/** One step of repulsion from rest; the velocities it gives. */
function velocities(input: [number, number, number][], ours: boolean, theta: number): number[] {
  const nodes: Node[] = input.map(([x, y, c]) => ({ x, y, charge: -30 * c }));
  const force = ours
    ? manyBodyForce<Node>({ strength: (n) => n.charge, theta })
    : forceManyBody<Node>()
        .strength((n) => n.charge)
        .theta(theta);
  forceSimulation<Node>().stop().randomSource(seededRandom(1)).velocityDecay(0).alpha(1).alphaDecay(0).nodes(nodes).force('charge', force).tick(1);
  return nodes.flatMap((n) => [n.vx!, n.vy!]);
}

describe('manyBodyForce', () => {
  it("pushes as d3's forceManyBody does when nothing is approximated", () => {
    fc.assert(
      fc.property(points, (input) => {
        const ours = velocities(input, true, 1e-9);
        const d3 = velocities(input, false, 1e-9);
        // Exact pairwise sums, added in another order: equal up to rounding.
        ours.forEach((v, k) => expect(Math.abs(v - d3[k]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(d3[k]!))));
      }),
      runs(300),
    );
  });

  it('stays close to the exact forces at the layout’s theta', () => {
    const input: [number, number, number][] = Array.from({ length: 400 }, (_, i) => [Math.cos(i * 2.4) * Math.sqrt(i) * 30, Math.sin(i * 2.4) * Math.sqrt(i) * 30, 1 + (i % 3)]);
    const exact = velocities(input, true, 1e-9);
    const approximate = velocities(input, true, 1.5);
    const size = Math.hypot(...exact);
    const error = Math.hypot(...exact.map((v, k) => v - approximate[k]!));
    expect(error / size).toBeLessThan(0.1);
  });

  it('parts nodes on the very same point, the same way every time', () => {
    const input: [number, number, number][] = [
      [0, 0, 1],
      [0, 0, 1],
      [0, 0, 2],
      [5, 5, 1],
    ];
    const first = velocities(input, true, 1.5);
    expect(first.every(Number.isFinite)).toBe(true);
    expect(first.slice(0, 6).some((v) => v !== 0)).toBe(true);
    expect(velocities(input, true, 1.5)).toEqual(first);
  });
});
