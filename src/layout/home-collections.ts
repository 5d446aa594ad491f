/**
 * A node's home collection, where the map puts it: its own (a note's), itself (a collection's),
 * or for records that belong to none (lines, papers, stubs) the collection most of its neighbours
 * belong to, so a line sits among its sources and a paper among the lines citing it. Shared by
 * the build's layout and the network page (which names and tints the regions), so it has no
 * dependencies.
 */

/**
 * Home collection of each node: `own[i]` where given (-1 for none), else the most common home
 * among its neighbours, in two rounds (a line takes its sources', then a paper its lines'); ties
 * go to the lower collection index, so the result depends only on the graph.
 */
export function homeCollections(own: Int32Array, source: ArrayLike<number>, target: ArrayLike<number>, collections: number): Int32Array {
  const n = own.length;
  const m = source.length;
  const first = new Int32Array(n + 1);
  for (let l = 0; l < m; l++) {
    first[source[l]! + 1]!++;
    first[target[l]! + 1]!++;
  }
  for (let i = 0; i < n; i++) first[i + 1]! += first[i]!;
  const neighbour = new Int32Array(first[n]!);
  const fill = first.slice(0, n);
  for (let l = 0; l < m; l++) {
    const a = source[l]!;
    const b = target[l]!;
    neighbour[fill[a]!++] = b;
    neighbour[fill[b]!++] = a;
  }

  let home = Int32Array.from(own);
  const votes = new Int32Array(collections);
  for (let round = 0; round < 2; round++) {
    const next = Int32Array.from(home);
    for (let i = 0; i < n; i++) {
      if (home[i] !== -1) continue;
      let best = -1;
      for (let k = first[i]!; k < first[i + 1]!; k++) {
        const h = home[neighbour[k]!]!;
        if (h === -1) continue;
        votes[h]!++;
        if (best === -1 || votes[h]! > votes[best]! || (votes[h] === votes[best] && h < best)) best = h;
      }
      for (let k = first[i]!; k < first[i + 1]!; k++) {
        const h = home[neighbour[k]!]!;
        if (h !== -1) votes[h] = 0;
      }
      next[i] = best;
    }
    home = next;
  }
  return home;
}
