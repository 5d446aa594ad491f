/**
 * The local graph's data (format in `graph-data.ts`, carried inline in each record page): for every
 * record, the record, its neighbours and a bounded ring of their neighbours.
 *
 * 10,000 records share one index of the graph with integer node numbers (nodes sorted by id, so
 * number order is id order), and the per-record work touches only the record's two rings through
 * typed arrays that are reset after each record; comparing long ids is what made this slow.
 */
import type { Graph } from '../../model.ts';
import type { Layout } from '../../layout/layout-graph.ts';
import type { NeighbourhoodData, NeighbourhoodEdge, NeighbourhoodNode } from '../../wire/graph-data.ts';
import { EDGE_KINDS, edgeKindRank, knownEdges, uniqueNodes } from './graph-order.ts';

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

/**
 * Index the graph once and return a function writing any record's local graph file, so a site of
 * 11,000 records does not rescan every edge per page.
 */
export function createNeighbourhoods(graph: Graph, layout?: Layout, options: Partial<NeighbourhoodOptions> = {}): (id: string) => string {
  const index = neighbourhoodIndex(graph, layout, options);
  return (id) => index.json(id);
}

/** A record's neighbourhood as the local graph's file (`json`), or only the ids of its nodes (`members`). */
export interface NeighbourhoodIndex {
  json(id: string): string;
  /** The ids `json` would list, centre first: what a page's local graph reads. */
  members(id: string): string[];
}

export function neighbourhoodIndex(graph: Graph, layout?: Layout, options: Partial<NeighbourhoodOptions> = {}): NeighbourhoodIndex {
  const { maxRing, maxRingEdges } = { ...defaultNeighbourhoodOptions, ...options };
  const nodes = uniqueNodes(graph);
  const number = new Map(nodes.map((n, i) => [n.id, i]));
  const kindRank = edgeKindRank(EDGE_KINDS);
  // Edges in (source, target, kind) order; each adjacency list keeps that order.
  const edges = knownEdges(graph, number)
    .map((edge) => ({ edge, s: number.get(edge.source)!, t: number.get(edge.target)!, k: kindRank[edge.kind] }))
    .sort((a, b) => a.s - b.s || a.t - b.t || a.k - b.k);
  const adjacent: number[][] = nodes.map(() => []);
  edges.forEach(({ s, t }, i) => {
    adjacent[s]!.push(i);
    if (t !== s) adjacent[t]!.push(i);
  });
  const other = (i: number, n: number) => (edges[i]!.s === n ? edges[i]!.t : edges[i]!.s);
  const role = new Uint8Array(nodes.length);
  const links = new Int32Array(nodes.length); // depth-2 candidate → depth-1 nodes it touches
  const seen = new Int32Array(nodes.length); // stamp: counted for the current depth-1 node
  const local = new Int32Array(nodes.length).fill(-1);
  let stamp = 0;
  const nodeParts: [string, string][] = [];
  const edgeParts: string[] = [];
  const labelledEdgeParts: string[] = [];

  return {
    json(center) {
      const c = number.get(center);
      if (c === undefined) return JSON.stringify({ v: 1, center, nodes: [], edges: [], omitted: 0 } satisfies NeighbourhoodData);
      return select(c, center, true)!;
    },
    members(center) {
      const c = number.get(center);
      if (c === undefined) return [];
      const ids: string[] = [];
      select(c, center, false, ids);
      return ids;
    },
  };

  /** The neighbourhood of node `c`: as JSON when `asJson`, else its node ids pushed onto `ids`. */
  function select(c: number, center: string, asJson: boolean, ids: string[] = []): string | undefined {
    const own = adjacent[c]!.filter((i) => edges[i]!.s !== edges[i]!.t);
    const ring1 = [...new Set(own.map((i) => other(i, c)))].sort((a, b) => a - b);
    role[c] = CENTRE;
    for (const n of ring1) role[n] = RING1;

    const candidates: number[] = [];
    const peer: number[] = [];
    for (const n of ring1) {
      stamp++;
      for (const i of adjacent[n]!) {
        const m = other(i, n);
        if (m === c || m === n) continue;
        if (role[m] === RING1) {
          if (edges[i]!.s === n) peer.push(i); // each edge once, from its source's side
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
      const toRing = adjacent[m]!.filter((i) => role[other(i, m)] === RING1);
      anchors.push(toRing[0]!);
      peer.push(...toRing.slice(1));
    }
    const ringEdges = [...anchors, ...peer.sort((a, b) => a - b).slice(0, Math.max(0, maxRingEdges - anchors.length))];

    const included = [c, ...ring1, ...[...ring2].sort((a, b) => a - b)];
    if (!asJson) {
      for (const n of included) ids.push(nodes[n]!.id);
      role[c] = 0;
      for (const n of ring1) role[n] = 0;
      for (const m of candidates) links[m] = 0;
      return undefined;
    }
    included.forEach((n, i) => (local[n] = i));
    const chosen = [...own.map((i) => ({ i, labelled: true })), ...ringEdges.map((i) => ({ i, labelled: false }))]
      .map(({ i, labelled }) => ({ i, labelled, source: local[edges[i]!.s]!, target: local[edges[i]!.t]! }))
      .sort((a, b) => a.source - b.source || a.target - b.target || edges[a.i]!.k - edges[b.i]!.k);
    // Written as `JSON.stringify` would write a `NeighbourhoodData`, from pieces made once per node
    // and edge: 10,000 files repeat the same titles many times over.
    const json =
      `{"v":1,"center":${JSON.stringify(center)},"nodes":[` +
      included.map((n, i) => nodeJson(n, i === 0 ? 0 : i <= ring1.length ? 1 : 2)).join(',') +
      '],"edges":[' +
      chosen.map((e) => `{"source":${e.source},"target":${e.target},${edgeJson(e.i, e.labelled)}}`).join(',') +
      `],"omitted":${candidates.length - ring2.length}}`;

    role[c] = 0;
    for (const n of ring1) role[n] = 0;
    for (const m of candidates) links[m] = 0;
    for (const n of included) local[n] = -1;
    return json;
  }

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
      const { edge: e } = edges[i]!;
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
