/**
 * The Aho–Corasick automaton over folded titles, in typed arrays: a corpus has tens of thousands
 * of titles and millions of trie states, and one small array or object per state would spend
 * more time allocating and collecting them than building the automaton.
 *
 * A mention starts where the folded text does not continue a word (see `isWordBefore`), so the
 * automaton only tracks matches that start there: a title is entered from the root only at such
 * a position, and failure links lead only to suffixes that start at one. Inside words the scan
 * stays at the root, which is most of the text, and still finds every mention (each candidate
 * one that starts after a non-word character).
 */
import { TransitionTable } from './transition-table.ts';
import { compareText } from './record-order.ts';
import { isWordUnits } from './word-boundary.ts';

const UNITS = 0x10000;

export interface TitleAutomaton {
  /** Symbol of each UTF-16 unit; 0 for units no title has (they end every match). */
  symbolOf: Int32Array;
  /** Number of states; 1 means no titles. */
  stateCount: number;
  /** The state reached from the root on each symbol, or 0. */
  root: Int32Array;
  /** The state reached from `state` on `symbol`, or 0 when there is no such edge. */
  step(state: number, symbol: number): number;
  /** The longest proper suffix of the state's title prefix that is a trie path and may start a mention. */
  failure: Int32Array;
  /** Nearest state on the failure chain (itself excluded) that ends a title, or -1. */
  output: Int32Array;
  /** Index into the keys of the title ending at each state, or -1. */
  pattern: Int32Array;
  /** Length, in folded units, of the title ending at each state. */
  patternLength: Int32Array;
}

/** The automaton of `keys` (folded titles, none empty); the first of equal keys owns its state. */
export function buildTitleAutomaton(keys: readonly string[]): TitleAutomaton {
  // A dense alphabet of the UTF-16 units titles use.
  const symbolOf = new Int32Array(UNITS);
  let symbols = 1;
  let size = 1;
  for (const key of keys) {
    size += key.length;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      if (symbolOf[unit] === 0) symbolOf[unit] = symbols++;
    }
  }

  // The trie, built from the keys in sorted order: each key shares a prefix with the one before
  // it and only its new suffix is added, so building needs no lookups. Sorting is stable, so
  // the first of equal keys claims the state where they end.
  const order = keys.map((_, k) => k).sort((a, b) => compareText(keys[a] as string, keys[b] as string) || a - b);
  const rootTransitions = new Int32Array(symbols);
  const firstChild = new Int32Array(size);
  const nextSibling = new Int32Array(size);
  const childSymbol = new Int32Array(size);
  const childUnit = new Uint16Array(size);
  const parent = new Int32Array(size);
  const pattern = new Int32Array(size).fill(-1);
  const patternLength = new Int32Array(size);
  /** The states along the previous key: `path[i]` is reached after its first `i` units. */
  const path = new Int32Array(keys.reduce((longest, key) => Math.max(longest, key.length), 0) + 1);
  let previous = '';
  let stateCount = 1;
  for (const k of order) {
    const key = keys[k] as string;
    let shared = 0;
    while (shared < key.length && shared < previous.length && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    for (let i = shared; i < key.length; i++) {
      const state = path[i] as number;
      const child = stateCount++;
      const unit = key.charCodeAt(i);
      childSymbol[child] = symbolOf[unit] as number;
      childUnit[child] = unit;
      parent[child] = state;
      nextSibling[child] = firstChild[state] as number;
      firstChild[state] = child;
      if (state === 0) rootTransitions[symbolOf[unit] as number] = child;
      path[i + 1] = child;
    }
    const end = path[key.length] as number;
    if (pattern[end] === -1) {
      pattern[end] = k;
      patternLength[end] = key.length;
    }
    previous = key;
  }

  // Most states past the first few characters of a title have one child: looking that up in
  // arrays indexed by state (neighbours in memory along a title) spares the hash table, which
  // holds only the transitions of states with several children.
  const onlyChild = new Int32Array(stateCount);
  const onlySymbol = new Int32Array(stateCount);
  let branching = 0;
  for (let state = 1; state < stateCount; state++) {
    const child = firstChild[state] as number;
    if (child === 0) continue;
    if (nextSibling[child] === 0) {
      onlyChild[state] = child;
      onlySymbol[state] = childSymbol[child] as number;
    } else {
      onlyChild[state] = -1;
      for (let c = child; c !== 0; c = nextSibling[c] as number) branching++;
    }
  }
  const transitions = new TransitionTable(branching);
  for (let state = 1; state < stateCount; state++) {
    if (onlyChild[state] !== -1) continue;
    for (let c = firstChild[state] as number; c !== 0; c = nextSibling[c] as number) transitions.set(state, childSymbol[c] as number, c);
  }
  const step = (state: number, symbol: number): number => {
    if (state === 0) return rootTransitions[symbol] as number;
    const only = onlyChild[state] as number;
    if (only >= 0) return only !== 0 && onlySymbol[state] === symbol ? only : 0;
    return transitions.get(state, symbol);
  };

  // Failure links, breadth first, and for each state the nearest title end on its failure chain.
  const failure = new Int32Array(stateCount);
  const output = new Int32Array(stateCount).fill(-1);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let child = firstChild[0] as number; child !== 0; child = nextSibling[child] as number) queue[tail++] = child;
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    // Whether the child's last unit, alone, starts at a position where a mention may start.
    const unit = childUnit[state] as number;
    const before = parent[state] === 0 ? -1 : (childUnit[parent[state] as number] as number);
    for (let child = firstChild[state] as number; child !== 0; child = nextSibling[child] as number) {
      const symbol = childSymbol[child] as number;
      let fallback = failure[state] as number;
      while (fallback !== 0 && step(fallback, symbol) === 0) fallback = failure[fallback] as number;
      let f = fallback === 0 && isWordUnits(before, unit, childUnit[child] as number) ? 0 : step(fallback, symbol);
      if (f === child) f = 0;
      failure[child] = f;
      output[child] = pattern[f] !== -1 ? f : (output[f] as number);
      queue[tail++] = child;
    }
  }
  return { symbolOf, stateCount, root: rootTransitions, step, failure, output, pattern, patternLength: patternLength.subarray(0, stateCount) };
}
