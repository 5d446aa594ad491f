/**
 * Titles by identity (their normalised form), first come first served: when two records share a
 * title, references go to the one registered first, which is the first in sorted file order.
 */
import { normalizeTitle } from './normalize-title.ts';

export interface TitleIndex {
  /** Register `title` for `id`; returns the id that already held it, if any (and keeps that one). */
  add(title: string, id: string): string | undefined;
  get(title: string): string | undefined;
  /** `get` for a title already folded with `normalizeTitle`: one title looked up in several indexes is folded once. */
  getFolded(key: string): string | undefined;
}

export function createTitleIndex(): TitleIndex {
  const ids = new Map<string, string>();
  const getFolded = (key: string): string | undefined => (key === '' ? undefined : ids.get(key));
  return {
    add(title, id) {
      const key = normalizeTitle(title);
      if (key === '') return undefined;
      const held = ids.get(key);
      if (held !== undefined) return held;
      ids.set(key, id);
      return undefined;
    },
    get: (title) => getFolded(normalizeTitle(title)),
    getFolded,
  };
}
