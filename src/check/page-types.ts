/**
 * One page of each type a site has, in one place: the checks that cannot afford every page
 * (accessibility in a browser, in light and dark) run on these. A record page is picked for how
 * much it shows (a line with a prompt and sources, a note with related concepts), then by the
 * atlas's own order, so the choice is deterministic.
 */
import type { Atlas, AtlasRecord } from '../model.ts';

export const PAGE_TYPES = ['home', 'line', 'note', 'stub', 'paper', 'papers', 'collection', 'collections', 'network', 'search', 'not-found', 'lines', 'notes', 'stale'] as const;

export type PageType = (typeof PAGE_TYPES)[number];

export interface TypedPage {
  type: PageType;
  /** Site-relative, unprefixed. */
  url: string;
}

/** The single pages every build writes, whatever the notes. */
const FIXED: Readonly<Partial<Record<PageType, string>>> = {
  home: '/',
  papers: '/papers/',
  collections: '/collections/',
  network: '/network/',
  search: '/search/',
  'not-found': '/404.html',
  lines: '/inquiring-lines/',
  notes: '/notes/',
  stale: '/stale/',
};

/** One page per type, in `PAGE_TYPES` order; a record type the atlas lacks is left out. */
export function pagesPerType(atlas: Atlas): TypedPage[] {
  const notes = atlas.notes.filter((n) => !n.stub);
  const picks: Partial<Record<PageType, AtlasRecord>> = {
    line: richest(atlas.lines, (l) => Number(l.prompt !== undefined) * 100 + l.sources.length),
    note: richest(notes, (n) => n.related.length),
    stub: richest(
      atlas.notes.filter((n) => n.stub),
      (n) => n.testimony.length,
    ),
    paper: richest(atlas.papers, (p) => p.citedBy.length),
    collection: richest(atlas.collections, (c) => c.notes.length),
  };
  const pages: TypedPage[] = [];
  for (const type of PAGE_TYPES) {
    const url = FIXED[type] ?? picks[type]?.url;
    if (url !== undefined) pages.push({ type, url });
  }
  return pages;
}

/** The first record with the highest score. */
function richest<R>(records: readonly R[], score: (record: R) => number): R | undefined {
  let best: R | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const record of records) {
    const s = score(record);
    if (s > bestScore) {
      best = record;
      bestScore = s;
    }
  }
  return best;
}
