/**
 * Orderings. Plain UTF-16 comparison rather than `localeCompare`, so the order (and with it every
 * "first one wins" rule) cannot change with the ICU data of the machine that builds the site.
 */
import { compareText } from '../compare-text.ts';
import { normalizeTitle } from './normalize-title.ts';

export { compareText } from '../compare-text.ts';

/** `items` sorted by title (folded, then as written), then id. Returns a new array. */
export function sortByTitle<T extends { title: string; id: string }>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, key: normalizeTitle(item.title) }))
    .sort((a, b) => compareText(a.key, b.key) || compareText(a.item.title, b.item.title) || compareText(a.item.id, b.item.id))
    .map(({ item }) => item);
}
