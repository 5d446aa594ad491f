/** `/`: what this library is, how big, a search box, every inquiring line, the collections. */
import { html } from '../html.ts';
import { renderLayout } from '../layout.ts';
import type { SiteData } from '../site-data.ts';
import { recordLink } from '../components/record-link.ts';
import { searchForm } from '../components/search-form.ts';
import { collectionDeck } from './collection.ts';

export function renderHomePage(site: SiteData): string {
  const { atlas, config } = site;
  const stubs = atlas.notes.filter((n) => n.stub).length;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const main = html`<section class="intro" aria-labelledby="home-title">
<h1 id="home-title">${config.title}</h1>
${config.description ? html`<p class="deck">${config.description}</p>` : ''}
<p class="counts">${count(atlas.lines.length, 'inquiring line', 'inquiring lines')} · ${count(atlas.notes.length - stubs, 'note', 'notes')}${stubs > 0 ? ` (+ ${count(stubs, 'note', 'notes')} known by reference)` : ''} · ${count(atlas.papers.length, 'paper', 'papers')} · ${count(atlas.collections.length, 'collection', 'collections')}</p>
${searchForm(site, { label: 'Search the library' })}
<p><a class="open-network" href="${site.href('/network/')}">Open the full network</a></p>
</section>
<section class="home-lines" aria-labelledby="inquiring-lines">
<h2 id="inquiring-lines">Inquiring lines</h2>
${atlas.lines.length === 0 ? html`<p>No inquiring lines yet.</p>` : ''}
<ul class="record-list line-list">
${atlas.lines.map((line) => html`<li>${recordLink(site, line)}${line.summary ? html`<p class="list-summary">${site.inline(line.summary)}</p>` : ''}</li>\n`)}</ul>
</section>
${atlas.collections.length > 0
    ? html`<section class="home-collections" aria-labelledby="collections-title">
<h2 id="collections-title">Collections</h2>
<ul class="record-list">
${atlas.collections.map((c) => html`<li>${recordLink(site, c, c.name)}<p class="list-summary">${collectionDeck(c)}</p></li>\n`)}</ul>
</section>`
    : ''}`;
  return renderLayout(site, { title: config.title, description: config.description || config.title, url: '/', main, scripts: ['search'] });
}
