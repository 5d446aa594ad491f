/**
 * The records a record's page (and its Markdown twin) shows: the record, every neighbour (titles,
 * decks, what they say of it, the links of its body), the ring of their neighbours its local
 * graph draws, and its collection. The pipeline writes the page again when any of them changes.
 *
 * They depend on the graph's shape alone, so `PageReads` keeps them from one edit to the next
 * while the shape stays the same (a deck or a body edited): at full size, finding them for
 * 10,000 pages costs most of a second.
 */
import { createHash } from 'node:crypto';
import type { Graph, GraphNode } from '../../model.ts';
import type { SiteData } from './site-data.ts';
import { localGraphRecords } from './local-graph-data.ts';
import { edgeKey, sameEdges } from '../../library/record-fingerprints.ts';

export function recordPageReads(site: SiteData, id: string): string[] {
  const reads = new Set(localGraphRecords(site.atlas.graph, id));
  reads.add(id);
  const record = site.record(id);
  if (record?.kind === 'note' && record.collectionId) reads.add(record.collectionId);
  return [...reads].sort();
}

/** A hash of the graph's nodes and edges: equal hashes, equal neighbourhoods and layout. */
export function graphShape(graph: Graph): string {
  // Every field of `GraphNode` and `GraphEdge`, as strings joined (`JSON.stringify` of 100,000
  // edges took a good part of a second on every edit).
  const parts: string[] = [];
  for (const n of graph.nodes) parts.push(`${n.id}\0${n.kind}\0${n.title}\0${n.url}\0${n.stub ? 1 : 0}\0${n.collection ?? ''}`);
  parts.push('');
  for (const edge of graph.edges) parts.push(edgeKey(edge));
  return createHash('sha1').update(parts.join('\n')).digest('base64');
}

export class PageReads {
  #site?: SiteData;
  #shape = '';
  readonly #reads = new Map<string, string[]>();

  /** Read from `site` from now on; what was found for a graph of the same shape is kept. */
  use(site: SiteData): void {
    const { graph } = site.atlas;
    // The same nodes and edges as last time (most edits): the same shape, without hashing it again.
    if (!this.#graph || !sameNodes(this.#graph.nodes, graph.nodes) || !sameEdges(this.#graph.edges, graph.edges)) {
      const shape = graphShape(graph);
      if (shape !== this.#shape) this.#reads.clear();
      this.#shape = shape;
    }
    this.#graph = graph;
    this.#site = site;
  }
  #graph?: Graph;

  /** The shape of the graph in use. */
  get shape(): string {
    return this.#shape;
  }

  /** The records the page of `id` reads. */
  of(id: string): string[] {
    let reads = this.#reads.get(id);
    if (!reads) {
      if (!this.#site) throw new Error('PageReads.of() called before use()');
      this.#reads.set(id, (reads = recordPageReads(this.#site, id)));
    }
    return reads;
  }
}

function sameNodes(a: readonly GraphNode[], b: readonly GraphNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.kind !== y.kind || x.title !== y.title || x.url !== y.url || x.stub !== y.stub || x.collection !== y.collection) return false;
  }
  return true;
}
