/**
 * Title identity. The same title typed in two files (curly or straight quotes, an em dash or a
 * hyphen, a line break inside it, different case) is one title; folding both sides the same way
 * is what lets a reference, a wikilink or a bare mention in prose find its record.
 */
import { createFoldBuffers, foldInto, unitsToString } from './fold-text.ts';

export { foldText } from './fold-text.ts';

// A title is folded once however many times the corpus names it (every reference, every
// mention, every sort looks it up); the memory is bounded, and forgetting only costs time.
const normalized = new Map<string, string>();
const MEMO_LIMIT = 100_000;
/** Where `normalizeTitle` folds: only the text is kept, so the buffers can be reused. */
const scratch = createFoldBuffers(256);

/** The identity of a title: its folded form, trimmed. Empty for a title of only whitespace. */
export function normalizeTitle(title: string): string {
  let key = normalized.get(title);
  if (key === undefined) {
    if (normalized.size >= MEMO_LIMIT) normalized.clear();
    const length = foldInto(title, scratch); // may replace the buffers with larger ones
    key = unitsToString(scratch.codes, length).trim();
    normalized.set(title, key);
  }
  return key;
}
