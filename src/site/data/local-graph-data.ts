/**
 * The local graph's inline data for a record page (format in `src/client/graph-local-data.ts`):
 * its neighbourhood as `neighbourhoods.ts` chooses it, without layout positions, in a
 * `<script type="application/json">` that is never run. One index of the graph is made per graph,
 * so a site of 10,000 pages does not rescan every edge per page.
 */
import type { Graph } from '../../model.ts';
import { DATA_ATTRIBUTE, encodeNeighbourhood } from '../../client/graph-local-data.ts';
import type { NeighbourhoodData } from '../../wire/graph-data.ts';
import type { NeighbourhoodIndex } from './neighbourhoods.ts';
import { neighbourhoodIndex } from './neighbourhoods.ts';
import type { RawHtml } from '../render/html.ts';
import { raw } from '../render/html.ts';

const indexes = new WeakMap<Graph, NeighbourhoodIndex>();

/**
 * Eight depth-2 nodes, the ones linked to the most neighbours, and 24 edges among them all: in
 * every page, the 16 and 40 the graph files had put the typical line page over its 40 KB budget.
 */
export const inlineNeighbourhoodOptions = { maxRing: 8, maxRingEdges: 24 } as const;

function indexOf(graph: Graph): NeighbourhoodIndex {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = neighbourhoodIndex(graph, undefined, inlineNeighbourhoodOptions)));
  return index;
}

/**
 * Every record a page's local graph shows: the record, its neighbours and the ring of theirs
 * it keeps. What the page reads of the graph (`site/outputs/emitter.ts`).
 */
export function localGraphRecords(graph: Graph, id: string): string[] {
  return indexOf(graph).members(id);
}

/** The record's neighbourhood, encoded, as JSON safe inside a script element. */
export function localGraphJson(graph: Graph, id: string): string {
  const data = JSON.parse(indexOf(graph).json(id)) as NeighbourhoodData;
  // "<" never appears raw, so no title can close the element ("</script>") or open a comment.
  return JSON.stringify(encodeNeighbourhood(data)).replace(/</g, '\\u003c');
}

export function localGraphData(graph: Graph, id: string): RawHtml {
  return raw(`<script type="application/json" ${DATA_ATTRIBUTE}>${localGraphJson(graph, id)}</script>`);
}
