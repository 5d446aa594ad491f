/**
 * Which record pages an edit can change. A page shows its record and, of its neighbours in the
 * graph, their titles, urls, kinds and summaries (lists, mention previews, the local graph's
 * list); so when records change, their pages and their neighbours' pages (before and after the
 * edit, so links that appear and disappear are both seen) are the ones to render again. Single
 * pages (home, lists, feed, sitemap…) are rendered on every update anyway.
 */
import type { Atlas, AtlasRecord, Graph } from '../model.ts';
import type { RecordChanges } from '../library/record-changes.ts';
import { indexRecords } from '../resolve/backlinks.ts';

export interface AffectedRecords {
  /** Ids (after the edit) whose pages may differ. */
  render: Set<string>;
  /** Records that are gone: their pages are deleted. */
  removed: AtlasRecord[];
  /** Ids whose own record changed (a subset of `render`, plus removed ones). */
  changed: Set<string>;
}

/** `changes`: the records the `Library`'s update added, removed or changed. */
export function affectedRecords(before: Atlas, after: Atlas, changes: RecordChanges): AffectedRecords {
  const old = indexRecords(before);
  const now = indexRecords(after);
  const changed = new Set([...changes.added, ...changes.changed, ...changes.removed]);
  const removed = changes.removed.map((id) => old.get(id)!);

  const render = new Set<string>();
  const add = (id: string) => now.has(id) && render.add(id);
  for (const id of changed) add(id);
  for (const graph of [before.graph, after.graph]) for (const id of neighboursOf(graph, changed)) add(id);
  return { render, removed, changed };
}

/** The records one edge away from any of `ids` (`ids` themselves only where linked to another). */
export function neighboursOf(graph: Graph, ids: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const edge of graph.edges) {
    if (ids.has(edge.source)) found.add(edge.target);
    if (ids.has(edge.target)) found.add(edge.source);
  }
  return found;
}

/**
 * Whether any of `ids` is drawn differently in the graph after the edit: its node (title, kind,
 * url, collection) or one of its edges. Pages two steps away carry it only in their inline local
 * graph, which holds nothing else of it; an edit to a deck or a body leaves those pages as they were.
 */
export function graphShapeChanged(before: Graph, after: Graph, ids: ReadonlySet<string>): boolean {
  return shapeOf(before, ids) !== shapeOf(after, ids);
}

function shapeOf(graph: Graph, ids: ReadonlySet<string>): string {
  const nodes = graph.nodes.filter((node) => ids.has(node.id));
  const edges = graph.edges.filter((edge) => ids.has(edge.source) || ids.has(edge.target));
  return JSON.stringify([nodes, edges]);
}
