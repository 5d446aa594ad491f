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
import type { Atlas, GraphEdge } from '../model.ts';
import { indexRecords } from '../resolve/backlinks.ts';

/** Keys holding Markdown trees or source positions: derived from the file, whose bytes are hashed instead. */
const FROM_FILE = new Set(['body', 'display', 'position']);

export function recordFingerprints(atlas: Atlas, files: readonly VFile[]): Map<string, string> {
  const fileHashes = new Map<string, string>();
  for (const file of files) if (file.value !== undefined) fileHashes.set(file.path, createHash('sha1').update(file.value).digest('base64'));
  const edges = new Map<string, GraphEdge[]>();
  for (const edge of atlas.graph.edges) {
    for (const end of edge.source === edge.target ? [edge.source] : [edge.source, edge.target]) {
      let list = edges.get(end);
      if (!list) edges.set(end, (list = []));
      list.push(edge);
    }
  }
  const nodes = new Map(atlas.graph.nodes.map((node) => [node.id, node]));
  const fingerprints = new Map<string, string>();
  for (const [id, record] of indexRecords(atlas)) {
    const digest = createHash('sha1');
    if (record.file !== null) digest.update(fileHashes.get(record.file) ?? '').update('\0');
    digest.update(JSON.stringify(record, (key, value: unknown) => (FROM_FILE.has(key) ? undefined : value)));
    digest.update('\0').update(JSON.stringify(nodes.get(id) ?? null));
    digest.update('\0').update(JSON.stringify(edges.get(id) ?? []));
    fingerprints.set(id, digest.digest('base64'));
  }
  return fingerprints;
}
