/**
 * `/`: what this library is and how big, a search box, the collections with their sizes, and a
 * short list each of the newest and the most cited inquiring lines, linking to the full lists.
 * A library of notes alone shows its notes there instead. The page's size does not grow with
 * the library (but for the collections): at full size listing every line made it 3 MB.
 */
import type { AtlasRecord, InquiringLine, Note } from '../../model.ts';
import type { ClaimDate } from '../../dates/claim-date.ts';
import { formatClaimDate, parseClaimDate } from '../../dates/claim-date.ts';
import { compareText } from '../../resolve/record-order.ts';
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import { renderLayout } from './layout.ts';
import type { SiteData } from '../data/site-data.ts';
import { recordLink } from '../components/record-link.ts';
import { searchForm } from '../components/search-form.ts';
import { collectionDeck } from './collection.ts';
import { listsStylesheet } from './list-page.ts';
import { figure } from '../data/list-pages.ts';

/** How many entries each short list on the home page shows. */
export const HOME_LIST_SIZE = 10;
/** Collections past this many are left to `/collections/`, the largest shown. */
export const HOME_COLLECTIONS = 40;

const count = (n: number, one: string, many: string) => `${figure(n)} ${n === 1 ? one : many}`;

export function renderHomePage(site: SiteData): string {
  const { atlas, config } = site;
  const stubs = atlas.notes.filter((n) => n.stub).length;
  const notes = atlas.notes.filter((n) => !n.stub);
  const kind = atlas.lines.length > 0 ? 'lines' : 'notes';
  const records: readonly (InquiringLine | Note)[] = kind === 'lines' ? atlas.lines : notes;
  const main = html`<section class="intro" aria-labelledby="home-title">
<h1 id="home-title">${config.title}</h1>
${config.description ? html`<p class="deck">${config.description}</p>` : html`<p class="deck">${about(site)}</p>`}
<p class="counts"><a href="${site.href('/inquiring-lines/')}">${count(atlas.lines.length, 'inquiring line', 'inquiring lines')}</a> · <a href="${site.href('/notes/')}">${count(notes.length, 'note', 'notes')}</a>${stubs > 0 ? ` (+ ${count(stubs, 'note', 'notes')} known by reference)` : ''} · <a href="${site.href('/papers/')}">${count(atlas.papers.length, 'paper', 'papers')}</a> · <a href="${site.href('/collections/')}">${count(atlas.collections.length, 'collection', 'collections')}</a></p>
${searchForm(site, { label: 'Search the library' })}
<p><a class="open-network" href="${site.href('/network/')}">Open the full network</a></p>
</section>
${
  records.length === 0
    ? html`<p>No inquiring lines or notes yet.</p>`
    : html`<div class="home-lists">
${shortList(site, {
  id: 'newest',
  title: kind === 'lines' ? 'Newest inquiring lines' : hasDates(records) ? 'Newest notes' : 'Notes',
  records: newestFirst(site, records).slice(0, HOME_LIST_SIZE),
  fact: (r) => {
    const date = dateOf(site, r);
    return date ? html`<time>${date}</time>` : '';
  },
})}
${shortList(site, {
  id: 'most-cited',
  title: kind === 'lines' ? 'Most cited inquiring lines' : 'Most cited notes',
  records: mostCited(site, records).slice(0, HOME_LIST_SIZE),
  fact: (r) => count(citations(site).get(r.id)?.size ?? 0, 'citing record', 'citing records'),
})}
</div>
<p class="see-all"><a href="${site.href(kind === 'lines' ? '/inquiring-lines/' : '/notes/')}">${kind === 'lines' ? `All ${count(atlas.lines.length, 'inquiring line', 'inquiring lines')}` : `All ${count(notes.length, 'note', 'notes')}`}</a>${kind === 'lines' ? html` · <a href="${site.href('/stale/')}">Lines to re-run first</a>` : ''}</p>`
}
${collections(site)}`;
  return renderLayout(site, { title: config.title, description: config.description || config.title, url: '/', main, scripts: ['search'], head: listsStylesheet(site) });
}

/** One sentence on what the library holds, from its counts. */
function about(site: SiteData): string {
  const { atlas } = site;
  const notes = atlas.notes.filter((n) => !n.stub).length;
  if (atlas.lines.length === 0 && notes === 0) return 'A library of research notes, empty so far.';
  const parts: string[] = [];
  if (atlas.lines.length > 0) parts.push('inquiring lines — each a question followed through the notes, with a research prompt to take it further in an LLM');
  if (notes > 0) parts.push('concept notes, each a question with what is known of it and its related concepts');
  return `A library of research notes: ${parts.join(', and ')}.`;
}

interface ShortList {
  id: string;
  title: string;
  records: readonly (InquiringLine | Note)[];
  fact: (record: InquiringLine | Note) => RawHtml | string;
}

function shortList(site: SiteData, list: ShortList): RawHtml | '' {
  if (list.records.length === 0) return '';
  return html`<section class="home-list" aria-labelledby="${list.id}-title">
<h2 id="${list.id}-title">${list.title}</h2>
<ol class="record-list">
${list.records.map((record) => {
  const summary = site.summaryOf(record.id);
  const fact = list.fact(record);
  return html`<li>${recordLink(site, record)}${fact ? html`<p class="list-meta">${fact}</p>` : ''}${summary ? html`<p class="list-summary">${site.inline(summary)}</p>` : ''}</li>\n`;
})}</ol>
</section>`;
}

function collections(site: SiteData): RawHtml | '' {
  const all = site.atlas.collections;
  if (all.length === 0) return '';
  const shown = all.length <= HOME_COLLECTIONS ? all : [...all].sort((a, b) => b.notes.length - a.notes.length || compareText(a.name, b.name)).slice(0, HOME_COLLECTIONS);
  return html`<section class="home-collections" aria-labelledby="collections-title">
<h2 id="collections-title">Collections</h2>
<ul class="collection-list">
${shown.map((c) => html`<li>${recordLink(site, c, c.name)} <span class="list-meta" title="${collectionDeck(c)}">${count(c.notes.length, 'note', 'notes')}</span></li>\n`)}</ul>
${shown.length < all.length ? html`<p class="see-all"><a href="${site.href('/collections/')}">All ${all.length} collections</a></p>` : ''}
</section>`;
}

/**
 * A record's date for "newest": the date its file gives, else (a line) the newest date its
 * prompt's claims or papers give. `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, which sort as text.
 */
function dateOf(site: SiteData, record: AtlasRecord): string | undefined {
  if ('date' in record && typeof record.date === 'string' && record.date) return record.date;
  if (record.kind !== 'inquiring-line') return undefined;
  const newest: ClaimDate | undefined = site.datesOf(record)?.newest;
  return newest ? formatClaimDate(newest) : undefined;
}

function hasDates(records: readonly AtlasRecord[]): boolean {
  return records.some((r) => 'date' in r && typeof r.date === 'string' && parseClaimDate(r.date) !== undefined);
}

/** Dated first, newest first; then the rest in their own order. */
function newestFirst<R extends AtlasRecord>(site: SiteData, records: readonly R[]): R[] {
  const keyed = records.map((record, i) => ({ record, i, date: dateOf(site, record) ?? '' }));
  keyed.sort((a, b) => compareText(b.date, a.date) || a.i - b.i);
  return keyed.map((k) => k.record);
}

/** Most citing records first (lines and notes that link to it, each once); uncited ones left out. */
function mostCited<R extends AtlasRecord>(site: SiteData, records: readonly R[]): R[] {
  const cites = citations(site);
  const n = (r: R) => cites.get(r.id)?.size ?? 0;
  return records
    .map((record, i) => ({ record, i }))
    .filter(({ record }) => n(record) > 0)
    .sort((a, b) => n(b.record) - n(a.record) || a.i - b.i)
    .map((k) => k.record);
}

/** Record id → the ids of the other records with an edge to it that their files wrote (not suggested). */
const citationCache = new WeakMap<SiteData, Map<string, Set<string>>>();
function citations(site: SiteData): Map<string, Set<string>> {
  let map = citationCache.get(site);
  if (!map) {
    map = new Map();
    for (const edge of site.atlas.graph.edges) {
      if (edge.suggested || edge.source === edge.target) continue;
      const set = map.get(edge.target) ?? new Set<string>();
      set.add(edge.source);
      map.set(edge.target, set);
    }
    citationCache.set(site, map);
  }
  return map;
}
