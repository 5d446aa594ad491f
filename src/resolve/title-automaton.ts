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
  /**
   * What a scan reads at each state, packed four to a state so that one step reads one cache
   * line: its only child (0 for none, `SEVERAL_IN_ROW` or `SEVERAL_IN_TABLE` when it has
   * several), that child's symbol (or, with several, the state's row in `rows`), its failure
   * state, and the first state of its output chain (itself when a title ends there), -1 for none.
   * The failure state is the longest proper suffix of the state's title prefix that is a trie
   * path and may start a mention.
   */
  node: Int32Array;
  /** Number of symbols: the width of a row. */
  symbols: number;
  /** Children of the states with several, by symbol: `rows[row * symbols + symbol]`, 0 for none. */
  rows: Int32Array;
  /** The same, for an alphabet too large for rows. */
  transitions: TransitionTable;
  /** Nearest state on the failure chain (itself excluded) that ends a title, or -1. */
  output: Int32Array;
  /** Index into the keys of the title ending at each state, or -1. */
  pattern: Int32Array;
  /** Length, in folded units, of the title ending at each state. */
  patternLength: Int32Array;
}

/** Offsets into `TitleAutomaton.node`, four numbers per state. */
export const ONLY_CHILD = 0;
export const ONLY_SYMBOL = 1;
export const FAILURE = 2;
export const FIRST_OUTPUT = 3;
/** `ONLY_CHILD` of a state with several children: they are in `rows`, or in `transitions`. */
export const SEVERAL_IN_ROW = -1;
export const SEVERAL_IN_TABLE = -2;
/** Rows are used up to this many entries (16 MB); a larger alphabet uses the hash table. */
const MAX_ROW_ENTRIES = 1 << 22;

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

  // Most states past the first few characters of a title have one child: it is kept with the
  // state, in `node`, next to the state's other numbers. The few states with several children
  // (where titles part, mostly near their start, where prose enters and leaves them) get a row
  // of a dense table, indexed by symbol; only if those rows would take too much memory (a huge
  // alphabet) do they go into a hash table instead.
  const node = new Int32Array(4 * stateCount);
  let several = 0;
  let severalLinks = 0;
  for (let state = 1; state < stateCount; state++) {
    const child = firstChild[state] as number;
    if (child === 0) continue;
    if (nextSibling[child] === 0) {
      node[4 * state + ONLY_CHILD] = child;
      node[4 * state + ONLY_SYMBOL] = childSymbol[child] as number;
    } else {
      several++;
      for (let c = child; c !== 0; c = nextSibling[c] as number) severalLinks++;
    }
  }
  const inRows = several * symbols <= MAX_ROW_ENTRIES;
  const rows = new Int32Array(inRows ? several * symbols : 0);
  const transitions = new TransitionTable(inRows ? 0 : severalLinks);
  let row = 0;
  for (let state = 1; state < stateCount; state++) {
    const child = firstChild[state] as number;
    if (child === 0 || nextSibling[child] === 0) continue;
    node[4 * state + ONLY_CHILD] = inRows ? SEVERAL_IN_ROW : SEVERAL_IN_TABLE;
    if (inRows) node[4 * state + ONLY_SYMBOL] = row;
    for (let c = child; c !== 0; c = nextSibling[c] as number) {
      if (inRows) rows[row * symbols + (childSymbol[c] as number)] = c;
      else transitions.set(state, childSymbol[c] as number, c);
    }
    if (inRows) row++;
  }
  /** The trie's transition from `state` (not the root) on `symbol`, or 0. */
  const step = (state: number, symbol: number): number => {
    const only = node[4 * state + ONLY_CHILD] as number;
    if (only >= 0) return only !== 0 && node[4 * state + ONLY_SYMBOL] === symbol ? only : 0;
    if (only === SEVERAL_IN_ROW) return rows[(node[4 * state + ONLY_SYMBOL] as number) * symbols + symbol] as number;
    return transitions.get(state, symbol);
  };

  // Failure links, breadth first, and for each state the nearest title end on its failure chain.
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
      let fallback = node[4 * state + FAILURE] as number;
      let to = 0;
      while (fallback !== 0) {
        to = step(fallback, symbol);
        if (to !== 0) break;
        fallback = node[4 * fallback + FAILURE] as number;
      }
      // From the root, only where a mention may start.
      let f = fallback !== 0 ? to : isWordUnits(before, unit, childUnit[child] as number) ? 0 : (rootTransitions[symbol] as number);
      if (f === child) f = 0;
      node[4 * child + FAILURE] = f;
      output[child] = pattern[f] !== -1 ? f : (output[f] as number);
      queue[tail++] = child;
    }
  }
  for (let state = 0; state < stateCount; state++) node[4 * state + FIRST_OUTPUT] = pattern[state] !== -1 ? state : (output[state] as number);
  return { symbolOf, stateCount, root: rootTransitions, node, symbols, rows, transitions, output, pattern, patternLength: patternLength.subarray(0, stateCount) };
}
