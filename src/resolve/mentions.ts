/**
 * Finding known titles in prose. Titles stand in the text with no delimiters, so every known title
 * is searched for at once with an Aho–Corasick automaton over folded text: one pass over the text
 * whatever the number of titles, so thousands of titles over thousands of bodies stay fast.
 */
import { foldText, normalizeTitle } from './normalize-title.ts';
import { TransitionTable } from './transition-table.ts';

export interface MentionEntry {
  title: string;
  id: string;
}

/** A title found in a text: offsets into the original text, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  id: string;
}

export interface MentionMatcher {
  /** Non-overlapping mentions, left to right; where titles overlap, the leftmost, then longest, wins. */
  find(text: string): Mention[];
}

const UNITS = 0x10000;
const WORD = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * A matcher for `entries`. Titles are compared folded (see `normalizeTitle`); when two entries
 * fold to the same title, the first one's id wins, so callers list entries in priority order.
 */
export function createMentionMatcher(entries: readonly MentionEntry[]): MentionMatcher {
  const keys: { key: string; id: string }[] = [];
  // A dense alphabet of the UTF-16 units titles use; any other unit (symbol 0) ends every match.
  const symbolOf = new Int32Array(UNITS);
  let symbols = 1;
  for (const entry of entries) {
    const key = normalizeTitle(entry.title);
    if (key === '') continue;
    keys.push({ key, id: entry.id });
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      if (symbolOf[unit] === 0) symbolOf[unit] = symbols++;
    }
  }

  // The root's transitions in an array, since most text never leaves it; the rest in a hash table.
  const transitions = new TransitionTable(keys.reduce((n, { key }) => n + key.length, 0));
  const rootTransitions = new Int32Array(symbols);
  const patternLength: number[] = [0];
  const patternId: (string | undefined)[] = [undefined];
  const childrenOf: number[][] = [[]];
  const childSymbol: number[] = [0];

  const next = (state: number, symbol: number): number =>
    state === 0 ? rootTransitions[symbol]! : transitions.get(state, symbol);

  for (const { key, id } of keys) {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const symbol = symbolOf[key.charCodeAt(i)]!;
      let child = next(state, symbol);
      if (child === 0) {
        child = patternLength.length;
        patternLength.push(0);
        patternId.push(undefined);
        childrenOf.push([]);
        childSymbol.push(symbol);
        childrenOf[state]!.push(child);
        if (state === 0) rootTransitions[symbol] = child;
        else transitions.set(state, symbol, child);
      }
      state = child;
    }
    if (patternId[state] === undefined) {
      patternLength[state] = key.length;
      patternId[state] = id;
    }
  }

  // Most states past the first few characters of a title have one child; looking that up in
  // arrays indexed by state (neighbours in memory along a title) spares the hash table.
  const stateCount = patternLength.length;
  const onlyChild = new Int32Array(stateCount);
  const onlySymbol = new Int32Array(stateCount);
  for (let state = 1; state < stateCount; state++) {
    const children = childrenOf[state]!;
    if (children.length === 1) {
      onlyChild[state] = children[0]!;
      onlySymbol[state] = childSymbol[children[0]!]!;
    } else if (children.length > 1) onlyChild[state] = -1;
  }
  const step = (state: number, symbol: number): number => {
    if (state === 0) return rootTransitions[symbol]!;
    const only = onlyChild[state]!;
    if (only >= 0) return only !== 0 && onlySymbol[state] === symbol ? only : 0;
    return transitions.get(state, symbol);
  };

  // Failure links, and for each state the nearest state on its failure chain that ends a title.
  const failure = new Int32Array(stateCount);
  const output = new Int32Array(stateCount).fill(-1);
  const queue: number[] = [...childrenOf[0]!];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const child of childrenOf[state]!) {
      const symbol = childSymbol[child]!;
      let fallback = failure[state]!;
      while (fallback !== 0 && step(fallback, symbol) === 0) fallback = failure[fallback]!;
      const target = step(fallback, symbol);
      failure[child] = target === child ? 0 : target;
      const f = failure[child]!;
      output[child] = patternId[f] !== undefined ? f : output[f]!;
      queue.push(child);
    }
  }

  return {
    find(text) {
      if (stateCount === 1 || text === '') return [];
      const folded = foldText(text);
      const t = folded.text;
      const candidates: { start: number; end: number; id: string }[] = [];
      let state = 0;
      for (let i = 0; i < t.length; i++) {
        const symbol = symbolOf[t.charCodeAt(i)]!;
        if (symbol === 0) {
          state = 0;
          continue;
        }
        for (;;) {
          const to = step(state, symbol);
          if (to !== 0 || state === 0) {
            state = to;
            break;
          }
          state = failure[state]!;
        }
        for (let s = patternId[state] !== undefined ? state : output[state]!; s > 0; s = output[s]!) {
          const end = i + 1;
          const start = end - patternLength[s]!;
          if (isWordBefore(t, start) || isWordAt(t, end)) continue;
          candidates.push({ start, end, id: patternId[s]! });
        }
      }
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const mentions: Mention[] = [];
      let cursor = 0;
      for (const c of candidates) {
        if (c.start < cursor) continue;
        mentions.push({ start: folded.starts[c.start]!, end: folded.ends[c.end - 1]!, id: c.id });
        cursor = c.end;
      }
      return mentions;
    },
  };
}

/** Is the character just before `index` a letter, digit or combining mark? */
function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordAt(text, at);
}

function isWordAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return WORD.test(String.fromCodePoint(text.codePointAt(index)!));
}
