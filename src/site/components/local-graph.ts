/**
 * The local graph section (markup agreed with the graph client in the site ⇄ graph contract):
 * the client draws into `[data-local-graph]`; without script, the list of neighbours is the graph.
 */
import type { AtlasRecord, GraphEdge } from '../../model.ts';
import type { RawHtml } from '../html.ts';
import { html } from '../html.ts';
import { kindKey } from '../record-kind.ts';
import type { Neighbour, SiteData } from '../site-data.ts';

export function localGraph(site: SiteData, record: AtlasRecord): RawHtml {
  const neighbours = site.neighbours(record.id);
  return html`<section class="local-graph" aria-labelledby="local-graph-title">
<h2 id="local-graph-title">Local graph</h2>
<p class="local-graph-help">Click a node to walk · click the centre to open</p>
<div class="local-graph-view" data-local-graph data-center="${record.id}" data-src="${site.href(`${record.url}graph.json`)}" data-base="${site.config.pathPrefix}" data-network="${site.href('/network/')}"></div>
${neighbours.length > 0
    ? html`<ul class="local-graph-list">
${neighbours.map(({ record: other, edges }) => html`<li><a href="${site.href(other.url)}" data-kind="${kindKey(other)}">${other.title}</a> <span class="edge">${edgeLabels(edges)}</span></li>\n`)}</ul>`
    : html`<p class="local-graph-empty">Nothing links here yet.</p>`}
<p><a class="open-network" href="${site.href(`/network/?focus=${encodeURIComponent(record.id)}`)}">Open full network</a></p>
</section>`;
}

/** "source · mentioned": every way the neighbour relates to the centre, strongest first. */
function edgeLabels(edges: Neighbour['edges']): string {
  const order: GraphEdge['kind'][] = ['source', 'related', 'next', 'cites', 'in', 'mention'];
  const sorted = [...edges].sort((a, b) => order.indexOf(a.edge.kind) - order.indexOf(b.edge.kind) || Number(b.outgoing) - Number(a.outgoing));
  return [...new Set(sorted.map(({ edge, outgoing }) => edgeLabel(edge, outgoing)))].join(' · ');
}

/** How the neighbour relates to the centre, read from the centre's side. */
function edgeLabel(edge: GraphEdge, outgoing: boolean): string {
  if (edge.kind === 'related') return edge.label ? `related: ${edge.label}` : 'related';
  const words: Record<GraphEdge['kind'], [string, string]> = {
    source: ['source', 'uses this as a source'],
    related: ['related', 'related'],
    mention: ['mentioned', 'mentions this'],
    next: [edge.suggested ? 'suggested next' : 'next', edge.suggested ? 'suggests this next' : 'leads here'],
    cites: ['cites', 'cited by'],
    in: ['in collection', 'in this collection'],
  };
  return words[edge.kind][outgoing ? 0 : 1];
}
