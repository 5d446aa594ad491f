/**
 * The search box: a GET form to `/search/` (works without script). Where it searches in place
 * (the search page, the home page), `search.js` fetches the index the form names (`data-index`)
 * and shows the results in the list below it as the reader types; elsewhere (the 404 page) it
 * only submits, and the page loads no search code.
 */
import type { RawHtml } from '../html.ts';
import { html } from '../html.ts';
import type { SiteData } from '../site-data.ts';
import { SEARCH_INDEX_URL } from '../search-schema.ts';

export interface SearchFormOptions {
  label: string;
  autofocus?: boolean;
  /** Results under the box as the reader types (the page must load `search`); else a plain form. Default true. */
  inPlace?: boolean;
}

export function searchForm(site: SiteData, options: SearchFormOptions): RawHtml {
  const inPlace = options.inPlace ?? true;
  const live = inPlace
    ? html` data-search data-index="${site.href(SEARCH_INDEX_URL)}" data-base="${site.config.pathPrefix}"`
    : '';
  return html`<form class="search-form" role="search" action="${site.href('/search/')}" method="get"${live}>
<label for="search-q">${options.label}</label>
<div class="search-row"><input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false"${options.autofocus ? html` autofocus` : ''}><button type="submit">Search</button></div>
</form>${inPlace
    ? html`
<div class="search-results" data-search-results>
<p class="search-status" role="status" aria-live="polite"></p>
<ol class="search-list"></ol>
</div>`
    : ''}`;
}
