/** `/tags/` and `/tags/<tag>/`: every tag, and the lines and notes carrying one. */
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';
import { recordLink } from '../components/record-link.ts';
import type { TagPage } from '../data/tag-pages.ts';
import { tagPath as tagPathOf } from '../../parse/obsidian/tags.ts';

export function renderTagPage(site: SiteData, tag: TagPage): string {
  const byPath = new Map(site.tagPages.map((t) => [t.path, t]));
  const children = tag.children.map((path) => byPath.get(path)).filter((t): t is TagPage => t !== undefined);
  const n = tag.records.length;
  const deck = tagDeck(tag);
  const main = html`<article class="record record-tag">
<header class="record-header">
<p class="kind-label" data-kind="tag"><a href="${site.href('/tags/')}">Tags</a></p>
<h1>#${tag.name}</h1>
<p class="deck">${deck}</p>
</header>
${
  children.length > 0
    ? html`<section aria-labelledby="narrower-tags"><h2 id="narrower-tags">Narrower tags</h2>
<ul class="tag-list">
${children.map((child) => html`<li>${tagLink(site, child)} <span class="count">${String(child.records.length)}</span></li>\n`)}</ul>
</section>`
    : ''
}
${
  n > 0
    ? html`<ul class="record-list">
${tag.records.map((record) => html`<li>${recordLink(site, record)}${record.summary ? html`<p class="list-summary">${site.inline(record.summary)}</p>` : ''}</li>\n`)}</ul>`
    : ''
}
</article>`;
  return renderLayout(site, { title: `#${tag.name}`, description: deck, url: tag.url, main });
}

/** A tag page's deck, which search shows too: how many pages carry the tag, and how many narrower tags it has. */
export function tagDeck(tag: TagPage): string {
  const n = tag.records.length;
  const narrower = tag.children.length;
  return `${n} ${n === 1 ? 'page' : 'pages'} tagged #${tag.name}${narrower > 0 ? `, and ${narrower} narrower ${narrower === 1 ? 'tag' : 'tags'}` : ''}.`;
}

export function renderTagsIndexPage(site: SiteData): string {
  const tags = site.tagPages;
  const main = html`<article class="record record-tags">
<header class="record-header">
<h1>Tags</h1>
<p class="deck">${tags.length === 0 ? 'No page carries a tag.' : `${tags.length} ${tags.length === 1 ? 'tag' : 'tags'}.`}</p>
</header>
${
  tags.length > 0
    ? html`<ul class="tag-list">
${tags.map((tag) => html`<li>${tagLink(site, tag)} <span class="count">${String(tag.records.length)}</span></li>\n`)}</ul>`
    : ''
}
</article>`;
  return renderLayout(site, { title: 'Tags', description: 'Every tag of the library and the pages carrying it.', url: '/tags/', main });
}

export function tagLink(site: SiteData, tag: TagPage): RawHtml {
  return html`<a class="tag" href="${site.href(tag.url)}">#${tag.name}</a>`;
}

/** The tags of a line or note, as links, for its page header. */
export function recordTags(site: SiteData, tags: readonly string[]): RawHtml {
  const byPath = new Map(site.tagPages.map((t) => [t.path, t]));
  const pages = tags.map((tag) => byPath.get(tagPathOf(tag))).filter((t): t is TagPage => t !== undefined);
  if (pages.length === 0) return html``;
  return html`<ul class="record-tags">${pages.map((tag) => html`<li>${tagLink(site, tag)}</li>`)}</ul>`;
}
