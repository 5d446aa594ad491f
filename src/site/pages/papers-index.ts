/**
 * `/papers/`: every paper the research prompts cite, newest first (a date given as a year alone
 * comes before that year's months; undated papers last), 100 a page. A small script offers other
 * orders of a page's papers — oldest first, most cited, by title — reading the `data-*` keys each
 * item carries.
 */
import type { Paper } from '../../model.ts';
import type { ClaimDate } from '../../dates/claim-date.ts';
import { compareClaimDates, parseClaimDate } from '../../dates/claim-date.ts';
import { compareText } from '../../resolve/record-order.ts';
import { html } from '../render/html.ts';
import type { ListPage } from '../data/list-pages.ts';
import { figure } from '../data/list-pages.ts';
import type { SiteData } from '../data/site-data.ts';
import { renderListPage } from './list-page.ts';

/**
 * The date a paper sorts by: the date its citations give; when they give only the year, the
 * month from a new-style arXiv id of that year (`2506.13351` was submitted in 2025-06).
 */
export function paperSortDate(paper: Paper): ClaimDate | undefined {
  const date = paper.date === undefined ? undefined : parseClaimDate(paper.date);
  if (!date || date.month !== undefined || date.approximate) return date;
  const id = /^(\d{2})(\d{2})\.\d{4,5}(?:v\d+)?$/.exec(paper.arxivId);
  if (!id) return date;
  const year = 2000 + Number(id[1]);
  const month = Number(id[2]);
  return year === date.year && month >= 1 && month <= 12 ? { ...date, month } : date;
}

/** Papers newest first; undated ones last, then by arXiv id. */
export function papersNewestFirst(papers: readonly Paper[]): Paper[] {
  const date = paperSortDate;
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
  const date = paperSortDate(paper);
  return date ? date.year * 100 + (date.month ?? 0) : -1;
}

export function renderPapersIndexPage(site: SiteData, page: ListPage<Paper> = site.lists.papers[0]!): string {
  const n = page.total;
  return renderListPage(site, page, {
    title: 'Papers',
    description: 'Every paper the research prompts cite.',
    deck: html`${figure(n)} ${n === 1 ? 'paper' : 'papers'} cited by the research prompts, newest first, with titles and dates as cited. <a href="${site.href('/stale/')}">Lines to re-run first</a> lists the prompts whose newest paper is oldest.`,
    empty: 'No research prompt cites an arXiv paper yet.',
    listId: 'paper-list',
    controls: html`<div class="sort-papers" role="group" aria-label="${page.count > 1 ? 'Order of the papers on this page' : 'Order of the papers'}" data-sort-papers hidden>
<button type="button" data-sort="newest" aria-pressed="true">Newest first</button>
<button type="button" data-sort="oldest" aria-pressed="false">Oldest first</button>
<button type="button" data-sort="cited" aria-pressed="false">Most cited</button>
<button type="button" data-sort="title" aria-pressed="false">Title</button>
</div>`,
    entries: html`<ul class="paper-list" id="paper-list">
${page.items.map((paper, i) => paperItem(site, paper, page.offset + i))}</ul>`,
    scripts: ['sort-papers'],
  });
}

function paperItem(site: SiteData, paper: Paper, index: number) {
  return html`<li data-date="${dateKey(paper)}" data-cited="${paper.citedBy.length}" data-order="${index}"><a href="${site.href(paper.url)}" data-kind="paper">${paper.title}</a> <span class="paper-meta">arXiv:${paper.arxivId}${paper.date ? html` · <time>${paper.date}</time>` : ''} · cited by ${paper.citedBy.length}</span></li>\n`;
}
