/**
 * The list pages of a site, in the order each list reads: lines and notes in the atlas's order
 * (notes written in a file before those known only by reference), papers newest first, lines to
 * re-run stalest first.
 */
import type { SiteLists } from './list-pages.ts';
import { LIST_PAGE_SIZE, paginate } from './list-pages.ts';
import type { SiteData } from './site-data.ts';
import { papersNewestFirst } from '../pages/papers-index.ts';
import { staleLines } from '../pages/stale.ts';

export function siteLists(site: SiteData): SiteLists {
  const { atlas } = site;
  const { withPapers, withoutPapers } = staleLines(site);
  const taken = new Set([...site.records.values()].map((r) => r.url));
  return {
    lines: paginate('inquiring-lines', atlas.lines, LIST_PAGE_SIZE, taken),
    notes: paginate('notes', [...atlas.notes.filter((n) => !n.stub), ...atlas.notes.filter((n) => n.stub)], LIST_PAGE_SIZE, taken),
    papers: paginate('papers', papersNewestFirst(atlas.papers), LIST_PAGE_SIZE, taken),
    stale: paginate('stale', [...withPapers.map((line) => ({ line, citesDatedPaper: true })), ...withoutPapers.map((line) => ({ line, citesDatedPaper: false }))], LIST_PAGE_SIZE, taken),
  };
}
