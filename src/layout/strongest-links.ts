/**
 * Thinning a coarse level's links. Coarsening merges nodes but hardly merges links: two groups
 * stay linked if any of their members are, so each level has about as many links as the one
 * below it on half the nodes, and the coarsest levels are close to complete graphs (265 groups,
 * 25,000 links at 10,000 nodes). Most of those links stand for one or two original links between
 * big groups: they pull every group towards every other, which gravity already does, and cost as
 * much per step as the links that matter. Keeping each group's strongest links keeps what makes
 * the clusters, and makes a step over a coarse level cheap.
 */
import { adjacencyOf } from './adjacency.ts';
import type { WeightedGraph } from './coarsen.ts';

/**
 * `graph` with only the links that are among the `perNode` strongest of at least one of their
 * ends, strength being the original links a link stands for per pair of original nodes it
 * joins (`weight / (mass[a] * mass[b])`), so big groups do not win by size alone. Ties go to
 * the lower index: the result depends only on the graph.
 */
export function strongestLinks(graph: WeightedGraph, perNode: number): WeightedGraph {
  const { size, mass, links, weights } = graph;
  if (links.length <= perNode * size) return graph;
  const affinity = Float64Array.from(links, ([a, b], l) => weights[l]! / (mass[a]! * mass[b]!));
  // Each node's links in link order: `incident[first[i] .. first[i + 1]]`.
  const { first, linkOf: incident } = adjacencyOf(graph);
  // Each node's strongest, by insertion into a short sorted list: a few comparisons per link,
  // where sorting every node's links would cost a comparator call per pair compared.
  const keep = new Uint8Array(links.length);
  const best = new Int32Array(perNode);
  for (let i = 0; i < size; i++) {
    let kept = 0;
    for (let k = first[i]!; k < first[i + 1]!; k++) {
      const l = incident[k]!;
      // Links come in index order, so a later link only displaces a strictly weaker one.
      if (kept === perNode && !(affinity[l]! > affinity[best[perNode - 1]!]!)) continue;
      let at = kept === perNode ? perNode - 1 : kept++;
      while (at > 0 && affinity[l]! > affinity[best[at - 1]!]!) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = l;
    }
    for (let k = 0; k < kept; k++) keep[best[k]!] = 1;
  }
  const thinned: WeightedGraph = { size, mass, links: [], weights: [] };
  for (let l = 0; l < links.length; l++) {
    if (keep[l] === 0) continue;
    thinned.links.push(links[l]!);
    thinned.weights.push(weights[l]!);
  }
  return thinned;
}
