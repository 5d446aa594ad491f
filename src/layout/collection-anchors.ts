/**
 * Where each collection's region sits on the map. A force layout of the whole graph alone draws a
 * hairball: collections share so many links that their members mix. Here the collections are laid
 * out first, as discs sized by their members and pulled together by the links between them, and
 * each node is then pulled towards its collection's centre (its anchor), so collections read as
 * regions and linked collections as neighbouring regions.
 * Which collection a node belongs to for this: see `home-collections.ts`.
 */
import { forceCollide, forceLink, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { hashSeed, mixSeed, seededRandom } from './seeded-random.ts';

export { homeCollections } from './home-collections.ts';

export interface AnchorOptions {
  seed: number;
  /** A region's radius per square root of its members, in layout units. */
  regionScale: number;
  /** Space left between two regions, in layout units. */
  regionGap: number;
  ticks: number;
}

export interface CollectionAnchors {
  /** Home collection of each node (index into the collection list), or -1 for none. */
  home: Int32Array;
  /** Centre of each collection's region. */
  x: Float64Array;
  y: Float64Array;
  /** Radius of each region. */
  radius: Float64Array;
}

interface AnchorNode extends SimulationNodeDatum {
  r: number;
  members: number;
}

/**
 * Lay out the collections as non-overlapping discs, each as big as its members need, drawn
 * together by the links between their members. `names` seed the starting points, so adding a
 * collection does not move the others' starting points.
 */
export function collectionAnchors(home: Int32Array, source: ArrayLike<number>, target: ArrayLike<number>, names: readonly string[], o: AnchorOptions): CollectionAnchors {
  const c = names.length;
  const members = new Float64Array(c);
  for (let i = 0; i < home.length; i++) if (home[i]! >= 0) members[home[i]!]!++;
  const radius = Float64Array.from(members, (m) => o.regionScale * Math.sqrt(Math.max(1, m)));

  // Links between collections, weighted by how many member links they stand for.
  const between = new Map<number, number>();
  for (let l = 0; l < source.length; l++) {
    const ha = home[source[l]!]!;
    const hb = home[target[l]!]!;
    if (ha < 0 || hb < 0 || ha === hb) continue;
    const key = Math.min(ha, hb) * c + Math.max(ha, hb);
    between.set(key, (between.get(key) ?? 0) + 1);
  }
  const keys = [...between.keys()].sort((a, b) => a - b);
  const total = Float64Array.from(members, () => 0);
  for (const key of keys) {
    total[Math.floor(key / c)]! += between.get(key)!;
    total[key % c]! += between.get(key)!;
  }

  const spread = o.regionScale * Math.sqrt(Math.max(1, home.length)) * 1.5;
  const nodes: AnchorNode[] = names.map((name, i) => {
    const hash = hashSeed(name) ^ o.seed;
    const r = spread * Math.sqrt(mixSeed(hash) / 4294967296);
    const angle = (2 * Math.PI * mixSeed(hash ^ 0x9e3779b9)) / 4294967296;
    return { x: r * Math.cos(angle), y: r * Math.sin(angle), r: radius[i]!, members: members[i]! };
  });
  const anchorLinks: (SimulationLinkDatum<AnchorNode> & { w: number })[] = keys.map((key) => {
    const a = Math.floor(key / c);
    const b = key % c;
    return { source: a, target: b, w: between.get(key)! / Math.min(total[a]!, total[b]!) };
  });
  if (c > 1) {
    forceSimulation<AnchorNode>()
      .stop()
      .randomSource(seededRandom(mixSeed(o.seed ^ 0x5bd1e995)))
      .nodes(nodes)
      .force(
        'link',
        forceLink<AnchorNode, (typeof anchorLinks)[number]>(anchorLinks)
          .distance((l) => (l.source as AnchorNode).r + (l.target as AnchorNode).r + o.regionGap)
          .strength((l) => l.w),
      )
      .force('collide', forceCollide<AnchorNode>((n) => n.r + o.regionGap / 2).iterations(3))
      // A pull to the middle keeps the regions together as one map rather than scattered islands.
      .force('x', forceX<AnchorNode>(0).strength(0.05))
      .force('y', forceY<AnchorNode>(0).strength(0.05))
      .tick(o.ticks);
  }
  separate(nodes, o.regionGap);
  return {
    home,
    x: Float64Array.from(nodes, (n) => n.x ?? 0),
    y: Float64Array.from(nodes, (n) => n.y ?? 0),
    radius,
  };
}

/** Push apart every pair of overlapping discs until none overlap (pairs in index order). */
function separate(nodes: AnchorNode[], gap: number): void {
  for (let round = 0; round < 100; round++) {
    let moved = false;
    for (let a = 0; a < nodes.length; a++) {
      for (let b = a + 1; b < nodes.length; b++) {
        const p = nodes[a]!;
        const q = nodes[b]!;
        let dx = q.x! - p.x!;
        let dy = q.y! - p.y!;
        let d = Math.hypot(dx, dy);
        const want = p.r + q.r + gap;
        if (d >= want) continue;
        if (d === 0) {
          dx = 1;
          dy = 0;
          d = 1;
        }
        // The lighter region gives way more, so big regions stay where the links put them.
        const share = q.members / (p.members + q.members || 1);
        const push = want - d;
        p.x! -= (dx / d) * push * share;
        p.y! -= (dy / d) * push * share;
        q.x! += (dx / d) * push * (1 - share);
        q.y! += (dy / d) * push * (1 - share);
        moved = true;
      }
    }
    if (!moved) break;
  }
}
