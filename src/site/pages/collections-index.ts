/** `/collections/`: every collection with its size. */
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';
import { collectionDeck } from './collection.ts';

export function renderCollectionsIndexPage(site: SiteData): string {
  const { collections } = site.atlas;
  const main = html`<h1>Collections</h1>
<p class="deck">The collections the notes are sourced from.</p>
<ul class="record-list">
${collections.map((c) => html`<li><a href="${site.href(c.url)}" data-kind="collection">${c.name}</a><p class="list-summary">${collectionDeck(c)}</p></li>\n`)}</ul>`;
  return renderLayout(site, { title: 'Collections', description: 'The collections the notes are sourced from.', url: '/collections/', main });
}
