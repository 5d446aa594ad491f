/**
 * One frame of the network canvas, drawn as a map: collection regions as faint tinted discs,
 * edges as a faint haze (only a focused or hovered node's edges stand out), nodes sized by their
 * links and told apart by shape and colour, and labels placed by importance where they overlap no
 * other: the collections' names and the biggest hubs first, more of the smaller ones as the view
 * zooms in. Positions are projected once per frame, edges go into one path and nodes into one
 * path per kind, and whatever lies off screen is skipped.
 */
import { KIND_KEYS, traceShape } from './graph-kinds.ts';
import type { GraphTheme } from './graph-kinds.ts';
import { LabelGrid } from './graph-network-labels.ts';
import type { LabelBox } from './graph-network-labels.ts';
import type { NetworkModel } from './graph-network-model.ts';

/** Screen (CSS pixel) = world × k + (x, y). */
export interface Viewport {
  k: number;
  x: number;
  y: number;
  width: number;
  height: number;
  dpr: number;
}

export interface DrawState {
  /** 1 where a node passes the filters. */
  visible: Uint8Array;
  focus: number;
  hover: number;
  /** The lit node (hovered, else focused) and its neighbours, drawn on top with the rest dimmed. */
  highlighted: ReadonlySet<number> | null;
  /** The node whose edges are lit: the hovered one, else the focused one, else -1. */
  lit: number;
}

/** A collection's region: the centre and spread of its members, in world units. */
export interface Region {
  collection: number;
  title: string;
  x: number;
  y: number;
  radius: number;
  members: number;
  colour: string;
}

/** What a frame needs that does not change from frame to frame. */
export interface DrawCache {
  /** Each node's size relative to the base radius, from its links. */
  size: Float32Array;
  /** Width of each node's short label at the label font, measured once (NaN until then). */
  width: Float32Array;
  regions: Region[];
}

/** A label as drawn, for tests and scripts: its text, its box on the canvas, its node or collection. */
export interface DrawnLabel {
  id: string;
  text: string;
  box: LabelBox;
}

const LABEL_FONT = '12px system-ui, sans-serif';
const STRONG_FONT = '600 13px system-ui, sans-serif';
const REGION_FONT = '700 13px system-ui, sans-serif';
const LABEL_HEIGHT = 15;
/** Screen area per node label: keeps the map readable, however many nodes are on screen. */
const AREA_PER_LABEL = 22000;
/** Room kept clear around each label. */
const PAD = 3;
const SHORT_TITLE = 34;
const EDGES_PER_PATH = 500;
/** Room the zoom buttons take at the top right. */
const ZOOM_BAR_WIDTH = 140;
const ZOOM_BAR_HEIGHT = 48;
/** Edges drawn at most in a frame of the overview (a lit node's edges are always all drawn). */
const EDGE_BUDGET = 5000;

export function nodeRadius(k: number): number {
  return Math.max(0.7, Math.min(6, 3.2 * Math.sqrt(k)));
}

/** Size by links: a leaf is 1, a node with 100 links about 3; square root, so hubs do not swamp. */
export function createDrawCache(model: NetworkModel, regions: Region[]): DrawCache {
  const size = Float32Array.from(model.degree, (d) => Math.min(5, 0.6 + 0.3 * Math.sqrt(d)));
  return { size, width: new Float32Array(model.nodes.length).fill(NaN), regions };
}

/** Each collection's region from the current positions of its home nodes; tints by index. */
export function computeRegions(model: NetworkModel): Region[] {
  const c = model.collections.length;
  const sx = new Float64Array(c);
  const sy = new Float64Array(c);
  const n = new Float64Array(c);
  model.home.forEach((h, i) => h >= 0 && ((sx[h]! += model.x[i]!), (sy[h]! += model.y[i]!), n[h]!++));
  const spread = new Float64Array(c);
  model.home.forEach((h, i) => h >= 0 && (spread[h]! += (model.x[i]! - sx[h]! / n[h]!) ** 2 + (model.y[i]! - sy[h]! / n[h]!) ** 2));
  const regions: Region[] = [];
  for (let h = 0; h < c; h++) {
    if (n[h] === 0) continue;
    regions.push({
      collection: h,
      title: model.collections[h]!.title,
      x: sx[h]! / n[h]!,
      y: sy[h]! / n[h]!,
      radius: 0.8 * Math.sqrt(spread[h]! / n[h]!) + 10,
      members: n[h]!,
      // Hues a golden angle apart: neighbouring indices never get similar tints.
      colour: `hsl(${Math.round((h * 137.508) % 360)} 55% 55%)`,
    });
  }
  return regions.sort((a, b) => b.members - a.members || a.collection - b.collection);
}

export function drawNetwork(ctx: CanvasRenderingContext2D, model: NetworkModel, view: Viewport, state: DrawState, theme: GraphTheme, cache: DrawCache, labels = true): DrawnLabel[] {
  const count = model.nodes.length;
  const sx = new Float32Array(count);
  const sy = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    sx[i] = model.x[i]! * view.k + view.x;
    sy[i] = model.y[i]! * view.k + view.y;
  }
  const base = nodeRadius(view.k);
  const radius = (i: number) => base * cache.size[i]! * (i === state.focus ? 1.4 : 1);
  const shows = (i: number) => state.visible[i] === 1 || i === state.focus;
  const onScreen = (i: number, margin: number) => sx[i]! > -margin && sx[i]! < view.width + margin && sy[i]! > -margin && sy[i]! < view.height + margin;
  const lit = state.highlighted;

  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);

  // Regions: a faint tint under each collection's members, so collections read as areas.
  const regionShown = regionVisibility(model, state);
  ctx.globalAlpha = lit ? 0.06 : 0.12;
  for (const region of cache.regions) {
    if (!regionShown[region.collection]) continue;
    const x = region.x * view.k + view.x;
    const y = region.y * view.k + view.y;
    const r = region.radius * view.k;
    if (x + r < 0 || x - r > view.width || y + r < 0 || y - r > view.height) continue;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = region.colour;
    ctx.fill();
  }

  // Edges: a faint haze, fainter the more there are, so structure shows and nodes stay on top.
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.text;
  const strokeEdges = (pick: (s: number, t: number) => boolean, alpha: number, spread: boolean) => {
    const shown = (e: number) => {
      const s = model.edgeSource[e]!;
      const t = model.edgeTarget[e]!;
      if (!shows(s) || !shows(t) || !pick(s, t)) return false;
      // An edge with neither end in view is only haze across the view: a lit node's edges
      // are drawn whole, the rest only when one end is in view.
      if (spread) return onScreen(s, 0) || onScreen(t, 0);
      const x1 = sx[s]!,
        y1 = sy[s]!,
        x2 = sx[t]!,
        y2 = sy[t]!;
      return !((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > view.width && x2 > view.width) || (y1 > view.height && y2 > view.height));
    };
    let total = 0;
    if (spread) for (let e = 0; e < model.edgeSource.length; e++) if (shown(e)) total++;
    // Past the budget only every `stride`-th edge is drawn: a haze reads the same, at a fraction
    // of the rasterising (which, not the script, is what a frame of 100,000 edges waits on).
    const stride = spread ? Math.max(1, Math.ceil(total / EDGE_BUDGET)) : 1;
    ctx.globalAlpha = spread ? alpha * Math.min(1, Math.sqrt(400 / Math.max(1, total / stride))) : alpha;
    // Stroked in short paths: one path of 100,000 crossing segments costs the rasteriser far more
    // than a hundred paths of a thousand.
    let inPath = 0;
    let seen = 0;
    ctx.beginPath();
    for (let e = 0; e < model.edgeSource.length; e++) {
      if (!shown(e) || seen++ % stride !== 0) continue;
      const s = model.edgeSource[e]!;
      const t = model.edgeTarget[e]!;
      ctx.moveTo(sx[s]!, sy[s]!);
      ctx.lineTo(sx[t]!, sy[t]!);
      if (++inPath === EDGES_PER_PATH) {
        ctx.stroke();
        ctx.beginPath();
        inPath = 0;
      }
    }
    if (inPath > 0) ctx.stroke();
  };
  strokeEdges(lit ? (s, t) => s !== state.lit && t !== state.lit : () => true, lit ? 0.08 : 0.2, true);

  // Nodes, one path per kind; dimmed ones first so lit ones sit on top.
  const passes = lit ? [false, true] : [true];
  for (const litPass of passes) {
    if (litPass && lit) {
      ctx.globalAlpha = 0.75;
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = theme.text;
      strokeEdges((s, t) => s === state.lit || t === state.lit, 0.75, false);
    }
    ctx.globalAlpha = lit && !litPass ? 0.2 : 1;
    for (let k = 0; k < KIND_KEYS.length; k++) {
      const key = KIND_KEYS[k]!;
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < count; i++) {
        if (model.keyIndex[i] !== k || !shows(i)) continue;
        const r = radius(i);
        if (!onScreen(i, r * 2)) continue;
        if (lit && lit.has(i) !== litPass) continue;
        // Below a few pixels shapes cannot be told apart anyway, and squares rasterise fastest.
        if (r < 2.2) ctx.rect(sx[i]! - r, sy[i]! - r, 2 * r, 2 * r);
        else traceShape(ctx, key, sx[i]!, sy[i]!, r);
        any = true;
      }
      if (!any) continue;
      if (key === 'stub' && base >= 2.5) {
        ctx.fillStyle = theme.background;
        ctx.fill();
        ctx.strokeStyle = theme.kinds.stub;
        ctx.lineWidth = Math.max(1, base / 3);
        ctx.setLineDash(base > 3 ? [base / 2, base / 3] : []);
        ctx.stroke();
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = theme.kinds[key];
        ctx.fill();
      }
    }
  }
  ctx.globalAlpha = 1;

  for (const [i, colour] of [
    [state.focus, theme.focus],
    [state.hover, theme.text],
  ] as const) {
    if (i < 0) continue;
    ctx.beginPath();
    traceShape(ctx, model.nodes[i]!.key, sx[i]!, sy[i]!, radius(i) + 3);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  return labels ? drawLabels(ctx, model, view, state, theme, cache, { sx, sy, radius, shows, onScreen, regionShown }) : [];
}

interface Projected {
  sx: Float32Array;
  sy: Float32Array;
  radius: (i: number) => number;
  shows: (i: number) => boolean;
  onScreen: (i: number, margin: number) => boolean;
  regionShown: Uint8Array;
}

/**
 * Labels, most important first, each where it overlaps no label placed before it: the hovered
 * and focused nodes with their neighbours, then the collections' names at their regions' centres,
 * then nodes by links until the screen holds about one label per `AREA_PER_LABEL`.
 */
function drawLabels(ctx: CanvasRenderingContext2D, model: NetworkModel, view: Viewport, state: DrawState, theme: GraphTheme, cache: DrawCache, p: Projected): DrawnLabel[] {
  const { sx, sy, radius, shows, onScreen } = p;
  const grid = new LabelGrid(view.width);
  // The zoom buttons sit over the map's top right corner: no label goes under them.
  grid.add([view.width - ZOOM_BAR_WIDTH, 0, view.width, ZOOM_BAR_HEIGHT]);
  const drawn: DrawnLabel[] = [];
  const done = new Set<number>();
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';

  const write = (text: string, box: LabelBox, font: string, colour: string, id: string) => {
    grid.add([box[0] - PAD, box[1] - PAD, box[2] + PAD, box[3] + PAD]);
    ctx.font = font;
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = theme.background;
    const y = (box[1] + box[3]) / 2;
    ctx.strokeText(text, box[0], y);
    ctx.fillStyle = colour;
    ctx.fillText(text, box[0], y);
    drawn.push({ id, text, box });
  };
  const padded = (b: LabelBox): LabelBox => [b[0] - PAD, b[1] - PAD, b[2] + PAD, b[3] + PAD];
  const inView = (b: LabelBox) => b[0] >= 0 && b[1] >= 0 && b[2] <= view.width && b[3] <= view.height;

  /** Right of the node, else left, else above, else below: the first free spot, if any. */
  const placeNode = (i: number, full: boolean): boolean => {
    if (done.has(i)) return false;
    const title = model.nodes[i]!.title;
    const text = full ? truncate(title, 80) : truncate(title, SHORT_TITLE);
    const font = full ? STRONG_FONT : LABEL_FONT;
    let width: number;
    if (full) {
      ctx.font = font;
      width = ctx.measureText(text).width;
    } else {
      if (Number.isNaN(cache.width[i]!)) {
        ctx.font = LABEL_FONT;
        cache.width[i] = ctx.measureText(text).width;
      }
      width = cache.width[i]!;
    }
    const x = sx[i]!;
    const y = sy[i]!;
    const r = radius(i) + 3;
    const h = LABEL_HEIGHT / 2;
    const spots: LabelBox[] = [
      [x + r, y - h, x + r + width, y + h],
      [x - r - width, y - h, x - r, y + h],
      [x - width / 2, y - r - 2 * h, x + width / 2, y - r],
      [x - width / 2, y + r, x + width / 2, y + r + 2 * h],
    ];
    for (const box of spots) {
      if (!inView(box) || !grid.free(padded(box))) continue;
      done.add(i);
      write(text, box, font, theme.text, model.nodes[i]!.id);
      return true;
    }
    return false;
  };

  for (const i of [state.hover, state.focus]) if (i >= 0 && shows(i) && onScreen(i, 0)) placeNode(i, true);
  if (state.highlighted) {
    const around = [...state.highlighted].filter((i) => shows(i) && onScreen(i, 0)).sort((a, b) => model.degree[b]! - model.degree[a]! || a - b);
    for (const i of around) placeNode(i, false);
  }

  const named = new Set<number>();
  ctx.font = REGION_FONT;
  for (const region of cache.regions) {
    if (!p.regionShown[region.collection]) continue;
    const x = region.x * view.k + view.x;
    const y = region.y * view.k + view.y;
    const text = truncate(region.title, 40);
    const width = ctx.measureText(text).width;
    const box: LabelBox = [x - width / 2, y - 9, x + width / 2, y + 9];
    if (!inView(box) || !grid.free(padded(box))) continue;
    const id = model.collections[region.collection]!.id;
    write(text, box, REGION_FONT, theme.text, id);
    const node = model.byId.get(id);
    if (node !== undefined) named.add(node);
    ctx.font = REGION_FONT;
  }

  const budget = Math.max(6, Math.floor((view.width * view.height) / AREA_PER_LABEL));
  let placed = 0;
  let tried = 0;
  for (let n = 0; n < model.byImportance.length && placed < budget && tried < budget * 8; n++) {
    const i = model.byImportance[n]!;
    if (!shows(i) || !onScreen(i, 0) || (state.highlighted && !state.highlighted.has(i))) continue;
    // A collection is named by its region already.
    if (model.nodes[i]!.kind === 'collection' && named.has(i)) continue;
    tried++;
    if (placeNode(i, false)) placed++;
  }
  return drawn;
}

/** 1 for each collection with at least one node passing the filters. */
function regionVisibility(model: NetworkModel, state: DrawState): Uint8Array {
  const shown = new Uint8Array(model.collections.length);
  for (let i = 0; i < model.home.length; i++) if (state.visible[i] && model.home[i]! >= 0) shown[model.home[i]!] = 1;
  return shown;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
