/**
 * The list pages of a site, in the order each list reads: lines and notes in the atlas's order
 * (notes written in a file before those known only by reference), papers newest first, lines to
 * re-run stalest first.
 */
import type { SiteLists } from './list-pages.ts';
import { paginate } from './list-pages.ts';
import type { SiteData } from './site-data.ts';
import { papersNewestFirst } from './pages/papers-index.ts';
import { staleLines } from './pages/stale.ts';

export function siteLists(site: SiteData): SiteLists {
  const { atlas } = site;
  const { withPapers, withoutPapers } = staleLines(site);
  return {
    lines: paginate('inquiring-lines', atlas.lines),
    notes: paginate('notes', [...atlas.notes.filter((n) => !n.stub), ...atlas.notes.filter((n) => n.stub)]),
    papers: paginate('papers', papersNewestFirst(atlas.papers)),
    stale: paginate('stale', [
      ...withPapers.map((line) => ({ line, citesDatedPaper: true })),
      ...withoutPapers.map((line) => ({ line, citesDatedPaper: false })),
    ]),
  };
}
