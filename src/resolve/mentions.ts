/**
 * Finding known titles in prose. Titles stand in the text with no delimiters, so every known title
 * is searched for at once with an Aho–Corasick automaton over folded text: one pass over the text
 * whatever the number of titles, so thousands of titles over thousands of bodies stay fast.
 */
import { createFoldBuffers, foldInto, type FoldBuffers } from './fold-text.ts';
import { createCandidates, scanFolded, scanIdentity, type Candidates } from './mention-scan.ts';
import { normalizeTitle } from './normalize-title.ts';
import { buildTitleAutomaton } from './title-automaton.ts';

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
  const automaton = buildTitleAutomaton(keys);
  // One set of buffers for every text this matcher folds: `find` runs to completion each time.
  const buffers = createFoldBuffers(1024);
  const candidates = createCandidates();
  return {
    find(text) {
      if (automaton.stateCount === 1 || text === '') return [];
      candidates.count = 0;
      // Most prose folds one character to one unit: then it is folded as it is scanned, in one
      // pass. Where it does not (a whitespace run, a ligature, a combining mark…), the text is
      // folded first, with the map back into it, and scanned again.
      const identity = scanIdentity(text, automaton, candidates);
      if (!identity) {
        candidates.count = 0;
        const length = foldInto(text, buffers); // may replace the buffers with larger ones
        scanFolded(buffers.codes, length, automaton, candidates);
      }
      return choose(candidates, buffers, identity, ids);
    },
  };
}

/**
 * The mentions among the candidates (titles bounded by non-word characters): leftmost, then
 * longest, none overlapping; offsets mapped back into the text when it did not fold one to one.
 */
function choose(candidates: Candidates, buffers: FoldBuffers, identity: boolean, ids: readonly string[]): Mention[] {
  if (candidates.count === 0) return [];
  const { starts, ends } = buffers;
  const { start, end, pattern } = candidates;
  const kept = Array.from({ length: candidates.count }, (_, k) => k);
  kept.sort((a, b) => start[a]! - start[b]! || end[b]! - end[a]!);
  const mentions: Mention[] = [];
  let cursor = 0;
  for (const k of kept) {
    if (start[k]! < cursor) continue;
    mentions.push({ start: identity ? start[k]! : starts[start[k]!]!, end: identity ? end[k]! : ends[end[k]! - 1]!, id: ids[pattern[k]!]! });
    cursor = end[k]!;
  }
  return mentions;
}
