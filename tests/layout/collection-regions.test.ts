import { describe, expect, it } from 'vitest';
import { collectionAnchors } from '../../src/layout/collection-anchors.ts';
import { homeCollections } from '../../src/layout/home-collections.ts';
import { layoutGraph } from '../../src/layout/layout-graph.ts';
import type { Layout } from '../../src/layout/layout-graph.ts';
import { clusterGraph, smallGraph } from './graph-fixtures.ts';

const entries = (layout: Layout) => [...layout.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

describe('collections as regions', () => {
  it('gives a node its own collection, or the one most of its neighbours have', () => {
    // 0, 1: collection 0; 2: collection 1; 3 (a line) links 0, 1, 2; 4 (a paper) links only 3.
    const own = Int32Array.from([0, 0, 1, -1, -1]);
    const home = homeCollections(own, [0, 1, 2, 3], [3, 3, 3, 4], 2);
    expect([...home]).toEqual([0, 0, 1, 0, 0]);
    // A tie goes to the lower collection; a node with no homed neighbour keeps none.
    expect([...homeCollections(Int32Array.from([1, 0, -1, -1]), [0, 1], [2, 2], 2)]).toEqual([1, 0, 0, -1]);
  });

  it('lays the collections out as discs that do not overlap, the same every time', () => {
    const home = Int32Array.from({ length: 300 }, (_, i) => i % 6);
    const links: [number[], number[]] = [[], []];
    for (let i = 0; i + 6 < 300; i++) {
      links[0].push(i);
      links[1].push(i + 6);
    }
    for (let c = 0; c < 6; c++) {
      links[0].push(c);
      links[1].push((c + 1) % 6);
    }
    const options = { seed: 1, regionScale: 20, regionGap: 30, ticks: 200 };
    const a = collectionAnchors(home, links[0], links[1], ['a', 'b', 'c', 'd', 'e', 'f'], options);
    for (let p = 0; p < 6; p++) for (let q = p + 1; q < 6; q++) expect(Math.hypot(a.x[p]! - a.x[q]!, a.y[p]! - a.y[q]!)).toBeGreaterThanOrEqual(a.radius[p]! + a.radius[q]! + 30 - 1e-6);
    const b = collectionAnchors(home, links[0], links[1], ['a', 'b', 'c', 'd', 'e', 'f'], options);
    expect([...b.x]).toEqual([...a.x]);
    expect([...b.y]).toEqual([...a.y]);
  });

  it('puts each note nearer its own collection’s centre than any other', () => {
    const graph = clusterGraph(6, 40);
    const layout = layoutGraph(graph);
    const centre = new Map<string, { x: number; y: number; n: number }>();
    for (const n of graph.nodes) {
      if (!n.collection) continue;
      const c = centre.get(n.collection) ?? { x: 0, y: 0, n: 0 };
      c.x += layout.get(n.id)!.x;
      c.y += layout.get(n.id)!.y;
      c.n++;
      centre.set(n.collection, c);
    }
    const centres = [...centre.entries()].map(([id, c]) => ({ id, x: c.x / c.n, y: c.y / c.n }));
    const notes = graph.nodes.filter((n) => n.collection);
    const nearestOwn = notes.filter((n) => {
      const p = layout.get(n.id)!;
      const nearest = centres.reduce((best, c) => (Math.hypot(c.x - p.x, c.y - p.y) < Math.hypot(best.x - p.x, best.y - p.y) ? c : best));
      return nearest.id === n.collection;
    });
    expect(nearestOwn.length / notes.length).toBeGreaterThan(0.95);
  });

  it('is deterministic with collections, and the seed changes it', () => {
    const graph = clusterGraph(4, 30);
    expect(entries(layoutGraph(graph))).toEqual(entries(layoutGraph(clusterGraph(4, 30))));
    expect(entries(layoutGraph(graph, { seed: 7 }))).not.toEqual(entries(layoutGraph(graph)));
    expect(entries(layoutGraph(smallGraph()))).toEqual(entries(layoutGraph(smallGraph())));
  });
});
