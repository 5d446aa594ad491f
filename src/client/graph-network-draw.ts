/**
 * One frame of the network canvas. Cheap enough for 11,000 nodes and 80,000 edges at 60 fps:
 * positions are projected once per frame, edges go into one path per style and nodes into one
 * path per kind, and whatever lies off screen is skipped.
 */
import { KIND_KEYS, traceShape } from './graph-kinds.ts';
import type { GraphTheme } from './graph-kinds.ts';
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
  /** The focused node and its neighbours, drawn on top with the rest dimmed; null when none. */
  highlighted: ReadonlySet<number> | null;
}

/** Zoom from which every node on screen gets its title (when not too many are on screen). */
export const LABEL_ZOOM = 1.4;
const MAX_LABELS = 250;

export function nodeRadius(k: number): number {
  return Math.max(1.6, Math.min(9, 4.5 * Math.sqrt(k)));
}

export function drawNetwork(ctx: CanvasRenderingContext2D, model: NetworkModel, view: Viewport, state: DrawState, theme: GraphTheme): void {
  const count = model.nodes.length;
  const sx = new Float32Array(count);
  const sy = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    sx[i] = model.x[i]! * view.k + view.x;
    sy[i] = model.y[i]! * view.k + view.y;
  }
  const r = nodeRadius(view.k);
  const shows = (i: number) => state.visible[i] === 1 || i === state.focus;
  const onScreen = (i: number, margin: number) => sx[i]! > -margin && sx[i]! < view.width + margin && sy[i]! > -margin && sy[i]! < view.height + margin;
  const lit = state.highlighted;

  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);

  // Edges: faint when zoomed out (they are many), stronger in close.
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.text;
  // Alpha falls with the number of edges drawn, so 80,000 overlapping hairlines stay a haze and
  // a few dozen stay visible.
  const strokeEdges = (pick: (s: number, t: number) => boolean, alpha: number) => {
    ctx.beginPath();
    let drawn = 0;
    for (let e = 0; e < model.edgeSource.length; e++) {
      const s = model.edgeSource[e]!;
      const t = model.edgeTarget[e]!;
      if (!shows(s) || !shows(t) || !pick(s, t)) continue;
      const x1 = sx[s]!, y1 = sy[s]!, x2 = sx[t]!, y2 = sy[t]!;
      if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > view.width && x2 > view.width) || (y1 > view.height && y2 > view.height)) continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      drawn++;
    }
    ctx.globalAlpha = alpha * Math.min(1, Math.sqrt(2000 / Math.max(1, drawn)));
    ctx.stroke();
  };
  const base = Math.min(0.4, 0.15 + 0.1 * view.k);
  if (lit) {
    strokeEdges((s, t) => s !== state.focus && t !== state.focus, base * 0.5);
    ctx.lineWidth = 1.5;
    strokeEdges((s, t) => s === state.focus || t === state.focus, 0.8);
  } else {
    strokeEdges(() => true, base);
  }

  // Nodes, one path per kind; dimmed ones first so highlighted ones sit on top.
  const passes = lit ? [false, true] : [true];
  for (const litPass of passes) {
    ctx.globalAlpha = lit && !litPass ? 0.25 : 1;
    for (let k = 0; k < KIND_KEYS.length; k++) {
      const key = KIND_KEYS[k]!;
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < count; i++) {
        if (model.keyIndex[i] !== k || !shows(i) || !onScreen(i, r * 2)) continue;
        if (lit && lit.has(i) !== litPass) continue;
        // Below a few pixels shapes cannot be told apart anyway, and squares rasterise fastest.
        if (r < 2.5 && i !== state.focus) ctx.rect(sx[i]! - r, sy[i]! - r, 2 * r, 2 * r);
        else traceShape(ctx, key, sx[i]!, sy[i]!, i === state.focus ? r * 1.6 : r);
        any = true;
      }
      if (!any) continue;
      if (key === 'stub' && r >= 2.5) {
        ctx.fillStyle = theme.background;
        ctx.fill();
        ctx.strokeStyle = theme.kinds.stub;
        ctx.lineWidth = Math.max(1, r / 3);
        ctx.setLineDash(r > 3 ? [r / 2, r / 3] : []);
        ctx.stroke();
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = theme.kinds[key];
        ctx.fill();
      }
    }
  }
  ctx.globalAlpha = 1;

  for (const [i, colour] of [[state.focus, theme.focus], [state.hover, theme.text]] as const) {
    if (i < 0) continue;
    ctx.beginPath();
    traceShape(ctx, model.nodes[i]!.key, sx[i]!, sy[i]!, (i === state.focus ? r * 1.6 : r) + 3);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  // Labels: every node on screen once zoomed in, else the focused node, its neighbours and the
  // hovered one; a label that would overlap one already placed is skipped.
  const wanted: number[] = [];
  if (state.hover >= 0) wanted.push(state.hover);
  if (state.focus >= 0) wanted.push(state.focus);
  if (lit) for (const i of lit) if (onScreen(i, 0)) wanted.push(i);
  if (view.k >= LABEL_ZOOM) {
    const more: number[] = [];
    for (let i = 0; i < count && more.length <= MAX_LABELS; i++) if (shows(i) && onScreen(i, 0) && (!lit || lit.has(i))) more.push(i);
    if (more.length <= MAX_LABELS) wanted.push(...more.sort((a, b) => model.neighbours[b]!.length - model.neighbours[a]!.length || a - b));
  }
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const placed: [number, number, number, number][] = [];
  const done = new Set<number>();
  for (const i of wanted) {
    if (done.has(i)) continue;
    done.add(i);
    const text = truncate(model.nodes[i]!.title, 48);
    const width = ctx.measureText(text).width;
    const free = (b: [number, number, number, number]) => !placed.some((p) => p[0] < b[2] && b[0] < p[2] && p[1] < b[3] && b[1] < p[3]);
    const right: [number, number, number, number] = [sx[i]! + r + 4, sy[i]! - 8, sx[i]! + r + 4 + width, sy[i]! + 8];
    const left: [number, number, number, number] = [sx[i]! - r - 4 - width, sy[i]! - 8, sx[i]! - r - 4, sy[i]! + 8];
    const box = free(right) ? right : free(left) ? left : null;
    if (!box) continue;
    const x = box[0];
    placed.push(box);
    ctx.lineWidth = 3;
    ctx.strokeStyle = theme.background;
    ctx.strokeText(text, x, sy[i]!);
    ctx.fillStyle = theme.text;
    ctx.fillText(text, x, sy[i]!);
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
