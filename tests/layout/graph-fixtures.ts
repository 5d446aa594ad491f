/** Graphs for the layout and graph-data tests: the hand-made fixture, the seeds, a made-up hub. */
import { readFileSync } from 'node:fs';
import type { Graph, GraphEdge, GraphNode } from '../../src/model.ts';

export function smallGraph(): Graph {
  return JSON.parse(readFileSync(new URL('../fixtures/graph/small-graph.json', import.meta.url), 'utf8')) as Graph;
}

/** A collection of `size` notes, each related to the next: a hub every note is one step from. */
export function hubGraph(size: number): Graph {
  const nodes: GraphNode[] = [{ id: 'collection:hub', kind: 'collection', title: 'Hub', url: '/collections/hub/' }];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < size; i++) {
    const id = `note:n${String(i).padStart(3, '0')}`;
    nodes.push({ id, kind: 'note', title: `Note ${i}?`, url: `/notes/n${String(i).padStart(3, '0')}/`, collection: 'collection:hub' });
    edges.push({ source: id, target: 'collection:hub', kind: 'in' });
    if (i > 0) edges.push({ source: `note:n${String(i - 1).padStart(3, '0')}`, target: id, kind: 'related', label: `step ${i}` });
  }
  return { nodes, edges };
}

/** Same graph, nodes and edges in another order. */
export function reordered(graph: Graph, order: (n: number) => number[]): Graph {
  return {
    nodes: order(graph.nodes.length).map((i) => graph.nodes[i]!),
    edges: order(graph.edges.length).map((i) => graph.edges[i]!),
  };
}

/** The ids of the nodes sharing an edge with `id` (either direction), the centre itself excluded. */
export function neighboursOf(graph: Graph, id: string): Set<string> {
  const out = new Set<string>();
  for (const e of graph.edges) {
    if (e.source === id && e.target !== id) out.add(e.target);
    if (e.target === id && e.source !== id) out.add(e.source);
  }
  return out;
}
