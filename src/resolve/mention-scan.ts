/**
 * Scanning a text with the title automaton: every place a title ends, bounded by non-word
 * characters, as candidates for `mentions.ts` to choose from. This loop runs over every
 * character of every body of the corpus, so it is written for the common case: text that folds
 * one character to one unit (scanned while folding, in one pass), inside words (passed over),
 * and steps read from the packed arrays of `title-automaton.ts`.
 */
import { ASCII_FOLD, singleUnit } from './fold-character.ts';
import { FAILURE, FIRST_OUTPUT, ONLY_CHILD, ONLY_SYMBOL, SEVERAL_IN_ROW, SEVERAL_IN_TABLE, type TitleAutomaton } from './title-automaton.ts';
import { ASCII_WORD, isWordAt, isWordBefore, isWordUnits } from './word-boundary.ts';

const SPACE = 0x20;

/** Title ends found by a scan, before the word-boundary check: parallel arrays, reused. */
export interface Candidates {
  count: number;
  start: Int32Array;
  end: Int32Array;
  pattern: Int32Array;
}

export function createCandidates(): Candidates {
  return { count: 0, start: new Int32Array(64), end: new Int32Array(64), pattern: new Int32Array(64) };
}

/** Move candidate `from` to slot `to` (not after it): filtering in place. */
function keepCandidate(candidates: Candidates, from: number, to: number): void {
  candidates.start[to] = candidates.start[from]!;
  candidates.end[to] = candidates.end[from]!;
  candidates.pattern[to] = candidates.pattern[from]!;
}

function addCandidate(candidates: Candidates, start: number, end: number, pattern: number): void {
  if (candidates.count === candidates.start.length) {
    const grow = (old: Int32Array) => {
      const grown = new Int32Array(old.length * 2);
      grown.set(old);
      return grown;
    };
    candidates.start = grow(candidates.start);
    candidates.end = grow(candidates.end);
    candidates.pattern = grow(candidates.pattern);
  }
  const k = candidates.count++;
  candidates.start[k] = start;
  candidates.end[k] = end;
  candidates.pattern[k] = pattern;
}

/**
 * The state after `symbol` from `state` (not the root), falling back along failure links; 0 when
 * the fallback reaches the root, where the caller decides whether a title may start.
 */
function follow(automaton: TitleAutomaton, state: number, symbol: number): number {
  const { node, rows, symbols, transitions } = automaton;
  while (state !== 0) {
    const at = 4 * state;
    const only = node[at + ONLY_CHILD]!;
    if (only > 0) {
      if (node[at + ONLY_SYMBOL] === symbol) return only;
    } else if (only === SEVERAL_IN_ROW) {
      const to = rows[node[at + ONLY_SYMBOL]! * symbols + symbol]!;
      if (to !== 0) return to;
    } else if (only === SEVERAL_IN_TABLE) {
      const to = transitions.get(state, symbol);
      if (to !== 0) return to;
    }
    state = node[at + FAILURE]!;
  }
  return 0;
}

/** Every title ending at `state` (reached after folded position `i`), as candidates. */
function collect(automaton: TitleAutomaton, state: number, i: number, candidates: Candidates): void {
  const { node, pattern, output, patternLength } = automaton;
  for (let s = node[4 * state + FIRST_OUTPUT]!; s > 0; s = output[s]!) addCandidate(candidates, i + 1 - patternLength[s]!, i + 1, pattern[s]!);
}

/** The unit a character folds to when that is exactly one unit (ASCII or lone BMP), else negative. */
function identityUnit(code: number): number {
  return code < 0x80 ? ASCII_FOLD[code]! : singleUnit(code);
}

/** Is `unit`, a folded unit that is not a surrogate, a letter, digit or combining mark? */
function isWordUnit(unit: number): boolean {
  return unit < 0x80 ? ASCII_WORD[unit] === 1 : isWordUnits(-1, unit, -1);
}

/**
 * Scan `text` while folding it, as long as every character folds to exactly one unit (so the
 * folded text is as long as the text, and an offset in one is the same in the other). Returns
 * false at the first character that does not fold so; the candidates are then incomplete.
 */
export function scanIdentity(text: string, automaton: TitleAutomaton, candidates: Candidates): boolean {
  const n = text.length;
  const { symbolOf, root, node } = automaton;
  let state = 0;
  let previous = -1;
  let afterAsciiWord = false;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (afterAsciiWord && state === 0 && code < 0x80 && ASCII_WORD[code] === 1) {
      // Letters and digits inside a word, at the root: most of the text, passed over.
      do code = ++i < n ? text.charCodeAt(i) : -1;
      while (code < 0x80 && code >= 0 && ASCII_WORD[code] === 1);
      if (code === -1) break;
      previous = ASCII_FOLD[text.charCodeAt(i - 1)]!;
    }
    const unit = identityUnit(code);
    if (unit < 0 || (unit === SPACE && previous === SPACE)) return false;
    const symbol = symbolOf[unit]!;
    if (symbol === 0) state = 0;
    else {
      if (state !== 0) state = follow(automaton, state, symbol);
      // At the root, a title may start only after a non-word character.
      if (state === 0 && !(previous < 0x80 ? afterAsciiWord : isWordUnit(previous))) state = root[symbol]!;
      if (state !== 0 && node[4 * state + FIRST_OUTPUT] !== -1) collect(automaton, state, i, candidates);
    }
    previous = unit;
    afterAsciiWord = unit < 0x80 && ASCII_WORD[unit] === 1;
  }
  // Titles must end before a non-word character too.
  let kept = 0;
  for (let k = 0; k < candidates.count; k++) {
    const start = candidates.start[k]!;
    const end = candidates.end[k]!;
    if (start > 0 && isWordUnit(identityUnit(text.charCodeAt(start - 1)))) continue;
    if (end < n && isWordUnit(identityUnit(text.charCodeAt(end)))) continue;
    keepCandidate(candidates, k, kept++);
  }
  candidates.count = kept;
  return true;
}

/** The scan of folded units (all of `foldInto`'s output) that `scanIdentity` does while folding. */
export function scanFolded(codes: Uint16Array, length: number, automaton: TitleAutomaton, candidates: Candidates): void {
  const { symbolOf, root, node } = automaton;
  let state = 0;
  for (let i = 0; i < length; i++) {
    const symbol = symbolOf[codes[i]!]!;
    if (symbol === 0) {
      state = 0;
      continue;
    }
    if (state !== 0) state = follow(automaton, state, symbol);
    if (state === 0 && !(i > 0 && (codes[i - 1]! < 0x80 ? ASCII_WORD[codes[i - 1]!] === 1 : isWordBefore(codes, length, i)))) state = root[symbol]!;
    if (state !== 0 && node[4 * state + FIRST_OUTPUT] !== -1) collect(automaton, state, i, candidates);
  }
  let kept = 0;
  for (let k = 0; k < candidates.count; k++) {
    if (isWordBefore(codes, length, candidates.start[k]!) || isWordAt(codes, length, candidates.end[k]!)) continue;
    keepCandidate(candidates, k, kept++);
  }
  candidates.count = kept;
}
