/**
 * The records a record's page (and its Markdown twin) shows: the record, every neighbour (titles,
 * decks, what they say of it, the links of its body), the ring of their neighbours its local
 * graph draws, and its collection. The pipeline writes the page again when any of them changes.
 */
import type { SiteData } from './site-data.ts';
import { localGraphRecords } from './local-graph-data.ts';

export function recordPageReads(site: SiteData, id: string): string[] {
  const reads = new Set(localGraphRecords(site.atlas.graph, id));
  reads.add(id);
  const record = site.record(id);
  if (record?.kind === 'note' && record.collectionId) reads.add(record.collectionId);
  return [...reads].sort();
}
