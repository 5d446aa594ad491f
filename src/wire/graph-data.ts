/**
 * The graph as the browser reads it: one compact file for the full network (`/graph.json`) and each
 * record's neighbourhood for its local graph (carried inline in the record's page, encoded as
 * `src/client/graph-local-data.ts` says). Both are pure functions of the graph (and the network of
 * its layout), sorted, so the same notes give byte-identical files.
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
 * A neighbourhood (`NeighbourhoodData`, what the local graph draws from):
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
import type { EdgeKind, Graph, RecordKind } from '../model.ts';
import type { Layout } from '../layout/layout-graph.ts';
import { compareText, EDGE_KINDS, knownEdges, NODE_KINDS, uniqueNodes } from '../site/data/graph-order.ts';

export { createNeighbourhoods, defaultNeighbourhoodOptions, neighbourhoodJson } from '../site/data/neighbourhoods.ts';

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
