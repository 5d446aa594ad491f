/**
 * A fingerprint of each record: equal fingerprints, equal records as any page shows them. It is
 * what decides, between two builds or two edits, which output files must be written again
 * (`site/outputs/emitter.ts`).
 *
 * A record's Markdown trees are left out and the bytes of its file stand for them (a tree
 * changes only with its file), which keeps hashing 10,000 records cheap; everything else the
 * resolver gave the record (its url, targets, testimony, suggested next lines) and every edge
 * that touches it are hashed as data.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { Atlas, AtlasRecord, GraphEdge } from '../model.ts';
import { indexRecords } from '../resolve/backlinks.ts';
import type { RecordChanges } from './record-changes.ts';

/**
 * The record without its Markdown trees (its body, its prompt's display), which only its file's
 * bytes change. A copy rather than a replacer function: `JSON.stringify` calling one for every
 * key of 10,000 records took longer than the hashing.
 */
function withoutTrees(record: AtlasRecord): object {
  if (record.kind !== 'inquiring-line' && record.kind !== 'note') return record;
  const { body: _body, ...rest } = record;
  if (rest.kind === 'inquiring-line' && rest.prompt) {
    const { display: _display, ...prompt } = rest.prompt;
    return { ...rest, prompt };
  }
  return rest;
}

export function recordFingerprints(atlas: Atlas, files: readonly VFile[]): Map<string, string> {
  return fingerprintsOf(atlas, files, indexRecords(atlas).keys());
}

/**
 * The fingerprints after an update, from those before it: only the records the update changed
 * or added, and those at either end of an edge it added or removed, are hashed again (hashing
 * all 10,000 costs most of a second, on every edit under `atlas serve`).
 */
export function updatedFingerprints(previous: ReadonlyMap<string, string>, before: Atlas, after: Atlas, files: readonly VFile[], changes: RecordChanges): Map<string, string> {
  const stale = new Set([...changes.added, ...changes.changed]);
  if (!sameEdges(before.graph.edges, after.graph.edges)) {
    const old = new Set(before.graph.edges.map(edgeKey));
    const now = new Set(after.graph.edges.map(edgeKey));
    for (const edge of after.graph.edges) if (!old.has(edgeKey(edge))) stale.add(edge.source).add(edge.target);
    for (const edge of before.graph.edges) if (!now.has(edgeKey(edge))) stale.add(edge.source).add(edge.target);
  }
  const present = indexRecords(after);
  const fingerprints = new Map([...previous].filter(([id]) => present.has(id) && !stale.has(id)));
  // The stale ones, and any the previous map never had (it came from elsewhere), in one pass.
  const again = [...present.keys()].filter((id) => !fingerprints.has(id));
  for (const [id, fingerprint] of fingerprintsOf(after, files, again)) fingerprints.set(id, fingerprint);
  return fingerprints;
}

function fingerprintsOf(atlas: Atlas, files: readonly VFile[], ids: Iterable<string>): Map<string, string> {
  const wanted = new Set(ids);
  const records = indexRecords(atlas);
  const fileHashes = new Map<string, string>();
  for (const id of wanted) {
    const file = records.get(id)?.file;
    if (file) fileHashes.set(file, '');
  }
  for (const file of files) if (fileHashes.has(file.path) && file.value !== undefined) fileHashes.set(file.path, createHash('sha1').update(file.value).digest('base64'));
  const edges = new Map<string, GraphEdge[]>();
  for (const edge of atlas.graph.edges) {
    for (const end of edge.source === edge.target ? [edge.source] : [edge.source, edge.target]) {
      if (!wanted.has(end)) continue;
      let list = edges.get(end);
      if (!list) edges.set(end, (list = []));
      list.push(edge);
    }
  }
  const nodes = new Map(atlas.graph.nodes.filter((node) => wanted.has(node.id)).map((node) => [node.id, node]));
  const fingerprints = new Map<string, string>();
  for (const id of wanted) {
    const record = records.get(id);
    if (!record) continue;
    const digest = createHash('sha1');
    if (record.file !== null) digest.update(fileHashes.get(record.file) ?? '').update('\0');
    digest.update(JSON.stringify(withoutTrees(record)));
    digest.update('\0').update(JSON.stringify(nodes.get(id) ?? null));
    digest.update('\0').update(JSON.stringify(edges.get(id) ?? []));
    fingerprints.set(id, digest.digest('base64'));
  }
  return fingerprints;
}

/** An edge as a string, every field of it (`GraphEdge`), without `JSON.stringify`'s cost. */
export function edgeKey(edge: GraphEdge): string {
  return `${edge.source}\0${edge.target}\0${edge.kind}\0${edge.label ?? ''}\0${edge.suggested ? 1 : 0}`;
}

/**
 * The same edges in the same order (the resolver sorts them): most edits (a deck, a body) leave
 * the graph as it was, and comparing fields is far cheaper than keying 100,000 edges.
 */
export function sameEdges(a: readonly GraphEdge[], b: readonly GraphEdge[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.source !== y.source || x.target !== y.target || x.kind !== y.kind || x.label !== y.label || x.suggested !== y.suggested) return false;
  }
  return true;
}
