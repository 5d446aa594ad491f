/**
 * Collections: one per distinct collection name ("Source: Alignment"), folded like a title, shown
 * as first written. Each note naming one (and each stub that joined one) gets its `collectionId`.
 */
import type { Collection, Note } from '../model.ts';
import { recordId, recordUrl } from './addresses.ts';
import { normalizeTitle } from './normalize-title.ts';
import { sortByTitle } from './record-order.ts';
import { makeSlug, createSlugRegistry } from './slug.ts';

/** Collections of `notes` (full notes in sorted file order, then stubs), in order of first sight. */
export function resolveCollections(notes: readonly Note[], maxSlugLength: number): Collection[] {
  const slugs = createSlugRegistry(maxSlugLength);
  const byName = new Map<string, { collection: Collection; members: Note[] }>();
  for (const note of notes) {
    const name = note.collection?.trim();
    if (!name) continue;
    const key = normalizeTitle(name);
    let entry = byName.get(key);
    if (!entry) {
      const { slug } = slugs.claim(makeSlug(name, maxSlugLength), name);
      const collection: Collection = {
        kind: 'collection',
        id: recordId('collection', slug),
        slug,
        url: recordUrl('collection', slug),
        title: name,
        file: null,
        name,
        notes: [],
      };
      entry = { collection, members: [] };
      byName.set(key, entry);
    }
    note.collectionId = entry.collection.id;
    entry.members.push(note);
  }
  return [...byName.values()].map(({ collection, members }) => {
    collection.notes = sortByTitle(members).map((note) => note.id);
    return collection;
  });
}
