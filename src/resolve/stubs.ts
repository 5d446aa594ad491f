/**
 * Stub notes: notes known only because a line lists them as a source or a note relates to them.
 * A stub has no file and no body; what referrers said of it (its testimony) is all there is.
 */
import type { Note } from '../model.ts';
import { recordId, recordUrl } from './addresses.ts';
import { makeSlug, type SlugRegistry } from './slug.ts';
import { normalizeTitle } from './normalize-title.ts';

export interface StubRegistry {
  /** The stub named `title`, created (with the title as first written) on first sight; `key` is its folded title, when known. */
  get(title: string, key?: string): Note;
  /** Every stub, in order of first sight, each with its summary taken from its testimony. */
  all(): Note[];
}

/** Stubs take their slugs from `slugs` after the full notes, so a full note never yields its slug. */
export function createStubRegistry(slugs: SlugRegistry, maxSlugLength: number): StubRegistry {
  // Keyed by the folded title, the empty one included: an untitled reference still gets one stub.
  const byTitle = new Map<string, Note>();
  return {
    get(title, key = normalizeTitle(title)) {
      const known = byTitle.get(key);
      if (known) return known;
      const { slug } = slugs.claim(makeSlug(title, maxSlugLength), `stub "${title}"`);
      const stub: Note = {
        kind: 'note',
        id: recordId('note', slug),
        slug,
        url: recordUrl('note', slug),
        title: title.trim(),
        file: null,
        format: null,
        summary: '',
        body: { type: 'root', children: [] },
        tags: [],
        related: [],
        stub: true,
        testimony: [],
      };
      byTitle.set(key, stub);
      return stub;
    },
    all() {
      const stubs = [...byTitle.values()];
      for (const stub of stubs) stub.summary = stub.testimony.find((t) => t.text.trim() !== '')?.text ?? '';
      return stubs;
    },
  };
}
