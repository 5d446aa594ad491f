/**
 * `/papers/`: every paper the research prompts cite, newest first (a date given as a year alone
 * comes before that year's months; undated papers last). A small script offers other orders —
 * oldest first, most cited, by title — reading the `data-*` keys each item carries.
 */
import type { Paper } from '../../model.ts';
import type { ClaimDate } from '../../dates/claim-date.ts';
import { compareClaimDates, parseClaimDate } from '../../dates/claim-date.ts';
import { compareText } from '../../resolve/record-order.ts';
import { html } from '../html.ts';
import { renderLayout } from '../layout.ts';
import type { SiteData } from '../site-data.ts';

/** Papers newest first; undated ones last, then by arXiv id. */
export function papersNewestFirst(papers: readonly Paper[]): Paper[] {
  const date = (p: Paper): ClaimDate | undefined => (p.date === undefined ? undefined : parseClaimDate(p.date));
  return [...papers].sort((a, b) => {
    const da = date(a);
    const db = date(b);
    if (da && db) return compareClaimDates(db, da) || compareText(a.arxivId, b.arxivId);
    if (da || db) return da ? -1 : 1;
    return compareText(a.arxivId, b.arxivId);
  });
}

/** A number that sorts like the date: 202506 for 2025-06, 202500 for 2025; -1 when undated. */
export function dateKey(paper: Paper): number {
  const date = paper.date === undefined ? undefined : parseClaimDate(paper.date);
  return date ? date.year * 100 + (date.month ?? 0) : -1;
}

export function renderPapersIndexPage(site: SiteData): string {
  const papers = papersNewestFirst(site.atlas.papers);
  const main = html`<h1>Papers</h1>
<p class="deck">${papers.length} ${papers.length === 1 ? 'paper' : 'papers'} cited by the research prompts, with titles and dates as cited. <a href="${site.href('/stale/')}">Lines to re-run first</a> lists the prompts whose newest paper is oldest.</p>
<div class="sort-papers" role="group" aria-label="Order of the papers" data-sort-papers hidden>
<button type="button" data-sort="newest" aria-pressed="true">Newest first</button>
<button type="button" data-sort="oldest" aria-pressed="false">Oldest first</button>
<button type="button" data-sort="cited" aria-pressed="false">Most cited</button>
<button type="button" data-sort="title" aria-pressed="false">Title</button>
</div>
<ul class="paper-list">
${papers.map((paper, i) => paperItem(site, paper, i))}</ul>`;
  return renderLayout(site, { title: 'Papers', description: 'Every paper the research prompts cite.', url: '/papers/', main, scripts: ['sort-papers'] });
}

function paperItem(site: SiteData, paper: Paper, index: number) {
  return html`<li data-date="${dateKey(paper)}" data-cited="${paper.citedBy.length}" data-order="${index}"><a href="${site.href(paper.url)}" data-kind="paper">${paper.title}</a> <span class="paper-meta">arXiv:${paper.arxivId}${paper.date ? html` · <time>${paper.date}</time>` : ''} · cited by ${paper.citedBy.length}</span></li>\n`;
}
