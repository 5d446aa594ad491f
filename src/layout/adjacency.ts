/**
 * A weighted graph's links by node, in flat typed arrays (compressed rows), for the passes that
 * walk each node's links: coarsening (its neighbours) and thinning (its strongest links).
 */
import type { WeightedGraph } from './coarsen.ts';

export interface Adjacency {
  /** Node i's neighbours are `neighbour[first[i] .. first[i + 1]]`, in the order of `links`. */
  first: Int32Array;
  neighbour: Int32Array;
  /** The link each entry of `neighbour` comes from. */
  linkOf: Int32Array;
}

export function adjacencyOf({ size, links }: WeightedGraph): Adjacency {
  const first = new Int32Array(size + 1);
  for (const [a, b] of links) {
    first[a + 1]!++;
    first[b + 1]!++;
  }
  for (let i = 0; i < size; i++) first[i + 1]! += first[i]!;
  const neighbour = new Int32Array(first[size]!);
  const linkOf = new Int32Array(first[size]!);
  const fill = first.slice(0, size);
  links.forEach(([a, b], l) => {
    neighbour[fill[a]!] = b;
    linkOf[fill[a]!++] = l;
    neighbour[fill[b]!] = a;
    linkOf[fill[b]!++] = l;
  });
  return { first, neighbour, linkOf };
}
