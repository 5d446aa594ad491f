/**
 * `/graph.json` decoded for drawing: typed arrays for what every frame reads (positions, kinds,
 * edge ends), plain objects for the rest. Format: see `src/site/graph-data.ts`.
 */
import type { EdgeKind, RecordKind } from '../model.ts';
import type { NetworkData } from '../site/graph-data.ts';
import { KIND_KEYS, kindKey } from './graph-kinds.ts';
import type { KindKey } from './graph-kinds.ts';

export interface NetworkNode {
  id: string;
  kind: RecordKind;
  key: KindKey;
  title: string;
  url: string;
  /** Index into `collections`, or -1. */
  collection: number;
}

export interface NetworkModel {
  nodes: NetworkNode[];
  /** World coordinates, by node index; dragging a node changes them. */
  x: Float64Array;
  y: Float64Array;
  /** Index of each node's kind in `KIND_KEYS`. */
  keyIndex: Uint8Array;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  edgeKind: EdgeKind[];
  /** Node index → indices of its neighbours. */
  neighbours: number[][];
  collections: { id: string; title: string }[];
  byId: Map<string, number>;
}

export function decodeNetwork(data: NetworkData): NetworkModel {
  const count = data.nodes.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const keyIndex = new Uint8Array(count);
  const nodes = data.nodes.map(([id, kind, title, url, nx, ny, collection, stub], i): NetworkNode => {
    const recordKind = data.kinds[kind] ?? 'note';
    const key = kindKey(recordKind, stub === 1);
    x[i] = nx;
    y[i] = ny;
    keyIndex[i] = KIND_KEYS.indexOf(key);
    return { id, kind: recordKind, key, title, url, collection };
  });
  const edges = data.edges.filter(([s, t]) => s >= 0 && s < count && t >= 0 && t < count);
  const neighbours: number[][] = nodes.map(() => []);
  for (const [s, t] of edges) {
    if (s === t) continue;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  return {
    nodes,
    x,
    y,
    keyIndex,
    edgeSource: Uint32Array.from(edges, (e) => e[0]),
    edgeTarget: Uint32Array.from(edges, (e) => e[1]),
    edgeKind: edges.map((e) => data.edgeKinds[e[2]] ?? 'mention'),
    neighbours,
    collections: data.collections.map(([id, title]) => ({ id, title })),
    byId: new Map(nodes.map((n, i) => [n.id, i])),
  };
}
