/**
 * `/notes/<slug>/`: the question, the deck, the body, its collection, related concepts with
 * their relation, every line and note that links here, and the original note title. A stub (a
 * note only known because others name it) shows what each referrer said of it instead.
 */
import type { Note } from '../../model.ts';
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';
import { localGraph, localGraphJump } from '../components/local-graph.ts';
import { markdownBlock } from '../components/markdown-block.ts';
import { kindKey, kindLabel } from '../data/record-kind.ts';
import { recordLink, recordLinkById } from '../components/record-link.ts';
import { articleJsonLd } from '../render/json-ld.ts';
import { markdownTwinUrl } from './markdown-twin.ts';
import { mermaidHead } from '../render/mermaid.ts';
import { recordTags } from './tag.ts';

export function renderNotePage(site: SiteData, note: Note): string {
  const kind = kindKey(note);
  const article = html`<article class="record record-${kind}">
<header class="record-header">
<p class="kind-label" data-kind="${kind}">Note${note.stub ? ' · known by reference' : ''}</p>
<h1>${note.title}</h1>
${showDeck(note) ? html`<p class="deck">${site.inline(note.summary)}</p>` : ''}
${collectionLine(site, note)}
${recordTags(site, note.tags)}
<div class="note-actions">
${
  site.config.twins
    ? html`<button type="button" class="copy-note" data-copy-markdown="${site.href(markdownTwinUrl(note.url))}" hidden>Copy note</button>
<a class="markdown-link" href="${site.href(markdownTwinUrl(note.url))}" type="text/markdown">Markdown</a>`
    : html`<button type="button" class="copy-note" data-copy-page hidden>Copy note</button>`
}
<span class="copy-status" role="status" aria-live="polite"></span>
</div>
${localGraphJump()}
</header>
${
  note.stub
    ? testimony(site, note)
    : html`<section class="note-body" aria-label="Note">
${markdownBlock(site, note.body, 'body')}
</section>`
}
${related(site, note)}
${referencedBy(site, note)}
${
  note.originalTitle
    ? html`<section class="original-title" aria-labelledby="original-title-heading">
<h2 id="original-title-heading">Original note title</h2>
<p>${note.originalTitle}</p>
</section>`
    : ''
}
</article>`;
  const main = html`${article}
${localGraph(site, note, article)}`;
  const description = site.plain(note.summary || note.testimony[0]?.text || '') || note.title;
  const head = mermaidHead(site, note.body);
  return renderLayout(site, {
    ...(head ? { head } : {}),
    title: note.title,
    description,
    url: note.url,
    main,
    scripts: ['copy-prompt', 'local-graph'],
    type: 'article',
    markdownTwin: true,
    structuredData: articleJsonLd(site, note, description),
  });
}

/** A stub's summary is usually what a referrer said of it, already shown as testimony. */
function showDeck(note: Note): boolean {
  return note.summary !== '' && !(note.stub && note.testimony.some((t) => t.text === note.summary));
}

function collectionLine(site: SiteData, note: Note): RawHtml {
  const collection = note.collectionId === undefined ? undefined : site.record(note.collectionId);
  if (collection) return html`<p class="sourced-from">Sourced from ${recordLink(site, collection)}</p>`;
  if (note.collection) return html`<p class="sourced-from">Sourced from ${note.collection}</p>`;
  return html``;
}

function testimony(site: SiteData, note: Note): RawHtml {
  return html`<section class="testimony" aria-labelledby="testimony-title">
<h2 id="testimony-title">Known by reference</h2>
<p class="stub-explainer">No file in this library describes this note; it is known because other records name it. This is what each of them says of it.</p>
${
  note.testimony.length === 0
    ? html`<p>No record says more than its title.</p>`
    : html`<ul class="testimony-list">
${note.testimony.map(
  (t) => html`<li>
<p class="testimony-from">${t.as === 'source' ? 'As a source of ' : 'Related from '}${recordLinkById(site, t.from, site.record(t.from)?.title ?? t.from)}${t.relation ? html` <span class="relation">(${t.relation})</span>` : ''}</p>
<blockquote><p>${site.inline(t.text)}</p></blockquote>
</li>
`,
)}</ul>`
}
${note.body.children.length > 0 ? markdownBlock(site, note.body, 'body') : ''}
</section>`;
}

function related(site: SiteData, note: Note): RawHtml {
  if (note.related.length === 0) return html``;
  return html`<section class="related" aria-labelledby="related-title">
<h2 id="related-title">Related concepts in this collection</h2>
<ul class="related-list">
${note.related.map(
  (r) => html`<li>
<h3 class="related-title">${recordLinkById(site, r.target, r.title)}</h3>
${r.relation ? html`<p class="relation">${r.relation}</p>` : ''}
${r.description ? html`<p class="list-summary">${site.inline(r.description)}</p>` : ''}
</li>
`,
)}</ul>
</section>`;
}

function referencedBy(site: SiteData, note: Note): RawHtml {
  const referrers = site.referrers(note.id);
  if (referrers.length === 0) return html``;
  return html`<section class="referenced-by" aria-labelledby="referenced-by-title">
<h2 id="referenced-by-title">Referenced by</h2>
<ul class="record-list">
${referrers.map(({ record }) => html`<li>${recordLink(site, record)} <span class="kind-tag" data-kind="${kindKey(record)}">${kindLabel(record)}</span></li>\n`)}</ul>
</section>`;
}
