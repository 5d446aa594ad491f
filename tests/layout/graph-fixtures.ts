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

/**
 * `collections` collections of `size` notes each, notes linked within their collection (a ring
 * and a chord), one line per collection drawing on four of its notes, and a few links across
 * collections: the shape of a real library, small enough to lay out in a test.
 */
export function clusterGraph(collections: number, size: number): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const note = (c: number, i: number) => `note:c${c}-n${String(i).padStart(3, '0')}`;
  for (let c = 0; c < collections; c++) {
    nodes.push({ id: `collection:c${c}`, kind: 'collection', title: `Collection ${c}`, url: `/collections/c${c}/` });
    for (let i = 0; i < size; i++) {
      nodes.push({ id: note(c, i), kind: 'note', title: `Does topic ${c} question ${i} hold?`, url: `/notes/c${c}-n${i}/`, collection: `collection:c${c}` });
      edges.push({ source: note(c, i), target: `collection:c${c}`, kind: 'in' });
      edges.push({ source: note(c, i), target: note(c, (i + 1) % size), kind: 'related' });
      edges.push({ source: note(c, i), target: note(c, (i * 7 + 3) % size), kind: 'related' });
    }
    nodes.push({ id: `line:c${c}`, kind: 'inquiring-line', title: `How does topic ${c} unfold?`, url: `/inquiring-lines/c${c}/` });
    for (let i = 0; i < 4; i++) edges.push({ source: `line:c${c}`, target: note(c, i * 3), kind: 'source' });
    // A few links across: each collection's first notes name the next collection's.
    for (let i = 0; i < 3; i++) edges.push({ source: note(c, i), target: note((c + 1) % collections, i + 5), kind: 'mention' });
  }
  const unique = new Map(edges.filter((e) => e.source !== e.target).map((e) => [`${e.source} ${e.target} ${e.kind}`, e]));
  return { nodes: nodes.sort((a, b) => (a.id < b.id ? -1 : 1)), edges: [...unique.values()] };
}
