/** `/collections/<slug>/`: the notes sourced from one collection. */
import type { Collection, Note } from '../../model.ts';
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';
import { localGraph, localGraphJump } from '../components/local-graph.ts';
import { recordLink } from '../components/record-link.ts';

export function renderCollectionPage(site: SiteData, collection: Collection): string {
  const notes = collection.notes.map((id) => site.record(id)).filter((r): r is Note => r?.kind === 'note');
  const article = html`<article class="record record-collection">
<header class="record-header">
<p class="kind-label" data-kind="collection">Collection</p>
<h1>${collection.name}</h1>
<p class="deck">${collectionDeck(collection)}</p>
${localGraphJump()}
</header>
<ul class="record-list">
${notes.map((note) => html`<li>${recordLink(site, note)}${note.summary ? html`<p class="list-summary">${site.inline(note.summary)}</p>` : ''}</li>\n`)}</ul>
</article>`;
  const main = html`${article}
${localGraph(site, collection, article)}`;
  return renderLayout(site, {
    title: collection.name,
    description: collectionDeck(collection),
    url: collection.url,
    main,
    scripts: ['local-graph'],
  });
}

export function collectionDeck(collection: Collection): string {
  const n = collection.notes.length;
  return `${n} ${n === 1 ? 'note' : 'notes'} sourced from ${collection.name}.`;
}
