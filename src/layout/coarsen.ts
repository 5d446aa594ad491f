/**
 * Graph coarsening for multilevel layout: each node is merged with the neighbour it is most
 * strongly linked to (or, failing that, with siblings sharing a neighbour), level by level, so a
 * small graph can be laid out first and its positions handed down as a good start. A force layout
 * from random positions needs hundreds of steps over all nodes; from a coarse layout, a few dozen.
 * Link weights count the original links a coarse link stands for, so clusters stay clusters.
 */
import { adjacencyOf } from './adjacency.ts';

/** Nodes are indices `0..size-1`; `mass[i]` is how many original nodes node i stands for. */
export interface WeightedGraph {
  size: number;
  mass: number[];
  /** Unique pairs `[a, b]` with `a < b`, sorted. */
  links: [number, number][];
  /** How many original links each link stands for, parallel to `links`. */
  weights: number[];
}

export interface Coarsening {
  coarse: WeightedGraph;
  /** Fine node index → coarse node index. */
  parent: number[];
}

export interface CoarsenOptions {
  /** Groups stop growing at this many original nodes, so no coarse node swallows a whole cluster. */
  maxMass: number;
}

export const defaultCoarsenOptions: CoarsenOptions = { maxMass: 64 };

/**
 * One level of coarsening; deterministic, as it depends only on indices, weights and degrees.
 * Adjacency and the merged links live in flat typed arrays: a level of 10,000 nodes and 85,000
 * links is coarsened without an object per link.
 */
export function coarsen(graph: WeightedGraph, options: Partial<CoarsenOptions> = {}): Coarsening {
  const { maxMass } = { ...defaultCoarsenOptions, ...options };
  const { size, mass, links, weights } = graph;
  const adjacency = adjacencyOf(graph);
  const { first, neighbour, linkOf } = adjacency;
  const degree = (i: number) => first[i + 1]! - first[i]!;
  // Leaves first: they have one choice of partner, hubs have many.
  const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => degree(a) - degree(b) || a - b);

  const group = new Int32Array(size).fill(-1);
  const groupMass: number[] = [];
  const siblings = new Map<number, number>(); // neighbour → the open group of its unplaced leaves
  for (const i of order) {
    if (group[i] !== -1) continue;
    // Prefer an unmatched neighbour, then the strongest link for the mass, then the lighter, then
    // the lower index.
    let best = -1;
    let bestTaken = true;
    let bestAffinity = -1;
    let bestMass = Infinity;
    for (let k = first[i]!; k < first[i + 1]!; k++) {
      const j = neighbour[k]!;
      const taken = group[j] !== -1;
      const m = taken ? groupMass[group[j]!]! : mass[j]!;
      if (m + mass[i]! > maxMass) continue;
      const affinity = weights[linkOf[k]!]! / (m * mass[i]!);
      const better = best === -1 || (bestTaken && !taken) || (taken === bestTaken && (affinity > bestAffinity || (affinity === bestAffinity && (m < bestMass || (m === bestMass && j < best)))));
      if (better) {
        best = j;
        bestTaken = taken;
        bestAffinity = affinity;
        bestMass = m;
      }
    }
    if (best === -1) {
      // Every neighbour is full, as happens to the leaves of a star: group the node with siblings
      // under the same neighbour instead, or stars would never shrink.
      const hub = degree(i) > 0 ? neighbour[first[i]!]! : undefined;
      const open = hub === undefined ? undefined : siblings.get(hub);
      if (open !== undefined && groupMass[open]! + mass[i]! <= maxMass) {
        group[i] = open;
        groupMass[open]! += mass[i]!;
      } else {
        group[i] = groupMass.length;
        if (hub !== undefined) siblings.set(hub, group[i]);
        groupMass.push(mass[i]!);
      }
    } else if (group[best] === -1) {
      group[i] = group[best] = groupMass.length;
      groupMass.push(mass[i]! + mass[best]!);
    } else {
      group[i] = group[best]!;
      groupMass[group[best]!]! += mass[i]!;
    }
  }
  return { coarse: { size: groupMass.length, mass: groupMass, ...mergeLinks(links, weights, group, groupMass.length) }, parent: Array.from(group) };
}

/**
 * The links between different groups, one per pair of groups with the weights added up, sorted:
 * links are bucketed by their lower group, and each bucket's upper groups are summed up in a
 * table indexed by group, then sorted.
 */
function mergeLinks(links: WeightedGraph['links'], weights: readonly number[], group: Int32Array, size: number): Pick<WeightedGraph, 'links' | 'weights'> {
  const bucket = new Int32Array(size + 1);
  for (let l = 0; l < links.length; l++) {
    const ga = group[links[l]![0]]!;
    const gb = group[links[l]![1]]!;
    if (ga !== gb) bucket[Math.min(ga, gb) + 1]!++;
  }
  let widest = 0;
  for (let g = 0; g < size; g++) {
    widest = Math.max(widest, bucket[g + 1]!);
    bucket[g + 1]! += bucket[g]!;
  }
  const upper = new Int32Array(bucket[size]!);
  const weightOf = new Float64Array(bucket[size]!);
  const fill = bucket.slice(0, size);
  for (let l = 0; l < links.length; l++) {
    const ga = group[links[l]![0]]!;
    const gb = group[links[l]![1]]!;
    if (ga === gb) continue;
    const at = fill[Math.min(ga, gb)]!++;
    upper[at] = Math.max(ga, gb);
    weightOf[at] = weights[l]!;
  }
  const merged: Pick<WeightedGraph, 'links' | 'weights'> = { links: [], weights: [] };
  const sum = new Float64Array(size);
  const seenIn = new Int32Array(size).fill(-1);
  const partners = new Int32Array(widest);
  for (let g = 0; g < size; g++) {
    let count = 0;
    for (let k = bucket[g]!; k < bucket[g + 1]!; k++) {
      const h = upper[k]!;
      if (seenIn[h] !== g) {
        seenIn[h] = g;
        sum[h] = 0;
        partners[count++] = h;
      }
      sum[h]! += weightOf[k]!;
    }
    // A typed array sorts numbers without a comparator call per pair.
    for (const h of partners.subarray(0, count).sort()) {
      merged.links.push([g, h]);
      merged.weights.push(sum[h]!);
    }
  }
  return merged;
}
