/**
 * The order both graph files are written in, so the same notes give byte-identical files: nodes
 * by id, one edge per (source, target, kind), strings compared by code unit.
 */
import type { EdgeKind, Graph, GraphEdge, GraphNode, RecordKind } from '../model.ts';

export const NODE_KINDS: readonly RecordKind[] = ['inquiring-line', 'note', 'paper', 'collection'];
export const EDGE_KINDS: readonly EdgeKind[] = ['source', 'related', 'mention', 'next', 'cites', 'in'];

/** Nodes by id, first of each id kept, so a duplicate cannot shift every index after it. */
export function uniqueNodes(graph: Graph): GraphNode[] {
  const byId = new Map<string, GraphNode>();
  for (const n of graph.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}

/** Edges whose ends are both nodes of the graph, one per (source, target, kind). */
export function knownEdges(graph: Graph, known: ReadonlyMap<string, unknown>): GraphEdge[] {
  const byKey = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    const key = `${e.source}\u0000${e.target}\u0000${e.kind}`;
    if (!byKey.has(key)) byKey.set(key, e);
  }
  return [...byKey.values()];
}

/** An edge kind's place when kinds are sorted by name (as `compareText` sorts them). */
export function edgeKindRank(kinds: readonly EdgeKind[]): Readonly<Record<EdgeKind, number>> {
  return Object.fromEntries([...kinds].sort(compareText).map((kind, i) => [kind, i])) as Record<EdgeKind, number>;
}

/** Code-unit order, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
