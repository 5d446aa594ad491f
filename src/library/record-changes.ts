/**
 * Which records an update changed: added, removed, or holding other data than before. A record
 * read from a file that changed counts as changed whatever it holds (its body may differ, and
 * bodies are not compared); any other record counts when its data differs, as when a stub gains
 * a referrer or a line's suggested next lines move.
 */
import type { Atlas } from '../model.ts';
import { indexRecords } from '../resolve/backlinks.ts';

export interface RecordChanges {
  /** Ids only the new atlas has. */
  added: string[];
  /** Ids only the old atlas had. */
  removed: string[];
  /** Ids both have, whose record differs (or whose file was read again). */
  changed: string[];
}

/** `changedFiles`: paths (relative to the notes folder) read again. Each list sorted. */
export function recordChanges(before: Atlas, after: Atlas, changedFiles: ReadonlySet<string>): RecordChanges {
  const old = indexRecords(before);
  const now = indexRecords(after);
  const added: string[] = [];
  const changed: string[] = [];
  for (const [id, record] of now) {
    const previous = old.get(id);
    if (!previous) added.push(id);
    else if ((record.file !== null && changedFiles.has(record.file)) || !sameData(previous, record)) changed.push(id);
  }
  const removed = [...old.keys()].filter((id) => !now.has(id));
  const sorted = (ids: string[]) => ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { added: sorted(added), removed: sorted(removed), changed: sorted(changed) };
}

/**
 * Whether two records hold the same data, as their neighbours' pages see it. Markdown trees and
 * source positions are left out: they are large, and a body changes only with its file, or when
 * links in it change, which also changes the graph's edges, and so the records at both ends.
 * (Comparing 10,000 records as JSON took half a second; this stops at the first difference.)
 */
function sameData(a: unknown, b: unknown): boolean {
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
