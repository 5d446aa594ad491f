/**
 * The local graph section (markup agreed with the graph client in the site ⇄ graph contract):
 * the client draws into `[data-local-graph]`; without script, the list of neighbours is the graph.
 *
 * The list names only the neighbours the page has not linked already: a line's sources, next
 * lines, mentions and papers are all links in its article, and listing them again cost a
 * much-linked page 5 to 12 KB. Those are counted instead, so every neighbour is still one click
 * away without script.
 *
 * The graph's data is inline (format in `src/client/graph-local-data.ts`): the record, its
 * neighbours and a ring of theirs, so the graph draws without a request and the site needs no
 * file per record beyond the page and its twin. The walk hint and every control are made by the
 * script, so a page read without it shows none that do nothing.
 */
import { escape } from 'html-escaper';
import type { AtlasRecord, GraphEdge } from '../../model.ts';
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import { kindKey } from '../data/record-kind.ts';
import type { Neighbour, SiteData } from '../data/site-data.ts';
import { EDGE_KINDS_BY_STRENGTH, relationPhrase } from '../../vocabulary.ts';
import { localGraphData } from '../data/local-graph-data.ts';

/** `shownAbove`: the page's markup before this section, whose links need not be listed again. */
export function localGraph(site: SiteData, record: AtlasRecord, shownAbove: RawHtml): RawHtml {
  const linked = linkedHrefs(shownAbove.value);
  const all = site.neighbours(record.id);
  const neighbours = all.filter(({ record: other }) => !linked.has(escape(site.href(other.url))));
  const elsewhere = all.length - neighbours.length;
  return html`<section class="local-graph" aria-labelledby="local-graph-title">
<h2 id="local-graph-title">Local graph</h2>
<div class="local-graph-view" data-local-graph data-center="${record.id}" data-base="${site.config.pathPrefix}" data-network="${site.href('/network/')}"></div>
${localGraphData(site.atlas.graph, record.id)}
${all.length === 0 ? html`<p class="local-graph-empty">Nothing links here yet.</p>` : ''}
${elsewhere > 0 ? html`<p class="local-graph-elsewhere">${linkedAboveText(elsewhere, all.length)}</p>` : ''}
${
  neighbours.length > 0
    ? html`<ul class="local-graph-list">
${neighbours.map(({ record: other, edges }) => html`<li><a href="${site.href(other.url)}" data-kind="${kindKey(other)}">${other.title}</a> <span class="edge">${edgeLabels(edges)}</span></li>\n`)}</ul>`
    : ''
}
<p><a class="open-network" href="${site.href(`/network/?focus=${encodeURIComponent(record.id)}`)}">Open full network</a></p>
</section>`;
}

/** The jump to the local graph near the top of a record page, for screens where it sits below. */
export function localGraphJump(): RawHtml {
  return html`<p class="local-graph-jump"><a href="#local-graph-title">Local graph ↓</a></p>`;
}

/** The `href` values of our own markup (attribute values as written, still escaped). */
function linkedHrefs(markup: string): Set<string> {
  // What `/\bhref="([^"]*)"/g` finds, by `indexOf`: a regular expression starting at a word
  // boundary tried every position of every 30 KB page.
  const hrefs = new Set<string>();
  for (let at = markup.indexOf('href="'); at !== -1; at = markup.indexOf('href="', at + 1)) {
    if (at > 0 && /\w/.test(markup[at - 1]!)) continue;
    const end = markup.indexOf('"', at + 6);
    if (end === -1) break;
    const href = markup.slice(at + 6, end);
    // A link to a heading of a page (`[[Note#Heading]]`) links that page too.
    hrefs.add(href.includes('#') ? href.replace(/#.*$/, '') : href);
    at = end;
  }
  return hrefs;
}

/** "All 12 neighbours are linked above.", "9 of 12 neighbours are linked above; the others:" */
function linkedAboveText(above: number, all: number): string {
  if (above === all) return all === 1 ? 'Its one neighbour is linked above.' : `All ${all} neighbours are linked above.`;
  return `${above} of ${all} neighbours ${above === 1 ? 'is' : 'are'} linked above; the other${all - above === 1 ? '' : 's'}:`;
}

/** "source · mentioned": every way the neighbour relates to the centre, strongest first. */
function edgeLabels(edges: Neighbour['edges']): string {
  const order = EDGE_KINDS_BY_STRENGTH;
  const sorted = [...edges].sort((a, b) => order.indexOf(a.edge.kind) - order.indexOf(b.edge.kind) || Number(b.outgoing) - Number(a.outgoing));
  return [...new Set(sorted.map(({ edge, outgoing }) => edgeLabel(edge, outgoing)))].join(' · ');
}

/** How the neighbour relates to the centre, read from the centre's side. */
function edgeLabel(edge: GraphEdge, outgoing: boolean): string {
  return relationPhrase(edge.kind, outgoing, edge.label, edge.suggested);
}
