import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import type { WeightedGraph } from '../../src/layout/coarsen.ts';
import { strongestLinks } from '../../src/layout/strongest-links.ts';

const graphs = fc.integer({ min: 2, max: 40 }).chain((size) =>
  fc
    .record({
      pairs: fc.uniqueArray(
        fc
          .tuple(fc.nat(size - 1), fc.nat(size - 1))
          .map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)])
          .filter(([a, b]) => a < b),
        {
          selector: ([a, b]) => a * size + b,
          maxLength: size * 6,
        },
      ),
      mass: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: size, maxLength: size }),
      weight: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: size * 6, maxLength: size * 6 }),
    })
    .map(({ pairs, mass, weight }): WeightedGraph => {
      const links = pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      return { size, mass, links, weights: links.map((_, l) => weight[l]!) };
    }),
);

/** The definition: a link stays when it is among the `k` strongest (ties: lower index) of an end. */
function reference(graph: WeightedGraph, k: number): [number, number][] {
  const affinity = (l: number) => graph.weights[l]! / (graph.mass[graph.links[l]![0]]! * graph.mass[graph.links[l]![1]]!);
  const kept = new Set<number>();
  for (let i = 0; i < graph.size; i++) {
    const own = graph.links.flatMap(([a, b], l) => (a === i || b === i ? [l] : []));
    own.sort((x, y) => affinity(y) - affinity(x) || x - y);
    for (const l of own.slice(0, k)) kept.add(l);
  }
  return graph.links.filter((_, l) => kept.has(l));
}

describe('strongestLinks', () => {
  it("keeps exactly the links among an end's strongest, with their weights, in order", () => {
    fc.assert(
      fc.property(graphs, fc.integer({ min: 1, max: 5 }), (graph, k) => {
        const thinned = strongestLinks(graph, k);
        const expected = graph.links.length <= k * graph.size ? graph.links : reference(graph, k);
        expect(thinned.links).toEqual(expected);
        expect(thinned.weights).toEqual(thinned.links.map((link) => graph.weights[graph.links.indexOf(link)]));
        expect(thinned.size).toBe(graph.size);
        expect(thinned.mass).toEqual(graph.mass);
      }),
      runs(500),
    );
  });
});
