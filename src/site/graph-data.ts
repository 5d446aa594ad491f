/**
 * The graph as the browser reads it: one compact file for the full network (`/graph.json`) and one
 * small file per record for its local graph (`<record url>graph.json`). Both are pure functions of
 * the graph and its layout, sorted, so the same notes give byte-identical files.
 *
 * `/graph.json` (version 1), arrays instead of objects because it carries every node and edge:
 *
 *     {
 *       "v": 1,
 *       "kinds": ["inquiring-line", "note", "paper", "collection"],
 *       "edgeKinds": ["source", "related", "mention", "next", "cites", "in"],
 *       "collections": [[id, title], …],                      sorted by id
 *       "nodes": [[id, kind, title, url, x, y, collection, stub], …],   sorted by id
 *       "edges": [[source, target, edgeKind, label, suggested], …],   sorted by source, target, kind
 *       "labels": [label, …]                                  distinct relation phrases, sorted
 *     }
 *
 * `kind`, `edgeKind`, `collection` and `label` are indices into the arrays above (`-1`: none);
 * `source`/`target` are indices into `nodes`; `stub` and `suggested` are 0 or 1; `x`/`y` are the
 * build-time layout's integer coordinates; `url` is site-relative without the path prefix.
 *
 * `<record url>graph.json` (version 1), objects since it is small:
 *
 *     {
 *       "v": 1,
 *       "center": id,
 *       "nodes": [{ "id", "kind", "title", "url", "depth": 0 | 1 | 2, "stub"?: true, "x"?, "y"? }, …],
 *       "edges": [{ "source", "target", "kind", "label"?, "suggested"?: true }, …],   source/target: indices into nodes
 *       "omitted": n
 *     }
 *
 * Nodes: the centre first, then every depth-1 neighbour, then at most `maxRing` depth-2 nodes (the
 * ones linked to the most depth-1 nodes, then by id), each group sorted by id; `omitted` counts the
 * depth-2 nodes left out. Edges: every edge between the centre and a neighbour, with its relation
 * label, plus edges among the included neighbours up to `maxRingEdges` (each depth-2 node keeps at
 * least one), without labels, which only the centre's edges show. Edges keep their direction:
 * `source` → `target` as in the graph. `x`/`y` are the global layout's, when given.
 */
import type { EdgeKind, Graph, GraphEdge, GraphNode, RecordKind } from '../model.ts';
import type { Layout } from '../layout/layout-graph.ts';

export const NODE_KINDS: readonly RecordKind[] = ['inquiring-line', 'note', 'paper', 'collection'];
export const EDGE_KINDS: readonly EdgeKind[] = ['source', 'related', 'mention', 'next', 'cites', 'in'];

/** A node of `/graph.json`: `[id, kind, title, url, x, y, collection, stub]`. */
export type NetworkNode = [string, number, string, string, number, number, number, 0 | 1];
/** An edge of `/graph.json`: `[source, target, edgeKind, label, suggested]`. */
export type NetworkEdge = [number, number, number, number, 0 | 1];

export interface NetworkData {
  v: 1;
  kinds: RecordKind[];
  edgeKinds: EdgeKind[];
  collections: [string, string][];
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  labels: string[];
}

export interface NeighbourhoodNode {
  id: string;
  kind: RecordKind;
  title: string;
  url: string;
  depth: 0 | 1 | 2;
  stub?: true;
  x?: number;
  y?: number;
}

export interface NeighbourhoodEdge {
  /** Index into `nodes`. */
  source: number;
  /** Index into `nodes`. */
  target: number;
  kind: EdgeKind;
  label?: string;
  suggested?: true;
}

export interface NeighbourhoodData {
  v: 1;
  center: string;
  nodes: NeighbourhoodNode[];
  edges: NeighbourhoodEdge[];
  omitted: number;
}

export interface NeighbourhoodOptions {
  /** Depth-2 nodes kept, so "depth 2" can be shown without fetching more. */
  maxRing: number;
  /** Edges kept among the neighbours (beyond those touching the centre). */
  maxRingEdges: number;
}

export const defaultNeighbourhoodOptions: NeighbourhoodOptions = { maxRing: 40, maxRingEdges: 100 };

/** The full network for `/graph.json`. */
export function networkJson(graph: Graph, layout: Layout): string {
  const nodes = uniqueNodes(graph);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const collectionIds = [...new Set(nodes.flatMap((n) => (n.collection ? [n.collection] : [])))].sort(compareText);
  const collectionIndex = new Map(collectionIds.map((id, i) => [id, i]));
  const titleOf = new Map(nodes.map((n) => [n.id, n.title]));
  const edges = knownEdges(graph, index);
  const labels = [...new Set(edges.flatMap((e) => (e.label ? [e.label] : [])))].sort(compareText);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));

  const data: NetworkData = {
    v: 1,
    kinds: [...NODE_KINDS],
    edgeKinds: [...EDGE_KINDS],
    collections: collectionIds.map((id) => [id, titleOf.get(id) ?? id]),
    nodes: nodes.map((n): NetworkNode => {
      const p = layout.get(n.id);
      return [n.id, NODE_KINDS.indexOf(n.kind), n.title, n.url, p?.x ?? 0, p?.y ?? 0, n.collection ? collectionIndex.get(n.collection)! : -1, n.stub ? 1 : 0];
    }),
    edges: edges
      .map((e): NetworkEdge => [index.get(e.source)!, index.get(e.target)!, EDGE_KINDS.indexOf(e.kind), e.label ? labelIndex.get(e.label)! : -1, e.suggested ? 1 : 0])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]),
    labels,
  };
  return JSON.stringify(data);
}

/** The local graph file of the record `id`. */
export function neighbourhoodJson(graph: Graph, id: string, layout?: Layout): string {
  return createNeighbourhoods(graph, layout)(id);
}

/**
 * Index the graph once and return a function writing any record's local graph file, so a site of
 * 11,000 records does not rescan every edge per page.
 */
export function createNeighbourhoods(graph: Graph, layout?: Layout, options: Partial<NeighbourhoodOptions> = {}): (id: string) => string {
  const { maxRing, maxRingEdges } = { ...defaultNeighbourhoodOptions, ...options };
  const nodes = uniqueNodes(graph);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = knownEdges(graph, byId).sort(compareEdges);
  const adjacent = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const list = adjacent.get(end);
      if (list) list.push(e);
      else adjacent.set(end, [e]);
    }
  }
  const other = (e: GraphEdge, id: string) => (e.source === id ? e.target : e.source);

  return (center) => {
    const centre = byId.get(center);
    if (!centre) return JSON.stringify({ v: 1, center, nodes: [], edges: [], omitted: 0 } satisfies NeighbourhoodData);
    const own = (adjacent.get(center) ?? []).filter((e) => e.source !== e.target);
    const ring1 = new Set(own.map((e) => other(e, center)));

    const links = new Map<string, number>(); // depth-2 candidate → how many depth-1 nodes it touches
    const peerEdges: GraphEdge[] = [];
    for (const n of ring1) {
      const seen = new Set<string>();
      for (const e of adjacent.get(n) ?? []) {
        const m = other(e, n);
        if (m === center || m === n) continue;
        if (ring1.has(m)) {
          if (e.source === n) peerEdges.push(e); // each edge once, from its source's side
        } else if (!seen.has(m)) {
          seen.add(m);
          links.set(m, (links.get(m) ?? 0) + 1);
        }
      }
    }
    const ring2 = [...links.keys()].sort((a, b) => links.get(b)! - links.get(a)! || compareText(a, b)).slice(0, maxRing);
    const kept2 = new Set(ring2);
    // Every kept depth-2 node keeps one edge to the ring whatever the cap, so none floats loose.
    const anchors: GraphEdge[] = [];
    for (const m of ring2) {
      const toRing = (adjacent.get(m) ?? []).filter((e) => ring1.has(other(e, m)));
      anchors.push(toRing[0]!);
      peerEdges.push(...toRing.slice(1));
    }

    const node = (n: GraphNode, depth: 0 | 1 | 2): NeighbourhoodNode => {
      const p = layout?.get(n.id);
      return { id: n.id, kind: n.kind, title: n.title, url: n.url, depth, ...(n.stub ? { stub: true as const } : {}), ...(p ? { x: p.x, y: p.y } : {}) };
    };
    const included = [
      node(centre, 0),
      ...[...ring1].sort(compareText).map((id) => node(byId.get(id)!, 1)),
      ...[...kept2].sort(compareText).map((id) => node(byId.get(id)!, 2)),
    ];
    const index = new Map(included.map((n, i) => [n.id, i]));
    const edge = (e: GraphEdge, labelled: boolean): NeighbourhoodEdge => ({
      source: index.get(e.source)!,
      target: index.get(e.target)!,
      kind: e.kind,
      ...(labelled && e.label ? { label: e.label } : {}),
      ...(e.suggested ? { suggested: true as const } : {}),
    });
    const ringEdges = [...anchors, ...peerEdges.sort(compareEdges).slice(0, Math.max(0, maxRingEdges - anchors.length))];
    const data: NeighbourhoodData = {
      v: 1,
      center,
      nodes: included,
      edges: [...own.map((e) => edge(e, true)), ...ringEdges.map((e) => edge(e, false))].sort(
        (a, b) => a.source - b.source || a.target - b.target || compareText(a.kind, b.kind),
      ),
      omitted: links.size - ring2.length,
    };
    return JSON.stringify(data);
  };
}

/** Nodes by id, first of each id kept, so a duplicate cannot shift every index after it. */
function uniqueNodes(graph: Graph): GraphNode[] {
  const byId = new Map<string, GraphNode>();
  for (const n of graph.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}

/** Edges whose ends are both nodes of the graph, one per (source, target, kind). */
function knownEdges(graph: Graph, known: ReadonlyMap<string, unknown>): GraphEdge[] {
  const byKey = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    const key = `${e.source}\u0000${e.target}\u0000${e.kind}`;
    if (!byKey.has(key)) byKey.set(key, e);
  }
  return [...byKey.values()];
}

function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return compareText(a.source, b.source) || compareText(a.target, b.target) || compareText(a.kind, b.kind);
}

/** Code-unit order, independent of locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
