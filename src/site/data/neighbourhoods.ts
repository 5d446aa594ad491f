/**
 * The local graph's data (format in `graph-data.ts`, carried inline in each record page): for every
 * record, the record, its neighbours and a bounded ring of their neighbours.
 *
 * 10,000 records share one index of the graph with integer node numbers (nodes sorted by id, so
 * number order is id order), and the per-record work touches only the record's two rings through
 * typed arrays that are reset after each record; comparing long ids is what made this slow.
 */
import type { Graph, GraphEdge, GraphNode } from '../../model.ts';
import type { Layout } from '../../layout/layout-graph.ts';
import type { NeighbourhoodData, NeighbourhoodEdge, NeighbourhoodNode } from '../../wire/graph-data.ts';
import { EDGE_KINDS, edgeKindRank, uniqueNodes } from './graph-order.ts';

export interface NeighbourhoodOptions {
  /** Depth-2 nodes kept, so "depth 2" can be shown without fetching more. */
  maxRing: number;
  /** Edges kept among the neighbours (beyond those touching the centre). */
  maxRingEdges: number;
}

/**
 * A ring of 16 and 40 edges among the neighbours read well at depth 2; 40 and 100 made each file
 * about 22 KB, 240 MB over a full-size site.
 */
export const defaultNeighbourhoodOptions: NeighbourhoodOptions = { maxRing: 16, maxRingEdges: 40 };

/** The local graph file of the record `id`. */
export function neighbourhoodJson(graph: Graph, id: string, layout?: Layout): string {
  return createNeighbourhoods(graph, layout)(id);
}

const RING1 = 1;
const CENTRE = 2;

/** One record's neighbourhood as chosen, in node and edge numbers of its `NeighbourhoodIndex`. */
export interface NeighbourhoodSelection {
  /** The centre, then the depth-1 nodes, then the depth-2 ones, each group by number (= by id). */
  included: readonly number[];
  /** How many of `included` after the centre are depth 1. */
  ring1: number;
  /** Edges in output order: source, target (local numbers into `included`), kind. */
  edges: readonly { i: number; labelled: boolean; source: number; target: number }[];
  omitted: number;
}

/** The graph indexed once, for choosing any record's neighbourhood. */
export interface NeighbourhoodIndex {
  nodes: readonly GraphNode[];
  /** Known edges, one per (source, target, kind), in (source, target, kind) order. */
  edges: readonly GraphEdge[];
  /** Edge kinds' ranks (by name), by edge number. */
  kindRank: Uint8Array;
  /** The neighbourhood of `id`; undefined when no node has that id. */
  select(id: string): NeighbourhoodSelection | undefined;
}

/**
 * Index the graph once: node numbers, edges sorted, and each node's edges in compressed
 * adjacency arrays (the edge's number and the node at its other end, side by side in typed
 * arrays), so choosing 10,000 neighbourhoods walks flat memory instead of edge objects.
 */
export function createNeighbourhoodIndex(graph: Graph, options: Partial<NeighbourhoodOptions> = {}): NeighbourhoodIndex {
  const { maxRing, maxRingEdges } = { ...defaultNeighbourhoodOptions, ...options };
  const nodes = uniqueNodes(graph);
  const number = new Map(nodes.map((n, i) => [n.id, i]));
  const ranks = edgeKindRank(EDGE_KINDS);
  // Edges in (source, target, kind) order; each adjacency list keeps that order. One per
  // (source, target, kind), the first given, as `knownEdges` keeps them: the sort is stable, so
  // the first of equals is the one kept, without a key string per edge.
  const sorted: { edge: GraphEdge; s: number; t: number; k: number }[] = [];
  for (const edge of graph.edges) {
    const s = number.get(edge.source);
    const t = number.get(edge.target);
    if (s !== undefined && t !== undefined) sorted.push({ edge, s, t, k: ranks[edge.kind] });
  }
  sorted.sort((a, b) => a.s - b.s || a.t - b.t || a.k - b.k);
  let kept = 0;
  for (const e of sorted) {
    const last = sorted[kept - 1];
    if (last && last.s === e.s && last.t === e.t && last.k === e.k) continue;
    sorted[kept++] = e;
  }
  sorted.length = kept;
  const edgeCount = sorted.length;
  const S = new Int32Array(edgeCount);
  const T = new Int32Array(edgeCount);
  const kindRank = new Uint8Array(edgeCount);
  const start = new Int32Array(nodes.length + 1);
  sorted.forEach(({ s, t, k }, i) => {
    S[i] = s;
    T[i] = t;
    kindRank[i] = k;
    start[s + 1]!++;
    if (t !== s) start[t + 1]!++;
  });
  for (let n = 0; n < nodes.length; n++) start[n + 1]! += start[n]!;
  const adjacentEdge = new Int32Array(start[nodes.length]!);
  const adjacentNode = new Int32Array(start[nodes.length]!);
  const fill = start.slice(0, nodes.length);
  for (let i = 0; i < edgeCount; i++) {
    const s = S[i]!;
    const t = T[i]!;
    adjacentEdge[fill[s]!] = i;
    adjacentNode[fill[s]!++] = t;
    if (t !== s) {
      adjacentEdge[fill[t]!] = i;
      adjacentNode[fill[t]!++] = s;
    }
  }
  const role = new Uint8Array(nodes.length);
  const links = new Int32Array(nodes.length); // depth-2 candidate → depth-1 nodes it touches
  const seen = new Int32Array(nodes.length); // stamp: counted for the current depth-1 node
  const local = new Int32Array(nodes.length).fill(-1);
  let stamp = 0;

  function select(center: string): NeighbourhoodSelection | undefined {
    const c = number.get(center);
    if (c === undefined) return undefined;
    const own: number[] = [];
    const ring1: number[] = [];
    for (let j = start[c]!; j < start[c + 1]!; j++) {
      const i = adjacentEdge[j]!;
      if (S[i] === T[i]) continue;
      own.push(i);
      const n = adjacentNode[j]!;
      if (role[n] !== RING1) {
        role[n] = RING1;
        ring1.push(n);
      }
    }
    ring1.sort((a, b) => a - b);
    role[c] = CENTRE;

    const candidates: number[] = [];
    const peer: number[] = [];
    for (const n of ring1) {
      stamp++;
      for (let j = start[n]!, end = start[n + 1]!; j < end; j++) {
        const m = adjacentNode[j]!;
        if (m === c || m === n) continue;
        if (role[m] === RING1) {
          const i = adjacentEdge[j]!;
          if (S[i] === n) peer.push(i); // each edge once, from its source's side
        } else if (seen[m] !== stamp) {
          seen[m] = stamp;
          if (links[m] === 0) candidates.push(m);
          links[m]!++;
        }
      }
    }
    const ring2 = mostLinked(candidates, links, maxRing);
    // Every kept depth-2 node keeps one edge to the ring whatever the cap, so none floats loose.
    const anchors: number[] = [];
    for (const m of ring2) {
      let first = true;
      for (let j = start[m]!; j < start[m + 1]!; j++) {
        if (role[adjacentNode[j]!] !== RING1) continue;
        if (first) anchors.push(adjacentEdge[j]!);
        else peer.push(adjacentEdge[j]!);
        first = false;
      }
    }
    const ringEdges = [...anchors, ...peer.sort((a, b) => a - b).slice(0, Math.max(0, maxRingEdges - anchors.length))];

    const included = [c, ...ring1, ...[...ring2].sort((a, b) => a - b)];
    included.forEach((n, i) => (local[n] = i));
    const chosen: NeighbourhoodSelection['edges'][number][] = [];
    for (const i of own) chosen.push({ i, labelled: true, source: local[S[i]!]!, target: local[T[i]!]! });
    for (const i of ringEdges) chosen.push({ i, labelled: false, source: local[S[i]!]!, target: local[T[i]!]! });
    chosen.sort((a, b) => a.source - b.source || a.target - b.target || kindRank[a.i]! - kindRank[b.i]!);

    role[c] = 0;
    for (const n of ring1) role[n] = 0;
    for (const m of candidates) links[m] = 0;
    for (const n of included) local[n] = -1;
    return { included, ring1: ring1.length, edges: chosen, omitted: candidates.length - ring2.length };
  }

  return { nodes, edges: sorted.map((e) => e.edge), kindRank, select };
}

/**
 * Index the graph once and return a function writing any record's local graph file, so a site of
 * 11,000 records does not rescan every edge per page.
 */
export function createNeighbourhoods(graph: Graph, layout?: Layout, options: Partial<NeighbourhoodOptions> = {}): (id: string) => string {
  const index = createNeighbourhoodIndex(graph, options);
  const { nodes, edges } = index;
  const nodeParts: [string, string][] = [];
  const edgeParts: string[] = [];
  const labelledEdgeParts: string[] = [];

  return (center) => {
    const chosen = index.select(center);
    if (!chosen) return JSON.stringify({ v: 1, center, nodes: [], edges: [], omitted: 0 } satisfies NeighbourhoodData);
    const { included, ring1 } = chosen;
    // Written as `JSON.stringify` would write a `NeighbourhoodData`, from pieces made once per node
    // and edge: 10,000 files repeat the same titles many times over.
    let json = `{"v":1,"center":${JSON.stringify(center)},"nodes":[`;
    for (let i = 0; i < included.length; i++) json += (i === 0 ? '' : ',') + nodeJson(included[i]!, i === 0 ? 0 : i <= ring1 ? 1 : 2);
    json += '],"edges":[';
    chosen.edges.forEach((e, k) => (json += `${k === 0 ? '' : ','}{"source":${e.source},"target":${e.target},${edgeJson(e.i, e.labelled)}}`));
    return json + `],"omitted":${chosen.omitted}}`;
  };

  function nodeJson(n: number, depth: 0 | 1 | 2): string {
    let parts = nodeParts[n];
    if (!parts) {
      const g = nodes[n]!;
      const p = layout?.get(g.id);
      const head = JSON.stringify({ id: g.id, kind: g.kind, title: g.title, url: g.url } satisfies Partial<NeighbourhoodNode>);
      const tail = JSON.stringify({ ...(g.stub ? { stub: true as const } : {}), ...(p ? { x: p.x, y: p.y } : {}) } satisfies Partial<NeighbourhoodNode>);
      nodeParts[n] = parts = [`${head.slice(0, -1)},"depth":`, tail === '{}' ? '}' : `,${tail.slice(1)}`];
    }
    return parts[0] + depth + parts[1];
  }

  function edgeJson(i: number, labelled: boolean): string {
    const cache = labelled ? labelledEdgeParts : edgeParts;
    let part = cache[i];
    if (part === undefined) {
      const e = edges[i]!;
      const rest: Omit<NeighbourhoodEdge, 'source' | 'target'> = { kind: e.kind, ...(labelled && e.label ? { label: e.label } : {}), ...(e.suggested ? { suggested: true as const } : {}) };
      cache[i] = part = JSON.stringify(rest).slice(1, -1);
    }
    return part;
  }
}

/**
 * The `max` candidates linked to the most depth-1 nodes, ties by number: counts are small, so
 * candidates are bucketed by count and only the buckets taken from are sorted (a hub has a
 * thousand candidates and keeps sixteen).
 */
function mostLinked(candidates: readonly number[], links: Int32Array, max: number): number[] {
  const buckets: number[][] = [];
  for (const m of candidates) (buckets[links[m]!] ??= []).push(m);
  const chosen: number[] = [];
  for (let count = buckets.length - 1; count > 0 && chosen.length < max; count--) {
    const bucket = buckets[count];
    if (!bucket) continue;
    bucket.sort((a, b) => a - b);
    chosen.push(...bucket.slice(0, max - chosen.length));
  }
  return chosen;
}
