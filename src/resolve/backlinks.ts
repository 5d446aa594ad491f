/**
 * Lookups the pages need: what points at a record (its backlinks) and a record by id.
 */
import type { Atlas, AtlasRecord, Graph, GraphEdge } from '../model.ts';

/** Incoming edges per node id, in the graph's edge order; every node has an entry. */
export function indexBacklinks(graph: Graph): Map<string, GraphEdge[]> {
  const incoming = new Map<string, GraphEdge[]>(graph.nodes.map((node) => [node.id, []]));
  for (const edge of graph.edges) {
    let list = incoming.get(edge.target);
    if (!list) incoming.set(edge.target, (list = []));
    list.push(edge);
  }
  return incoming;
}

export function indexRecords(atlas: Atlas): Map<string, AtlasRecord> {
  const records: AtlasRecord[] = [...atlas.lines, ...atlas.notes, ...atlas.papers, ...atlas.collections];
  return new Map(records.map((record) => [record.id, record]));
}
