/**
 * The local graph's inline data for a record page (format in `src/client/graph-local-data.ts`):
 * its neighbourhood as `neighbourhoods.ts` chooses it, without layout positions, in a
 * `<script type="application/json">` that is never run. One index of the graph is made per graph,
 * so a site of 10,000 pages does not rescan every edge per page.
 *
 * Written directly in the inline format from pieces made once per node and edge (each already
 * escaped), as `JSON.stringify(encodeNeighbourhood(…))` would write it: writing the graph files'
 * format, parsing it back and encoding it again cost a fifth of the render stage.
 */
import type { Graph } from '../../model.ts';
import { DATA_ATTRIBUTE, defaultUrl, EDGE_KIND_ORDER, NODE_KIND_ORDER } from '../../client/graph-local-data.ts';
import type { NeighbourhoodIndex } from './neighbourhoods.ts';
import { createNeighbourhoodIndex } from './neighbourhoods.ts';
import type { RawHtml } from '../render/html.ts';
import { raw } from '../render/html.ts';

const writers = new WeakMap<Graph, (id: string) => string>();
const indexes = new WeakMap<Graph, NeighbourhoodIndex>();

/**
 * Eight depth-2 nodes, the ones linked to the most neighbours, and 24 edges among them all: in
 * every page, the 16 and 40 the graph files had put the typical line page over its 40 KB budget.
 */
export const inlineNeighbourhoodOptions = { maxRing: 8, maxRingEdges: 24 } as const;

/** The record's neighbourhood, encoded, as JSON safe inside a script element. */
export function localGraphJson(graph: Graph, id: string): string {
  let write = writers.get(graph);
  if (!write) writers.set(graph, (write = inlineNeighbourhoodWriter(graph)));
  return write(id);
}

/**
 * Every record a page's local graph shows: the record, its neighbours and the ring of theirs it
 * keeps. What the page reads of the graph (`site/data/page-reads.ts`).
 */
export function localGraphRecords(graph: Graph, id: string): string[] {
  const index = indexOf(graph);
  const chosen = index.select(id);
  return chosen ? chosen.included.map((n) => index.nodes[n]!.id) : [];
}

/** One index per graph, shared by the pages' data and what they read. */
function indexOf(graph: Graph): NeighbourhoodIndex {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = createNeighbourhoodIndex(graph, inlineNeighbourhoodOptions)));
  return index;
}

export function localGraphData(graph: Graph, id: string): RawHtml {
  return raw(`<script type="application/json" ${DATA_ATTRIBUTE}>${localGraphJson(graph, id)}</script>`);
}

/** "<" never appears raw, so no title can close the element ("</script>") or open a comment. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function inlineNeighbourhoodWriter(graph: Graph): (id: string) => string {
  const index = indexOf(graph);
  const { nodes, edges } = index;
  // `[id,kind,title,` and `,stub(,url)]` around the depth; an edge's `,kind(,label(,1))]`.
  const nodeParts: [string, string][] = [];
  const edgeParts: string[] = [];
  const labelledEdgeParts: string[] = [];

  const nodeJson = (n: number, depth: number): string => {
    let parts = nodeParts[n];
    if (!parts) {
      const g = nodes[n]!;
      const head = `[${safeJson(g.id)},${NODE_KIND_ORDER.indexOf(g.kind)},${safeJson(g.title)},`;
      const url = g.url !== defaultUrl(g.id, g.kind) ? `,${safeJson(g.url) ?? 'null'}` : '';
      nodeParts[n] = parts = [head, `,${g.stub ? 1 : 0}${url}]`];
    }
    return parts[0] + depth + parts[1];
  };
  const edgeJson = (i: number, labelled: boolean): string => {
    const cache = labelled ? labelledEdgeParts : edgeParts;
    let part = cache[i];
    if (part === undefined) {
      const e = edges[i]!;
      const label = labelled && e.label ? e.label : undefined;
      part = `,${EDGE_KIND_ORDER.indexOf(e.kind)}`;
      if (label || e.suggested) part += `,${safeJson(label ?? '')}`;
      if (e.suggested) part += ',1';
      cache[i] = part += ']';
    }
    return part;
  };

  return (center) => {
    const chosen = index.select(center);
    let json = `{"v":2,"center":${safeJson(center)},"nodes":[`;
    if (!chosen) return json + '],"edges":[],"omitted":0}';
    const { included, ring1 } = chosen;
    for (let i = 0; i < included.length; i++) json += (i === 0 ? '' : ',') + nodeJson(included[i]!, i === 0 ? 0 : i <= ring1 ? 1 : 2);
    json += '],"edges":[';
    chosen.edges.forEach((e, k) => (json += `${k === 0 ? '' : ','}[${e.source},${e.target}${edgeJson(e.i, e.labelled)}`));
    return json + `],"omitted":${chosen.omitted}}`;
  };
}
