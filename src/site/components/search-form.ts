/**
 * The search box: a GET form to `/search/` (works without script). Where it searches in place
 * (the search page, the home page), `search.js` fetches the index the form names (`data-index`)
 * and shows the results in the list below it as the reader types; elsewhere (the 404 page) it
 * only submits, and the page loads no search code. On the search page it also has the filters
 * by kind and collection, which are part of the form and so of the address (`?kind=`,
 * `?collection=`).
 */
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import type { SiteData } from '../data/site-data.ts';
import { KIND_FILTERS, SEARCH_INDEX_URL } from '../../wire/search-schema.ts';

export interface SearchFormOptions {
  label: string;
  autofocus?: boolean;
  /** Results under the box as the reader types (the page must load `search`); else a plain form. Default true. */
  inPlace?: boolean;
  /** Filters by kind and collection under the box. Default false. */
  filters?: boolean;
}

export function searchForm(site: SiteData, options: SearchFormOptions): RawHtml {
  const inPlace = options.inPlace ?? true;
  const live = inPlace ? html` data-search data-index="${site.href(SEARCH_INDEX_URL)}" data-base="${site.config.pathPrefix}"` : '';
  return html`<form class="search-form" role="search" action="${site.href('/search/')}" method="get"${live}>
<label for="search-q">${options.label}</label>
<div class="search-row"><input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false"${options.autofocus ? html` autofocus` : ''}><button type="submit">Search</button></div>${options.filters ? searchFilters(site) : ''}
</form>${
    inPlace
      ? html`
<div class="search-results" data-search-results>
<p class="search-status" role="status" aria-live="polite"></p>
<ol class="search-list"></ol>
</div>`
      : ''
  }`;
}

function searchFilters(site: SiteData): RawHtml {
  const kinds = KIND_FILTERS.map((k) => html`<option value="${k.value}">${k.label}</option>`);
  const collections = site.atlas.collections.map((c) => html`<option value="${c.slug}">${c.name}</option>`);
  return html`
<div class="search-filters">
<div><label for="search-kind">Kind</label><select id="search-kind" name="kind"><option value="">All kinds</option>${kinds}</select></div>
<div><label for="search-collection">Collection</label><select id="search-collection" name="collection"><option value="">All collections</option>${collections}</select></div>
</div>`;
}
