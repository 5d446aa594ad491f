/**
 * The frame every page of a long list shares: heading, deck, filter box, the entries, the pager
 * above and below, prev/next links in `<head>`, and the filter script.
 */
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import type { ClientScript } from './layout.ts';
import { renderLayout } from './layout.ts';
import type { ListPage } from '../data/list-pages.ts';
import type { SiteData } from '../data/site-data.ts';
import { listFilter } from '../components/list-filter.ts';
import { listPageTitle, pager, pagerLinks } from '../components/pager.ts';

export interface ListPageFrame {
  title: string;
  description: string;
  deck: RawHtml;
  /** What the page says when the list is empty. */
  empty: string;
  /** The id of the list element the filter box filters. */
  listId: string;
  /** The entries (one or more lists). */
  entries: RawHtml;
  /** Controls between the filter and the list (the papers' order buttons). */
  controls?: RawHtml;
  scripts?: readonly ClientScript[];
}

export function renderListPage(site: SiteData, page: ListPage<unknown>, frame: ListPageFrame): string {
  const title = listPageTitle(frame.title, page);
  const navLabel = `Pages of ${frame.title.toLowerCase()}`;
  const main = html`<h1>${title}</h1>
<p class="deck">${frame.deck}</p>
${
  page.total === 0
    ? html`<p>${frame.empty}</p>`
    : html`${pager(site, page, `${navLabel}, above the list`)}
${listFilter(frame.listId, page.count > 1 ? 'Filter this page' : 'Filter the list')}
${frame.controls ?? ''}
${frame.entries}
${pager(site, page, `${navLabel}, below the list`)}`
}`;
  return renderLayout(site, {
    title,
    description: frame.description,
    url: page.url,
    main,
    head: html`${listsStylesheet(site)}${pagerLinks(site, page)}`,
    scripts: page.total === 0 ? [] : ['filter-list', ...(frame.scripts ?? [])],
  });
}

/** The stylesheet of the home page and the lists (pager, filter box, short lists), beside `site.css`. */
export function listsStylesheet(site: SiteData): RawHtml {
  return html`<link rel="stylesheet" href="${site.href('/assets/lists.css')}">\n`;
}
