import { forceLink, forceSimulation } from 'd3-force';
import type { SimulationNodeDatum } from 'd3-force';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import { linkForce } from '../../src/layout/link-force.ts';
import { seededRandom } from '../../src/layout/seeded-random.ts';

interface Node extends SimulationNodeDatum {
  i: number;
}

/** Random graphs with positions, some nodes on the very same point (so d3 jiggles). */
const cases = fc.integer({ min: 2, max: 30 }).chain((size) =>
  fc.record({
    points: fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })), { minLength: size, maxLength: size }),
    links: fc.array(
      fc.tuple(fc.nat(size - 1), fc.nat(size - 1)).filter(([a, b]) => a !== b),
      { maxLength: size * 3 },
    ),
    seed: fc.nat(),
  }),
);

function run(points: [number, number][], links: [number, number][], seed: number, ours: boolean): number[] {
  const nodes: Node[] = points.map(([x, y], i) => ({ i, x: x * 10, y: y * 10 }));
  const distance = Float64Array.from(links, ([a, b]) => 20 + ((a + b) % 7));
  const strength = Float64Array.from(links, ([a, b]) => 0.1 + ((a * b) % 5) / 10);
  const force = ours
    ? linkForce<Node>({ source: Int32Array.from(links, ([a]) => a), target: Int32Array.from(links, ([, b]) => b), distance, strength })
    : forceLink<Node, { source: number; target: number; index?: number }>(links.map(([source, target]) => ({ source, target })))
        .distance((_, l) => distance[l]!)
        .strength((_, l) => strength[l]!);
  forceSimulation<Node>().stop().randomSource(seededRandom(seed)).nodes(nodes).force('link', force).tick(12);
  return nodes.flatMap((n) => [n.x!, n.y!, n.vx!, n.vy!]);
}

describe('linkForce', () => {
  it("moves nodes exactly as d3's forceLink does, to the last bit", () => {
    fc.assert(
      fc.property(cases, ({ points, links, seed }) => {
        expect(run(points, links, seed, true)).toEqual(run(points, links, seed, false));
      }),
      runs(200),
    );
  });
});
