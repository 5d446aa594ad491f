/**
 * The search box: a GET form to `/search/` (works without script); `search.js` shows Pagefind's
 * results in the list below it as the reader types.
 */
import type { RawHtml } from '../html.ts';
import { html } from '../html.ts';
import type { SiteData } from '../site-data.ts';

export function searchForm(site: SiteData, options: { label: string; autofocus?: boolean }): RawHtml {
  return html`<form class="search-form" role="search" action="${site.href('/search/')}" method="get" data-search data-pagefind="${site.href('/pagefind/pagefind.js')}" data-base="${site.config.pathPrefix}">
<label for="search-q">${options.label}</label>
<div class="search-row"><input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false"${options.autofocus ? html` autofocus` : ''}><button type="submit">Search</button></div>
</form>
<div class="search-results" data-search-results>
<p class="search-status" role="status"></p>
<ol class="search-list"></ol>
</div>`;
}
