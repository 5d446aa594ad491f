/**
 * How graph nodes look, shared by the local graph (SVG) and the network (canvas): kinds are told
 * apart by shape as well as colour, so the graph reads in greyscale and for colour-blind readers.
 * Colours come from the site's `--kind-*` custom properties, so they follow the theme.
 */
import type { KindKey } from '../vocabulary.ts';
import { KIND_KEYS, KIND_LABELS, kindKeyOf } from '../vocabulary.ts';

// What a node looks like (a stub note looks different from a written one): the shared vocabulary.
export { KIND_KEYS, type KindKey } from '../vocabulary.ts';
export const KIND_NAMES = KIND_LABELS;
export const kindKey = kindKeyOf;

/** Used when the stylesheet does not define a colour (the site's light theme values). */
const FALLBACK_COLOURS: Readonly<Record<KindKey, string>> = {
  line: '#b45309',
  note: '#1d64d8',
  stub: '#6b7280',
  paper: '#15803d',
  collection: '#7e3ccf',
};

/** The theme's kind colours as computed for `element`. */
export function kindColours(element: Element): Record<KindKey, string> {
  const style = getComputedStyle(element);
  const colours = { ...FALLBACK_COLOURS };
  for (const key of KIND_KEYS) colours[key] = style.getPropertyValue(`--kind-${key}`).trim() || FALLBACK_COLOURS[key];
  return colours;
}

/** Colours a graph is drawn in, read from the page so the graph follows its theme. */
export interface GraphTheme {
  kinds: Record<KindKey, string>;
  text: string;
  /** What the graph is drawn on: label halos, stub fills, tooltips. */
  background: string;
  focus: string;
}

/** The theme as computed for `element`: its colour, its (or the page's) background, `--focus`. */
export function readGraphTheme(element: Element): GraphTheme {
  const style = getComputedStyle(element);
  const transparent = (c: string) => c === '' || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
  const page = getComputedStyle(document.body).backgroundColor;
  return {
    kinds: kindColours(element),
    text: style.color || '#1d2024',
    background: !transparent(style.backgroundColor) ? style.backgroundColor : !transparent(page) ? page : '#ffffff',
    focus: style.getPropertyValue('--focus').trim() || '#c2410c',
  };
}

/**
 * Outline of a kind's shape around (0, 0) with "radius" r, as polygon corners; `null` means a
 * circle. Areas are roughly equal, so no kind looks more important by size alone.
 */
export function shapeCorners(key: KindKey, r: number): [number, number][] | null {
  switch (key) {
    case 'line': {
      const h = r * 0.89; // square of the circle's area
      return [
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ];
    }
    case 'paper': {
      const d = r * 1.25;
      return [
        [0, -d],
        [d, 0],
        [0, d],
        [-d, 0],
      ];
    }
    case 'collection': {
      const h = r * 1.1;
      return [0, 1, 2, 3, 4, 5].map((i): [number, number] => [h * Math.cos((Math.PI / 3) * i), h * Math.sin((Math.PI / 3) * i)]);
    }
    default:
      return null;
  }
}

/** SVG path data for a kind's shape centred on (x, y). */
export function shapePath(key: KindKey, x: number, y: number, r: number): string {
  const corners = shapeCorners(key, r);
  const f = (n: number) => String(Math.round(n * 100) / 100);
  if (!corners) return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
  return corners.map(([dx, dy], i) => `${i ? 'L' : 'M'}${f(x + dx)} ${f(y + dy)}`).join('') + 'Z';
}

/** Add a kind's shape centred on (x, y) to the current canvas path. */
export function traceShape(ctx: CanvasRenderingContext2D, key: KindKey, x: number, y: number, r: number): void {
  const corners = shapeCorners(key, r);
  if (!corners) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  corners.forEach(([dx, dy], i) => (i ? ctx.lineTo(x + dx, y + dy) : ctx.moveTo(x + dx, y + dy)));
  ctx.closePath();
}
