/**
 * The order both graph files are written in, so the same notes give byte-identical files: nodes
 * by id, one edge per (source, target, kind), strings compared by code unit.
 */
import { compareText } from '../../compare-text.ts';
import type { EdgeKind, Graph, GraphEdge, GraphNode } from '../../model.ts';

export { compareText } from '../../compare-text.ts';
export { EDGE_KINDS, RECORD_KINDS as NODE_KINDS } from '../../vocabulary.ts';

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
