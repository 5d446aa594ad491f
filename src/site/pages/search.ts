/**
 * `/search/`: the search box, its filters by kind and collection, and the results, for the query
 * in `?q=` (with `?kind=`, `?collection=`) and as the reader types.
 */
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';
import { searchForm } from '../components/search-form.ts';

export function renderSearchPage(site: SiteData): string {
  const main = html`<h1>Search</h1>
${searchForm(site, { label: 'Search every line, note, paper and collection', autofocus: true, filters: true })}
<noscript><p>Search runs in your browser and needs JavaScript. Without it, browse the <a href="${site.href('/inquiring-lines/')}">inquiring lines</a>, <a href="${site.href('/collections/')}">collections</a> and <a href="${site.href('/papers/')}">papers</a>.</p></noscript>`;
  return renderLayout(site, { title: 'Search', description: `Search ${site.config.title}.`, url: '/search/', main, scripts: ['search'] });
}
