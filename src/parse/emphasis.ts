/**
 * Emphasis (`*` and `_`) the way micromark resolves it, step for step: runs of one marker are
 * classified as openers and closers by the characters around them (per UTF-16 unit, as micromark
 * does), then each closer takes the nearest opener the rule of three allows, leftover markers
 * staying for the next match, and unmatched markers are text. Used by `plainInline` on text that
 * has no other inline syntax.
 */

/** Offsets into the text being read, end exclusive. */
export interface TextSpan {
  type: 'text';
  start: number;
  end: number;
}

export interface EmphasisSpan {
  type: 'emphasis' | 'strong';
  start: number;
  end: number;
  children: InlineSpan[];
}

export type InlineSpan = TextSpan | EmphasisSpan;

const enum CharClass {
  Other = 0,
  Whitespace = 1,
  Punctuation = 2,
}

interface Sequence {
  type: 'sequence';
  marker: number;
  start: number;
  end: number;
  open: boolean;
  close: boolean;
}

type Item = TextSpan | EmphasisSpan | Sequence;

const STAR = 0x2a;
// micromark classifies one UTF-16 unit at a time with these very expressions.
const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

/** The phrasing of `text`, whose only syntax is the emphasis markers at `markers` (ascending). */
export function resolveEmphasis(text: string, markers: readonly number[]): InlineSpan[] {
  return finish(resolveAttention(tokenize(text, markers)));
}

/**
 * Text runs and runs of one emphasis marker (`markers`: the positions of every `*` and `_`),
 * each run classified as opener and/or closer.
 */
function tokenize(text: string, markers: readonly number[]): Item[] {
  const items: Item[] = [];
  let from = 0;
  for (let m = 0; m < markers.length;) {
    const i = markers[m] as number;
    const marker = text.charCodeAt(i);
    let end = i + 1;
    m++;
    while (m < markers.length && markers[m] === end && text.charCodeAt(end) === marker) {
      end++;
      m++;
    }
    if (i > from) items.push({ type: 'text', start: from, end: i });
    const before = i === 0 ? CharClass.Whitespace : classify(text.charCodeAt(i - 1));
    const after = end === text.length ? CharClass.Whitespace : classify(text.charCodeAt(end));
    const open = after === CharClass.Other || (after === CharClass.Punctuation && before !== CharClass.Other);
    const close = before === CharClass.Other || (before === CharClass.Punctuation && after !== CharClass.Other);
    items.push({
      type: 'sequence',
      marker,
      start: i,
      end,
      open: marker === STAR ? open : open && (before !== CharClass.Other || !close),
      close: marker === STAR ? close : close && (after !== CharClass.Other || !open),
    });
    from = end;
  }
  if (from < text.length) items.push({ type: 'text', start: from, end: text.length });
  return items;
}

/**
 * micromark's `resolveAllAttention`: each closer, left to right, takes the nearest opener of its
 * marker that the rule of three allows; the runs between are resolved again on their own (as
 * micromark does), and unmatched markers stay text.
 */
function resolveAttention(items: Item[]): Item[] {
  let index = 0;
  while (index < items.length) {
    const closer = items[index] as Item;
    if (closer.type !== 'sequence' || !closer.close) {
      index++;
      continue;
    }
    let open = index;
    let matched = false;
    while (open-- > 0) {
      const opener = items[open] as Item;
      if (opener.type !== 'sequence' || !opener.open || opener.marker !== closer.marker) continue;
      const openSize = opener.end - opener.start;
      const closeSize = closer.end - closer.start;
      if ((opener.close || closer.open) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0) continue;
      const use = openSize > 1 && closeSize > 1 ? 2 : 1;
      opener.end -= use;
      closer.start += use;
      const group: EmphasisSpan = {
        type: use > 1 ? 'strong' : 'emphasis',
        start: opener.end,
        end: closer.start,
        children: finish(resolveAttention(items.slice(open + 1, index))),
      };
      const replacement: Item[] = [];
      if (opener.end > opener.start) replacement.push(opener);
      replacement.push(group);
      const leftover = closer.end > closer.start;
      if (leftover) replacement.push(closer);
      items.splice(open, index - open + 1, ...replacement);
      // A closer with markers left looks for another opener straight away.
      index = open + replacement.length - (leftover ? 1 : 0);
      matched = true;
      break;
    }
    if (!matched) index++;
  }
  return items;
}

/** Unmatched markers become text, and neighbouring text merges, as mdast-util-from-markdown does. */
function finish(items: readonly Item[]): InlineSpan[] {
  const spans: InlineSpan[] = [];
  for (const item of items) {
    const last = spans[spans.length - 1];
    if (item.type === 'emphasis' || item.type === 'strong') spans.push(item);
    else if (last?.type === 'text') last.end = item.end;
    else spans.push({ type: 'text', start: item.start, end: item.end });
  }
  return spans;
}

function classify(code: number): CharClass {
  if (code < 0x80) {
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return CharClass.Whitespace;
    const letterOrDigit = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    return letterOrDigit || code < 0x20 || code === 0x7f ? CharClass.Other : CharClass.Punctuation;
  }
  const char = String.fromCharCode(code);
  if (UNICODE_WHITESPACE.test(char)) return CharClass.Whitespace;
  return UNICODE_PUNCTUATION.test(char) ? CharClass.Punctuation : CharClass.Other;
}
