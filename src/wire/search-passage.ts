/**
 * The passage a result shows: the stretch of a record's text where the most of the query's words
 * stand close together, cut at words, with those words marked. Returns plain segments; the client
 * makes them text nodes and `<mark>` elements, so nothing from the index is ever parsed as HTML.
 * Nothing here may import Node modules or touch the DOM: the client bundles it.
 */
import type { Highlight } from './search-query.ts';
import type { Token } from './search-schema.ts';
import { tokens } from './search-schema.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Words a passage shows. */
export const PASSAGE_WORDS = 32;

/** Per token of `found`: which query part it matches (its index in words, then phrases), or -1. */
function matches(found: Token[], highlight: Highlight): number[] {
  const parts = found.map(() => -1);
  found.forEach((token, i) => {
    highlight.words.forEach((word, w) => {
      if (parts[i] === -1 && (word.terms.has(token.term) || (word.prefix !== undefined && token.term.startsWith(word.prefix)))) parts[i] = w;
    });
  });
  highlight.phrases.forEach((phrase, p) => {
    for (let i = 0; i + phrase.length <= found.length; i++) {
      if (phrase.every((term, k) => found[i + k]!.term === term)) for (let k = 0; k < phrase.length; k++) parts[i + k] = highlight.words.length + p;
    }
  });
  return parts;
}

/** All of `text`, its matching words marked (a title). */
export function highlightAll(text: string, highlight: Highlight): Segment[] {
  const found = tokens(text);
  return segments(text, found, matches(found, highlight), 0, found.length, false, highlight.words.length);
}

export interface Passage {
  segments: Segment[];
  /** How many different query parts (words, phrases) it shows. */
  distinct: number;
}

/**
 * The best passage of `text`: the window of `PASSAGE_WORDS` words holding the most different
 * query parts (then the most matching words, then the earliest), or null when it says none.
 */
export function bestPassage(text: string, highlight: Highlight, words = PASSAGE_WORDS): Passage | null {
  const found = tokens(text);
  const parts = matches(found, highlight);
  let best: { start: number; distinct: number; count: number } | null = null;
  parts.forEach((part, i) => {
    if (part < 0) return;
    // A window that opens a few words before a match, so it reads as a sentence would.
    const start = Math.max(0, Math.min(i - 4, found.length - words));
    const inside = parts.slice(start, start + words).filter((p) => p >= 0);
    const candidate = { start, distinct: new Set(inside).size, count: inside.length };
    if (!best || candidate.distinct > best.distinct || (candidate.distinct === best.distinct && candidate.count > best.count)) best = candidate;
  });
  if (!best) return null;
  const { start, distinct } = best as { start: number; distinct: number };
  return { segments: segments(text, found, parts, start, Math.min(found.length, start + words), true, highlight.words.length), distinct };
}

/** The first `words` words of `text`, nothing marked. */
export function leading(text: string, words = PASSAGE_WORDS): Segment[] {
  const found = tokens(text);
  return segments(
    text,
    found,
    found.map(() => -1),
    0,
    Math.min(found.length, words),
    true,
    0,
  );
}

/**
 * The text from token `from` to before token `to`, as segments, with "…" where it was cut. Parts
 * from `firstPhrase` on are phrases: a phrase is one mark, the space inside it too.
 */
function segments(text: string, found: Token[], parts: number[], from: number, to: number, cut: boolean, firstPhrase: number): Segment[] {
  if (found.length === 0 || from >= to) return text ? [{ text, mark: false }] : [];
  const out: Segment[] = [];
  const push = (piece: string, mark: boolean) => {
    if (piece === '') return;
    const flat = piece.replace(/\s+/g, ' ');
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += flat;
    else out.push({ text: flat, mark });
  };
  const begin = cut ? found[from]!.start : 0;
  const end = cut && to < found.length ? found[to - 1]!.end : text.length;
  if (cut && from > 0) push('…', false);
  let at = begin;
  for (let i = from; i < to; i++) {
    if (parts[i]! < 0) continue;
    const inPhrase = i > from && parts[i]! >= firstPhrase && parts[i - 1] === parts[i];
    push(text.slice(at, found[i]!.start), inPhrase);
    push(text.slice(found[i]!.start, found[i]!.end), true);
    at = found[i]!.end;
  }
  push(text.slice(at, end), false);
  if (cut && to < found.length) push('…', false);
  return out;
}
