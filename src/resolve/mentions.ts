/**
 * Finding known titles in prose. Titles stand in the text with no delimiters, so every known title
 * is searched for at once with an Aho–Corasick automaton over folded text: one pass over the text
 * whatever the number of titles, so thousands of titles over thousands of bodies stay fast.
 */
import { createFoldBuffers, foldInto } from './fold-text.ts';
import { normalizeTitle } from './normalize-title.ts';
import { buildTitleAutomaton } from './title-automaton.ts';
import { ASCII_WORD, isWordAt, isWordBefore } from './word-boundary.ts';

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

/**
 * A matcher for `entries`. Titles are compared folded (see `normalizeTitle`); when two entries
 * fold to the same title, the first one's id wins, so callers list entries in priority order.
 */
export function createMentionMatcher(entries: readonly MentionEntry[]): MentionMatcher {
  const keys: string[] = [];
  const ids: string[] = [];
  for (const entry of entries) {
    const key = normalizeTitle(entry.title);
    if (key === '') continue;
    keys.push(key);
    ids.push(entry.id);
  }
  const { symbolOf, stateCount, root, step, failure, output, pattern, patternLength } = buildTitleAutomaton(keys);
  // One set of buffers for every text this matcher folds: `find` runs to completion each time.
  const buffers = createFoldBuffers(1024);
  return {
    find(text) {
      if (stateCount === 1 || text === '') return [];
      const length = foldInto(text, buffers);
      const { codes, starts, ends, identity } = buffers;
      const candidates: { start: number; end: number; id: string }[] = [];
      let state = 0;
      for (let i = 0; i < length; i++) {
        const symbol = symbolOf[codes[i]!]!;
        if (symbol === 0) {
          state = 0;
          continue;
        }
        // Fall back along failure links to the root, where a title may start only after a
        // non-word character: inside a word the scan stays there, which is most of the text.
        let to = 0;
        while (state !== 0) {
          to = step(state, symbol);
          if (to !== 0) break;
          state = failure[state]!;
        }
        if (state === 0) {
          if (i > 0) {
            const previous = codes[i - 1]!;
            if (previous < 0x80 ? ASCII_WORD[previous] === 1 : isWordBefore(codes, length, i)) continue;
          }
          state = root[symbol]!;
          if (state === 0) continue;
        } else {
          state = to;
        }
        for (let s = pattern[state] !== -1 ? state : output[state]!; s > 0; s = output[s]!) {
          const end = i + 1;
          const start = end - patternLength[s]!;
          if (isWordBefore(codes, length, start) || isWordAt(codes, length, end)) continue;
          candidates.push({ start, end, id: ids[pattern[s]!]! });
        }
      }
      if (candidates.length === 0) return [];
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const mentions: Mention[] = [];
      let cursor = 0;
      for (const c of candidates) {
        if (c.start < cursor) continue;
        mentions.push({ start: identity ? c.start : starts[c.start]!, end: identity ? c.end : ends[c.end - 1]!, id: c.id });
        cursor = c.end;
      }
      return mentions;
    },
  };
}

