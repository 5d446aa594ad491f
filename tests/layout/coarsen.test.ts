import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coarsen } from '../../src/layout/coarsen.ts';
import type { WeightedGraph } from '../../src/layout/coarsen.ts';

/** Random simple graphs with unit masses. */
const graphs = fc.integer({ min: 2, max: 60 }).chain((size) =>
  fc
    .uniqueArray(
      fc.integer({ min: 0, max: size - 2 }).chain((a) => fc.integer({ min: a + 1, max: size - 1 }).map((b): [number, number] => [a, b])),
      { selector: ([a, b]) => a * size + b, maxLength: Math.min(size * 3, (size * (size - 1)) / 2) },
    )
    .map((links): WeightedGraph => ({ size, mass: Array(size).fill(1), links: links.sort((x, y) => x[0] - y[0] || x[1] - y[1]), weights: links.map(() => 1) })),
);

describe('coarsen', () => {
  it('maps every node to a group, keeps the total mass and respects the mass cap', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const { coarse, parent } = coarsen(graph, { maxMass: 4 });
        expect(parent).toHaveLength(graph.size);
        for (const p of parent) expect(p >= 0 && p < coarse.size).toBe(true);
        expect(coarse.mass.reduce((a, b) => a + b, 0)).toBe(graph.size);
        for (const m of coarse.mass) expect(m).toBeLessThanOrEqual(4);
        const members = coarse.mass.map((_, g) => parent.filter((p) => p === g).length);
        expect(members).toEqual(coarse.mass);
      }),
    );
  });

  it('only merges linked nodes or siblings, and keeps every link between different groups', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const { coarse, parent } = coarsen(graph);
        // Each group is connected through links inside it, or is siblings around one neighbour.
        for (let g = 0; g < coarse.size; g++) {
          const inside = parent.flatMap((p, i) => (p === g ? [i] : []));
          const reached = new Set([inside[0]]);
          for (let grew = true; grew;) {
            grew = false;
            for (const [a, b] of graph.links) {
              if (parent[a] !== g || parent[b] !== g) continue;
              if (reached.has(a) !== reached.has(b)) {
                reached.add(a);
                reached.add(b);
                grew = true;
              }
            }
          }
          const shareNeighbour = [...Array(graph.size).keys()].some((hub) => inside.every((i) => graph.links.some(([a, b]) => (a === hub && b === i) || (b === hub && a === i))));
          expect(reached.size === inside.length || shareNeighbour).toBe(true);
        }
        const expected = new Set(graph.links.filter(([a, b]) => parent[a] !== parent[b]).map(([a, b]) => `${Math.min(parent[a]!, parent[b]!)}-${Math.max(parent[a]!, parent[b]!)}`));
        expect(new Set(coarse.links.map(([a, b]) => `${a}-${b}`))).toEqual(expected);
        for (const [a, b] of coarse.links) expect(a).toBeLessThan(b);
      }),
    );
  });

  it('merges along the heaviest link and adds up the weights of the links it merges', () => {
    const graph: WeightedGraph = {
      size: 4,
      mass: [1, 1, 1, 1],
      links: [
        [0, 1],
        [0, 2],
        [1, 2],
        [1, 3],
        [2, 3],
      ],
      weights: [1, 5, 1, 1, 1],
    };
    const { coarse, parent } = coarsen(graph);
    expect(parent[0]).toBe(parent[2]);
    expect(parent[1]).toBe(parent[3]);
    expect(coarse.links).toHaveLength(1);
    expect(coarse.weights).toEqual([3]);
    fc.assert(
      fc.property(graphs, (g) => {
        const { coarse: c, parent: p } = coarsen(g);
        const between = g.links.reduce((sum, [a, b], l) => sum + (p[a] === p[b] ? 0 : g.weights[l]!), 0);
        expect(c.weights.reduce((a, b) => a + b, 0)).toBe(between);
      }),
    );
  });

  it('shrinks a graph with links in it', () => {
    const path: WeightedGraph = { size: 10, mass: Array(10).fill(1), links: Array.from({ length: 9 }, (_, i): [number, number] => [i, i + 1]), weights: Array(9).fill(1) };
    expect(coarsen(path).coarse.size).toBeLessThanOrEqual(5);
    const star: WeightedGraph = { size: 9, mass: Array(9).fill(1), links: Array.from({ length: 8 }, (_, i): [number, number] => [0, i + 1]), weights: Array(8).fill(1) };
    expect(coarsen(star, { maxMass: 3 }).coarse.size).toBe(3);
  });
});
