/** `/404.html`: served by hosts (and the dev server) for any unknown address. */
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';
import { searchForm } from '../components/search-form.ts';

export function renderNotFoundPage(site: SiteData): string {
  const main = html`<h1>Page not found</h1>
<p class="deck">There is no page at this address. It may have been renamed; try searching for it.</p>
${searchForm(site, { label: 'Search the library', inPlace: false })}
<p><a href="${site.href('/')}">Go to the home page</a></p>`;
  return renderLayout(site, { title: 'Page not found', description: 'There is no page at this address.', url: '/404.html', main, canonical: false });
}
