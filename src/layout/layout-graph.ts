/**
 * Build-time layout of the whole graph: a seeded d3-force simulation run to rest in Node, so the
 * network page paints a settled map at once and every build of the same notes draws the same map.
 *
 * Multilevel: the graph is coarsened (see `coarsen.ts`) down to a few hundred groups, the groups are
 * laid out from scratch, and each finer level starts from its parent's position and only needs a
 * short, cool run. At 11,000 nodes that is several times faster than one long run over all nodes,
 * and untangles clusters a short single-level run leaves knotted.
 *
 * d3 drives the simulation (alpha schedule, velocities, the pull to the centre); the two forces
 * that cost the most, the springs and the repulsion, are written here on typed arrays
 * (`link-force.ts`, `many-body.ts`), and the coarse levels keep only their strongest links
 * (`strongest-links.ts`).
 */
import { forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationNodeDatum } from 'd3-force';
import { compareText } from '../compare-text.ts';
import type { Graph } from '../model.ts';
import { collectionAnchors, homeCollections } from './collection-anchors.ts';
import { coarsen } from './coarsen.ts';
import type { WeightedGraph } from './coarsen.ts';
import { linkForce } from './link-force.ts';
import { manyBodyForce } from './many-body.ts';
import { hashSeed, mixSeed, seededRandom } from './seeded-random.ts';
import { strongestLinks } from './strongest-links.ts';

/** Integer coordinates of one node, in layout units (roughly CSS pixels at zoom 1). */
export interface LayoutPoint {
  x: number;
  y: number;
}

/** Node id → position, for every node of the graph laid out. */
export type Layout = ReadonlyMap<string, LayoutPoint>;

export interface LayoutOptions {
  /** Seeds the initial positions and d3-force's jiggle; another seed gives another, equally good map. */
  seed: number;
  /** Steps over the full graph, the expensive level. */
  ticks: number;
  /** Steps at each intermediate level. */
  levelTicks: number;
  /** Steps for the coarsest level, laid out from scratch. */
  coarsestTicks: number;
  /** Coarsening stops at this many groups. */
  coarsestSize: number;
  /** Temperature a finer level starts at: low, since it starts from a good layout. */
  refineAlpha: number;
  /** Barnes–Hut accuracy of the repulsion: higher is faster and coarser (d3's default is 0.9). */
  theta: number;
  /** Repulsion per node (negative pushes apart). */
  charge: number;
  linkDistance: number;
  /** Pull of forceX/forceY towards the origin, so the graph stays round and compact. */
  gravity: number;
  /** Extra pull on nodes outside the largest connected part, so they do not drift off the map. */
  strayGravity: number;
  /** Radius of the initial disc, per square root of the node count. */
  spread: number;
  /** Links kept per group at the coarse levels, its strongest (see `strongest-links.ts`). */
  coarseLinks: number;
  /** Pull of each node towards its collection's centre (see `collection-anchors.ts`). */
  anchorPull: number;
  /** A collection region's radius per square root of its members. */
  regionScale: number;
  /** Space between two collection regions. */
  regionGap: number;
  /** Strength of a link between two collections relative to one inside a collection. */
  crossLinks: number;
  /** Reach of the repulsion when collections are present: regions do not push each other apart. */
  chargeReach: number;
}

/**
 * Tuned on a synthetic corpus of 11,000 nodes and 82,000 edges clustered by collection: about
 * 6 s on the slow two-core machine this was written on, where one d3 run of 300 steps over all
 * nodes takes over a minute for a similar picture. Fewer steps leave clusters tangled. With the
 * forces on typed arrays and the coarse levels thinned to 8 links a group, the same steps take
 * about 1.2 s at 10,000 nodes and 85,000 links, and collections come out at least as clustered
 * (members nearer their collection's centre relative to other centres than with every link).
 */
export const defaultLayoutOptions: LayoutOptions = {
  seed: 1,
  ticks: 20,
  levelTicks: 25,
  coarsestTicks: 150,
  coarsestSize: 200,
  refineAlpha: 0.25,
  theta: 1.5,
  charge: -30,
  linkDistance: 30,
  gravity: 0.04,
  strayGravity: 0.1,
  spread: 10,
  coarseLinks: 8,
  anchorPull: 0.8,
  regionScale: 30,
  regionGap: 160,
  crossLinks: 0.05,
  chargeReach: 300,
};

interface LayoutNode extends SimulationNodeDatum {
  mass: number;
  stray: boolean;
  /** Where the node's collection pulls it, and how much of its mass belongs to a collection. */
  ax: number;
  ay: number;
  anchored: number;
}

interface Level {
  graph: WeightedGraph;
  /** Index of this level's node in the next coarser level (absent for the coarsest). */
  parent?: number[];
  /** Smallest original index in each node's group: names the group for seeding. */
  representative: number[];
}

/** Lay out `graph`; input order does not matter, since nodes and edges are sorted first. */
export function layoutGraph(graph: Graph, options: Partial<LayoutOptions> = {}): Layout {
  const o: LayoutOptions = { ...defaultLayoutOptions, ...options };
  const ids = [...new Set(graph.nodes.map((n) => n.id))].sort(compareText);
  const links = layoutLinks(graph, ids);
  const levels = buildLevels({ size: ids.length, mass: ids.map(() => 1), links, weights: links.map(() => 1) }, o);
  const stray = strayNodes(levels[0]!.graph);
  const anchors = levelAnchors(graph, ids, links, levels, o);

  let nodes: LayoutNode[] = [];
  for (let l = levels.length - 1; l >= 0; l--) {
    const level = levels[l]!;
    const strayHere = level.representative.map((r) => stray[r]!);
    const pull = anchors[l]!;
    const anchorOf = (i: number) => ({ ax: pull.x[i]!, ay: pull.y[i]!, anchored: pull.share[i]! });
    if (l === levels.length - 1) {
      nodes = level.representative.map((r, i) => {
        const start = initialPosition(ids[r]!, ids.length, o);
        // A group of a collection starts inside its region, so regions need not untangle.
        const inside = pull.share[i]! > 0 ? { x: pull.x[i]! + start.x * pull.fit, y: pull.y[i]! + start.y * pull.fit } : start;
        return { ...inside, mass: level.graph.mass[i]!, stray: strayHere[i]!, ...anchorOf(i) };
      });
      simulate(nodes, linksToSimulate(level.graph, l, o), 1, o.coarsestTicks, o, l);
    } else {
      const coarse = nodes;
      const jitter = seededRandom(mixSeed(o.seed + l));
      nodes = level.parent!.map((p, i) => ({
        x: coarse[p]!.x! + (jitter() - 0.5) * o.linkDistance,
        y: coarse[p]!.y! + (jitter() - 0.5) * o.linkDistance,
        mass: level.graph.mass[i]!,
        stray: strayHere[i]!,
        ...anchorOf(i),
      }));
      simulate(nodes, linksToSimulate(level.graph, l, o), o.refineAlpha, l === 0 ? o.ticks : o.levelTicks, o, l);
    }
  }

  const layout = new Map<string, LayoutPoint>();
  nodes.forEach((n, i) => layout.set(ids[i]!, { x: toInteger(n.x), y: toInteger(n.y) }));
  return layout;
}

interface LevelAnchors {
  /** Mean anchor of each group's members that have a collection. */
  x: Float64Array;
  y: Float64Array;
  /** Share of each group's mass that has a collection: how hard it is pulled to the anchor. */
  share: Float64Array;
  /** Scale from the initial disc of the whole graph to the typical region. */
  fit: number;
}

/** Each level's pull towards the collections' centres, from the nodes' home collections. */
function levelAnchors(graph: Graph, ids: readonly string[], links: [number, number][], levels: Level[], o: LayoutOptions): LevelAnchors[] {
  const byId = new Map<string, Graph['nodes'][number]>();
  for (const n of graph.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const names = [
    ...new Set(
      ids.flatMap((id) => {
        const n = byId.get(id)!;
        return n.kind === 'collection' ? [n.id] : n.collection ? [n.collection] : [];
      }),
    ),
  ].sort(compareText);
  const nameIndex = new Map(names.map((name, i) => [name, i]));
  const own = Int32Array.from(ids, (id) => {
    const n = byId.get(id)!;
    return n.kind === 'collection' ? nameIndex.get(n.id)! : n.collection ? nameIndex.get(n.collection)! : -1;
  });
  const source = Int32Array.from(links, (l) => l[0]);
  const target = Int32Array.from(links, (l) => l[1]);
  // With one collection (or none) there are no regions to tell apart: plain gravity does.
  const home = names.length < 2 ? new Int32Array(ids.length).fill(-1) : homeCollections(own, source, target, names.length);
  const anchors = collectionAnchors(home, source, target, names, { seed: o.seed, regionScale: o.regionScale, regionGap: o.regionGap, ticks: 300 });
  const largest = Math.max(1, ...anchors.radius);
  const fit = names.length > 0 ? (0.6 * largest) / (o.spread * Math.sqrt(Math.max(1, ids.length))) : 1;

  const result: LevelAnchors[] = [];
  let sx = Float64Array.from(home, (h) => (h >= 0 ? anchors.x[h]! : 0));
  let sy = Float64Array.from(home, (h) => (h >= 0 ? anchors.y[h]! : 0));
  let anchored = Float64Array.from(home, (h) => (h >= 0 ? 1 : 0));
  for (let l = 0; l < levels.length; l++) {
    const mass = levels[l]!.graph.mass;
    result.push({
      x: sx.map((v, i) => (anchored[i]! > 0 ? v / anchored[i]! : 0)),
      y: sy.map((v, i) => (anchored[i]! > 0 ? v / anchored[i]! : 0)),
      share: anchored.map((v, i) => v / mass[i]!),
      fit,
    });
    const parent = levels[l]!.parent;
    if (!parent) break;
    const size = levels[l + 1]!.graph.size;
    const [px, py, pa] = [new Float64Array(size), new Float64Array(size), new Float64Array(size)];
    parent.forEach((p, i) => ((px[p]! += sx[i]!), (py[p]! += sy[i]!), (pa[p]! += anchored[i]!)));
    [sx, sy, anchored] = [px, py, pa];
  }
  return result;
}

function buildLevels(base: WeightedGraph, o: LayoutOptions): Level[] {
  const levels: Level[] = [{ graph: base, representative: base.mass.map((_, i) => i) }];
  for (;;) {
    const fine = levels[levels.length - 1]!;
    if (fine.graph.size <= o.coarsestSize) break;
    const { coarse, parent } = coarsen(fine.graph);
    if (coarse.size > 0.9 * fine.graph.size) break; // nothing left worth merging
    const representative = new Array<number>(coarse.size).fill(Infinity);
    parent.forEach((p, i) => (representative[p] = Math.min(representative[p]!, fine.representative[i]!)));
    fine.parent = parent;
    levels.push({ graph: coarse, representative });
  }
  return levels;
}

/** The links a level is laid out with: all of them for the graph itself, the strongest above. */
function linksToSimulate(graph: WeightedGraph, level: number, o: LayoutOptions): WeightedGraph {
  return level === 0 ? graph : strongestLinks(graph, o.coarseLinks);
}

function simulate(nodes: LayoutNode[], graph: WeightedGraph, alpha: number, ticks: number, o: LayoutOptions, level: number): void {
  const alphaMin = 0.001;
  const { links, weights } = graph;
  // d3's default link strength, 1 / (links at the less linked end), weighted: a coarse link that
  // stands for many original links pulls harder, so clusters found by coarsening stay together.
  const linked = new Float64Array(graph.size);
  links.forEach(([a, b], l) => {
    linked[a]! += weights[l]!;
    linked[b]! += weights[l]!;
  });
  const source = new Int32Array(links.length);
  const target = new Int32Array(links.length);
  const distance = new Float64Array(links.length);
  const strength = new Float64Array(links.length);
  links.forEach(([a, b], l) => {
    source[l] = a;
    target[l] = b;
    distance[l] = (o.linkDistance * (Math.sqrt(nodes[a]!.mass) + Math.sqrt(nodes[b]!.mass))) / 2;
    // Links across collections pull less, or they would drag every region into the middle.
    const cross = Math.abs(nodes[a]!.ax - nodes[b]!.ax) + Math.abs(nodes[a]!.ay - nodes[b]!.ay) > 1;
    strength[l] = (weights[l]! / Math.min(linked[a]!, linked[b]!)) * (cross ? o.crossLinks : 1);
  });
  // Towards the collection's centre for what belongs to one, towards the middle for the rest.
  const pull = (n: LayoutNode) => n.anchored * o.anchorPull + (1 - n.anchored) * (n.stray ? o.strayGravity : o.gravity);
  forceSimulation<LayoutNode>()
    .stop() // d3 schedules a timer on creation; ticks are driven by hand
    .randomSource(seededRandom(mixSeed(o.seed ^ (level + 1))))
    .nodes(nodes)
    .alpha(alpha)
    .alphaMin(alphaMin)
    .alphaDecay(1 - Math.pow(alphaMin / alpha, 1 / Math.max(1, ticks)))
    .force('link', linkForce<LayoutNode>({ source, target, distance, strength }))
    .force(
      'charge',
      manyBodyForce<LayoutNode>({
        strength: (n) => o.charge * n.mass,
        theta: o.theta,
        distanceMax: nodes.some((n) => n.anchored > 0) ? o.chargeReach * Math.sqrt(Math.max(...nodes.map((n) => n.mass))) : Infinity,
      }),
    )
    .force('x', forceX<LayoutNode>((n) => n.ax * n.anchored).strength(pull))
    .force('y', forceY<LayoutNode>((n) => n.ay * n.anchored).strength(pull))
    .tick(ticks);
}

/**
 * Start each coarsest group at a point derived from its first member's id (not its index), so
 * adding one note does not move every other starting point.
 */
function initialPosition(id: string, count: number, o: LayoutOptions): LayoutPoint {
  const hash = hashSeed(id) ^ o.seed;
  // Two independent hashes: consecutive outputs of one LCG are correlated and would draw spirals.
  const radius = o.spread * Math.sqrt(count) * Math.sqrt(mixSeed(hash) / 4294967296);
  const angle = (2 * Math.PI * mixSeed(hash ^ 0x9e3779b9)) / 4294967296;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** One link per connected pair: parallel edges of different kinds would pull twice as hard. */
function layoutLinks(graph: Graph, ids: readonly string[]): [number, number][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  // Each pair as one number (lower index × n + higher), sorted as numbers, repeats side by side.
  const keys = new Float64Array(graph.edges.length);
  let count = 0;
  for (const e of graph.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    keys[count++] = Math.min(a, b) * n + Math.max(a, b);
  }
  const sorted = keys.subarray(0, count).sort();
  const links: [number, number][] = [];
  for (let k = 0; k < count; k++) {
    const key = sorted[k]!;
    if (k > 0 && key === sorted[k - 1]) continue;
    links.push([Math.floor(key / n), key % n]);
  }
  return links;
}

/** Nodes outside the largest connected part (ties: the part holding the smallest index). */
function strayNodes(graph: WeightedGraph): boolean[] {
  const root = graph.mass.map((_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]!]!;
    return i;
  };
  for (const [a, b] of graph.links) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) root[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const size = new Map<number, number>();
  for (let i = 0; i < graph.size; i++) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
  let main = 0;
  for (const [r, s] of size) if (s > (size.get(main) ?? 0) || (s === size.get(main) && r < main)) main = r;
  return root.map((_, i) => find(i) !== main);
}

function toInteger(value: number | undefined): number {
  const rounded = Math.round(value ?? 0);
  return Number.isFinite(rounded) ? rounded + 0 : 0; // `+ 0` turns -0 into 0
}
