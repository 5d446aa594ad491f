/**
 * Which record pages an edit can change. A page shows its record and, of its neighbours in the
 * graph, their titles, urls, kinds and summaries (lists, mention previews, the local graph's
 * list); so when records change, their pages and their neighbours' pages (before and after the
 * edit, so links that appear and disappear are both seen) are the ones to render again. Single
 * pages (home, lists, feed, sitemap…) are rendered on every update anyway.
 */
import type { Atlas, AtlasRecord, Graph } from '../model.ts';
import { indexRecords } from '../resolve/backlinks.ts';

export interface AffectedRecords {
  /** Ids (after the edit) whose pages may differ. */
  render: Set<string>;
  /** Records that are gone: their pages are deleted. */
  removed: AtlasRecord[];
  /** Ids whose own record changed (a subset of `render`, plus removed ones). */
  changed: Set<string>;
}

/** `changedFiles`: paths (relative to the notes folder) read again for this edit. */
export function affectedRecords(before: Atlas, after: Atlas, changedFiles: ReadonlySet<string>): AffectedRecords {
  const old = indexRecords(before);
  const now = indexRecords(after);
  const changed = new Set<string>();
  for (const [id, record] of now) {
    const previous = old.get(id);
    if (!previous || (record.file !== null && changedFiles.has(record.file)) || !sameData(previous, record)) changed.add(id);
  }
  const removed = [...old.values()].filter((record) => !now.has(record.id));
  for (const record of removed) changed.add(record.id);

  const render = new Set<string>();
  const add = (id: string) => now.has(id) && render.add(id);
  for (const id of changed) add(id);
  for (const graph of [before.graph, after.graph]) for (const id of neighboursOf(graph, changed)) add(id);
  return { render, removed, changed };
}

/**
 * Whether two records hold the same data, as their neighbours' pages see it. Markdown trees and
 * source positions are left out: they are large, and a body changes only with its file, or when
 * links in it change, which also changes the graph's edges, and so the records at both ends.
 * (Comparing 10,000 records as JSON took half a second; this stops at the first difference.)
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (isTree(a) && isTree(b)) return true;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameData(item, (b as unknown[])[i]));
  const keysA = Object.keys(a).filter((key) => key !== 'position');
  const keysB = Object.keys(b).filter((key) => key !== 'position');
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function isTree(value: object): boolean {
  return (value as { type?: unknown }).type === 'root';
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
