import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import fc from 'fast-check';
import { layoutGraph } from '../../src/layout/layout-graph.ts';
import type { Layout } from '../../src/layout/layout-graph.ts';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import { hubGraph, neighboursOf, reordered, smallGraph } from './graph-fixtures.ts';

const entries = (layout: Layout) => [...layout.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
const distance = (layout: Layout, a: string, b: string) => Math.hypot(layout.get(a)!.x - layout.get(b)!.x, layout.get(a)!.y - layout.get(b)!.y);

describe('layoutGraph', () => {
  it('gives every node, and only the nodes, integer finite coordinates', () => {
    const graph = smallGraph();
    const layout = layoutGraph(graph);
    expect([...layout.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const { x, y } of layout.values()) {
      expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
      expect(Object.is(x, -0) || Object.is(y, -0)).toBe(false);
    }
  });

  it('gives the same coordinates for the same graph', () => {
    expect(entries(layoutGraph(smallGraph()))).toEqual(entries(layoutGraph(smallGraph())));
  });

  it('does not depend on the order of nodes and edges', () => {
    const graph = smallGraph();
    const expected = entries(layoutGraph(graph));
    const permutation = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });
    fc.assert(
      fc.property(permutation(graph.nodes.length), permutation(graph.edges.length), (nodeOrder, edgeOrder) => {
        const shuffled = reordered(graph, (n) => (n === graph.nodes.length ? nodeOrder : edgeOrder));
        expect(entries(layoutGraph(shuffled))).toEqual(expected);
      }),
      runs(15),
    );
  });

  it('uses the seed', () => {
    expect(entries(layoutGraph(smallGraph(), { seed: 2 }))).not.toEqual(entries(layoutGraph(smallGraph(), { seed: 1 })));
  });

  it('draws linked nodes closer together than unlinked ones', () => {
    const graph = hubGraph(120);
    const layout = layoutGraph(graph);
    const linked = graph.edges.filter((e) => e.kind === 'related').map((e) => distance(layout, e.source, e.target));
    const ids = graph.nodes.map((n) => n.id);
    const far = ids.slice(1, 60).map((id, i) => distance(layout, id, ids[i + 61]!)); // 60 steps apart along the chain
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(far) / 2);
  });

  it('keeps a disconnected node near the rest instead of letting it drift away', () => {
    const graph = smallGraph();
    const layout = layoutGraph(graph);
    const isolated = 'paper:2501.00001';
    expect(neighboursOf(graph, isolated).size).toBe(0);
    const reach = Math.max(...graph.nodes.filter((n) => n.id !== isolated).map((n) => Math.hypot(layout.get(n.id)!.x, layout.get(n.id)!.y)));
    expect(Math.hypot(layout.get(isolated)!.x, layout.get(isolated)!.y)).toBeLessThan(reach * 3);
  });

  it('does not let two nodes land on the same point', () => {
    const graph = hubGraph(200);
    const layout = layoutGraph(graph);
    expect(new Set([...layout.values()].map((p) => `${p.x},${p.y}`)).size).toBe(graph.nodes.length);
  });

  it('ignores edges to unknown nodes and self-loops', () => {
    const graph = smallGraph();
    const noisy = {
      nodes: graph.nodes,
      edges: [
        ...graph.edges,
        { source: 'note:goal-guarding', target: 'note:missing', kind: 'related' as const },
        { source: 'note:goal-guarding', target: 'note:goal-guarding', kind: 'mention' as const },
      ],
    };
    expect(entries(layoutGraph(noisy))).toEqual(entries(layoutGraph(graph)));
  });

  it('lays out an empty graph and a single node', () => {
    expect(layoutGraph({ nodes: [], edges: [] }).size).toBe(0);
    expect(entries(layoutGraph({ nodes: [smallGraph().nodes[0]!], edges: [] }))).toHaveLength(1);
  });

  it('lays out the seeds', async () => {
    const { atlas } = await loadAtlas('seeds');
    const layout = layoutGraph(atlas.graph);
    expect(layout.size).toBe(atlas.graph.nodes.length);
    for (const node of atlas.graph.nodes) expect(Number.isInteger(layout.get(node.id)?.x)).toBe(true);
    expect(entries(layoutGraph(atlas.graph))).toEqual(entries(layout));
  });
});
