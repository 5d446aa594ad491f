/**
 * The long lists (inquiring lines, notes, papers, lines to re-run) cut into pages of
 * `LIST_PAGE_SIZE` entries: `/x/`, `/x/2/`, `/x/3/`… At full size one page listing all 6,000
 * lines weighed 3 MB; a page of 100 weighs about 50 KB. Each list page is a pagination item the
 * templates render like a record page (an `id` and a `url`), so Eleventy and `atlas serve`
 * make the same pages from the same data.
 */
import type { InquiringLine, Note, Paper } from '../../model.ts';

export const LIST_PAGE_SIZE = 100;

/** `6000` → `6,000`: the same in every locale, so builds stay byte-identical. */
export function figure(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Which list a page belongs to: its folder under the site root. */
export type ListName = 'inquiring-lines' | 'notes' | 'papers' | 'stale';

export interface ListPage<T> {
  kind: 'list-page';
  /** `list-page:papers:2`: never a record id, so `atlas serve` renders it on every update. */
  id: string;
  list: ListName;
  /** Site-relative, unprefixed: `/papers/` for the first page, `/papers/2/` after. */
  url: string;
  /** Every page's url, first to last (shared by the pages of a list). */
  urls: readonly string[];
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1: an empty list still has its page). */
  count: number;
  /** How many entries the whole list has. */
  total: number;
  /** Index of `items[0]` in the whole list. */
  offset: number;
  items: T[];
}

/**
 * The url of page `number` of `list`: `/notes/2/`, or `/notes/page/2/` when `nested` (a note
 * whose slug is a number already has `/notes/2/`; a record's url is never two folders deep).
 */
export function listPageUrl(list: ListName, number: number, nested = false): string {
  return number <= 1 ? `/${list}/` : nested ? `/${list}/page/${number}/` : `/${list}/${number}/`;
}

/**
 * `items` in pages of `size`; one empty page when there are none. `taken`: the urls records
 * have, which no list page may take.
 */
export function paginate<T>(list: ListName, items: readonly T[], size: number = LIST_PAGE_SIZE, taken: ReadonlySet<string> = new Set()): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  let nested = false;
  for (let n = 2; n <= count && !nested; n++) nested = taken.has(listPageUrl(list, n));
  const urls = Array.from({ length: count }, (_, i) => listPageUrl(list, i + 1, nested));
  return Array.from({ length: count }, (_, i) => ({
    kind: 'list-page' as const,
    id: `list-page:${list}:${i + 1}`,
    list,
    url: urls[i]!,
    urls,
    number: i + 1,
    count,
    total: items.length,
    offset: i * size,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** A line on `/stale/`, and whether its prompt cites a dated paper (the page's two groups). */
export interface StaleEntry {
  line: InquiringLine;
  citesDatedPaper: boolean;
}

/** Every list's pages, as the templates paginate over them (`site.lists.papers`…). */
export interface SiteLists {
  lines: ListPage<InquiringLine>[];
  notes: ListPage<Note>[];
  papers: ListPage<Paper>[];
  stale: ListPage<StaleEntry>[];
}
