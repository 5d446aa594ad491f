/**
 * `/graph.json` decoded for drawing: typed arrays for what every frame reads (positions, kinds,
 * edge ends), plain objects for the rest. Format: see `src/wire/graph-data.ts`.
 */
import type { EdgeKind, RecordKind } from '../model.ts';
import type { NetworkData } from '../wire/graph-data.ts';
import { homeCollections } from '../layout/home-collections.ts';
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
  /** Links per node: drawn size and label priority. */
  degree: Uint32Array;
  /** The collection whose region a node lies in (see `home-collections.ts`), or -1. */
  home: Int32Array;
  /** Node indices by importance, most linked first: the order labels are placed in. */
  byImportance: Uint32Array;
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
  const degree = Uint32Array.from(neighbours, (n) => n.length);
  const collectionIndex = new Map(data.collections.map(([id], c) => [id, c]));
  const own = Int32Array.from(nodes, (n) => (n.kind === 'collection' ? (collectionIndex.get(n.id) ?? -1) : n.collection));
  const edgeSource = Uint32Array.from(edges, (e) => e[0]);
  const edgeTarget = Uint32Array.from(edges, (e) => e[1]);
  const home = homeCollections(own, edgeSource, edgeTarget, data.collections.length);
  const byImportance = Uint32Array.from(nodes.keys()).sort((a, b) => degree[b]! - degree[a]! || a - b);
  return {
    degree,
    home,
    byImportance,
    nodes,
    x,
    y,
    keyIndex,
    edgeSource,
    edgeTarget,
    edgeKind: edges.map((e) => data.edgeKinds[e[2]] ?? 'mention'),
    neighbours,
    collections: data.collections.map(([id, title]) => ({ id, title })),
    byId: new Map(nodes.map((n, i) => [n.id, i])),
  };
}
