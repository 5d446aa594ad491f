/**
 * HTML by tagged template, escaped by default: every interpolated value is text unless it is
 * `RawHtml`, which only our own renderers make. Arrays are joined, `null`/`undefined`/`false`
 * render as nothing, so conditionals read naturally inside templates.
 */
import { escape } from 'html-escaper';

// A registered symbol, not `instanceof`: the templates and the code that calls Eleventy may load
// this module twice (under tsx and under vitest), and HTML from one must stay HTML in the other.
const RAW = Symbol.for('inquiry-atlas.raw-html');

/** HTML we produced ourselves (rendered Markdown, nested `html` results): inserted as is. */
export class RawHtml {
  readonly [RAW] = true;
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | RawHtml | null | undefined | false | readonly HtmlValue[];

/** Mark `value` as trusted HTML. Only for output of our own renderers, never for input text. */
export function raw(value: string): RawHtml {
  return new RawHtml(value);
}

export function isRawHtml(value: unknown): value is RawHtml {
  return typeof value === 'object' && value !== null && (value as { [RAW]?: unknown })[RAW] === true;
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): RawHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += stringify(values[i]) + (strings[i + 1] ?? '');
  return new RawHtml(out);
}

function stringify(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isRawHtml(value)) return value.value;
  if (Array.isArray(value)) return value.map(stringify).join('');
  return escape(String(value));
}
