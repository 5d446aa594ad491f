/**
 * Graph coarsening for multilevel layout: each node is merged with the neighbour it is most
 * strongly linked to (or, failing that, with siblings sharing a neighbour), level by level, so a
 * small graph can be laid out first and its positions handed down as a good start. A force layout
 * from random positions needs hundreds of steps over all nodes; from a coarse layout, a few dozen.
 * Link weights count the original links a coarse link stands for, so clusters stay clusters.
 */

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

/** One level of coarsening; deterministic, as it depends only on indices, weights and degrees. */
export function coarsen(graph: WeightedGraph, options: Partial<CoarsenOptions> = {}): Coarsening {
  const { maxMass } = { ...defaultCoarsenOptions, ...options };
  const neighbours: [number, number][][] = Array.from({ length: graph.size }, () => []);
  graph.links.forEach(([a, b], l) => {
    neighbours[a]!.push([b, graph.weights[l]!]);
    neighbours[b]!.push([a, graph.weights[l]!]);
  });
  const degree = (i: number) => neighbours[i]!.length;
  // Leaves first: they have one choice of partner, hubs have many.
  const order = [...Array(graph.size).keys()].sort((a, b) => degree(a) - degree(b) || a - b);

  const group = new Array<number>(graph.size).fill(-1);
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
    for (const [j, weight] of neighbours[i]!) {
      const taken = group[j] !== -1;
      const mass = taken ? groupMass[group[j]!]! : graph.mass[j]!;
      if (mass + graph.mass[i]! > maxMass) continue;
      const affinity = weight / (mass * graph.mass[i]!);
      const better =
        best === -1 ||
        (bestTaken && !taken) ||
        (taken === bestTaken && (affinity > bestAffinity || (affinity === bestAffinity && (mass < bestMass || (mass === bestMass && j < best)))));
      if (better) (best = j), (bestTaken = taken), (bestAffinity = affinity), (bestMass = mass);
    }
    if (best === -1) {
      // Every neighbour is full, as happens to the leaves of a star: group the node with siblings
      // under the same neighbour instead, or stars would never shrink.
      const hub = neighbours[i]![0]?.[0];
      const open = hub === undefined ? undefined : siblings.get(hub);
      if (open !== undefined && groupMass[open]! + graph.mass[i]! <= maxMass) {
        group[i] = open;
        groupMass[open]! += graph.mass[i]!;
      } else {
        group[i] = groupMass.length;
        if (hub !== undefined) siblings.set(hub, group[i]!);
        groupMass.push(graph.mass[i]!);
      }
    } else if (group[best] === -1) {
      group[i] = group[best] = groupMass.length;
      groupMass.push(graph.mass[i]! + graph.mass[best]!);
    } else {
      group[i] = group[best]!;
      groupMass[group[best]!]! += graph.mass[i]!;
    }
  }

  const size = groupMass.length;
  const merged = new Map<number, number>();
  graph.links.forEach(([a, b], l) => {
    const ga = group[a]!;
    const gb = group[b]!;
    if (ga === gb) return;
    const key = Math.min(ga, gb) * size + Math.max(ga, gb);
    merged.set(key, (merged.get(key) ?? 0) + graph.weights[l]!);
  });
  const keys = [...merged.keys()].sort((x, y) => x - y);
  return {
    coarse: {
      size,
      mass: groupMass,
      links: keys.map((key): [number, number] => [Math.floor(key / size), key % size]),
      weights: keys.map((key) => merged.get(key)!),
    },
    parent: group,
  };
}
