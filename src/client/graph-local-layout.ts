/**
 * Positions for a local graph: a small seeded d3-force run, ticked to rest at once (it is a few
 * dozen nodes), the centre pinned at the origin. Seeded by the centre's id, and started from the
 * build-time map's positions when the file has them, so the same page always draws the same picture
 * and neighbours keep the direction they have on the full network.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { NeighbourhoodData } from '../site/graph-data.ts';
import { hashSeed, seededRandom } from '../layout/seeded-random.ts';

export interface LocalLayoutOptions {
  depth: 1 | 2;
  /** Preferred distance from the centre to a neighbour, in view units. */
  ring: number;
  ticks: number;
}

export const defaultLocalLayoutOptions: LocalLayoutOptions = { depth: 1, ring: 110, ticks: 300 };

export interface PlacedNode {
  /** Index into the file's `nodes`. */
  index: number;
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  index: number;
  depth: number;
}

/** Positions of the nodes shown at `depth`, the centre (index 0) at (0, 0). */
export function localLayout(data: NeighbourhoodData, options: Partial<LocalLayoutOptions> = {}): PlacedNode[] {
  const o = { ...defaultLocalLayoutOptions, ...options };
  const shown = data.nodes.map((n, index) => ({ n, index })).filter(({ n }) => n.depth <= o.depth);
  const centre = data.nodes[0];
  const scale = startScale(data, o.ring);
  const nodes: SimNode[] = shown.map(({ n, index }, i) => {
    const spiral = o.ring * (0.5 + Math.sqrt(i) * 0.3);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    const fromMap = n.x !== undefined && n.y !== undefined && centre?.x !== undefined && centre.y !== undefined && scale > 0;
    return {
      index,
      depth: n.depth,
      x: fromMap ? (n.x! - centre.x!) * scale : spiral * Math.cos(angle),
      y: fromMap ? (n.y! - centre.y!) * scale : spiral * Math.sin(angle),
      ...(n.depth === 0 ? { fx: 0, fy: 0 } : {}),
    };
  });
  const position = new Map(nodes.map((n, i) => [n.index, i]));
  const links: SimulationLinkDatum<SimNode>[] = data.edges
    .filter((e) => position.has(e.source) && position.has(e.target) && e.source !== e.target)
    .map((e) => ({ source: position.get(e.source)!, target: position.get(e.target)! }));
  const toCentre = (l: SimulationLinkDatum<SimNode>) => (l.source as SimNode).depth === 0 || (l.target as SimNode).depth === 0;

  forceSimulation<SimNode>()
    .stop()
    .randomSource(seededRandom(hashSeed(data.center)))
    .nodes(nodes)
    // Links among neighbours pull weakly: the picture is about the centre, so its neighbours
    // spread around it rather than bunch up where they link to each other.
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).distance((l) => (toCentre(l) ? o.ring : o.ring * 0.6)).strength((l) => (toCentre(l) ? 0.4 : 0.05)))
    .force('charge', forceManyBody<SimNode>().strength(-o.ring * 4).distanceMax(o.ring * 3))
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .tick(nodes.length > 300 ? Math.ceil(o.ticks / 3) : o.ticks); // a hub's hundreds of neighbours: keep it quick

  return nodes.map((n) => ({ index: n.index, x: n.x ?? 0, y: n.y ?? 0 }));
}

/** Map units → view units, so the median neighbour starts about one ring out. */
function startScale(data: NeighbourhoodData, ring: number): number {
  const c = data.nodes[0];
  if (c?.x === undefined || c.y === undefined) return 0;
  const distances = data.nodes
    .slice(1)
    .filter((n) => n.x !== undefined && n.y !== undefined)
    .map((n) => Math.hypot(n.x! - c.x!, n.y! - c.y!))
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  const median = distances[Math.floor(distances.length / 2)];
  return median ? ring / median : 0;
}
