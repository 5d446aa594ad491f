/**
 * The packed MiniSearch index of the search documents, built directly: the same index
 * `new MiniSearch(SEARCH_INDEX_OPTIONS).addAll(documents)` holds (same tokenizer, same term
 * processing, same term counts, field lengths and averages; `tests/site/search-index.test.ts`
 * compares the two), which the browser loads with `MiniSearch.loadJS`.
 *
 * MiniSearch's own `add` walks its radix tree once per word and `toJSON` makes every posting an
 * object key: at full size (1.8 million words) that took 2.2 to 2.5 s of a build that must take
 * under 15, this 0.7 to 0.9 s. Here each distinct word is processed once and then costs one
 * lookup, documents arrive in order so the postings are sorted as they grow, and they are
 * written packed straight away.
 */
import MiniSearch from 'minisearch';
import type { PackedIndex, PackedTerm } from './search-index-codec.ts';
import type { IndexedDocument } from './search-schema.ts';
import { SEARCH_INDEX_OPTIONS } from './search-schema.ts';

/** MiniSearch's serialization format this builds (`AsPlainObject.serializationVersion`). */
const SERIALIZATION_VERSION = 2;

/** A word as tokenized, in one field: the postings of the terms it is, and the last document it was counted in. */
interface Word {
  postings: Postings[];
  lastDocument: number;
}

interface Postings {
  /** Per field id: the documents the term occurs in, ascending, and how often in each. */
  documents: number[][];
  counts: number[][];
}

/** What `processTerm` made of a word, as MiniSearch takes it: every term of a list, a single one unless empty. */
function termsOf(processed: string | string[] | null | undefined | false): string[] {
  if (Array.isArray(processed)) return processed;
  return processed ? [processed] : [];
}

export function buildPackedIndex(documents: readonly IndexedDocument[], options = SEARCH_INDEX_OPTIONS): PackedIndex {
  const { fields } = options;
  const tokenize = options.tokenize ?? (MiniSearch.getDefault('tokenize') as NonNullable<typeof options.tokenize>);
  const processTerm = options.processTerm ?? (MiniSearch.getDefault('processTerm') as NonNullable<typeof options.processTerm>);
  const index = new Map<string, Postings>();
  const postings = (term: string): Postings => {
    let found = index.get(term);
    if (!found) index.set(term, (found = { documents: [], counts: [] }));
    return found;
  };
  const fieldLength: number[][] = [];
  const averageFieldLength: number[] = [];
  // A library has a few thousand distinct words and a million words in all: each distinct word
  // is processed once per field (processing may depend on the field) and then stands for the
  // postings of what it became, so a word costs one lookup.
  const words = fields.map(() => new Map<string, Word>());
  documents.forEach((document, n) => {
    if (document.i !== n) throw new Error(`buildPackedIndex: document ${n} has id ${document.i}`);
    const lengths: number[] = [];
    fields.forEach((field, fieldId) => {
      const known = words[fieldId]!;
      // As MiniSearch counts a field's length: distinct words before processing.
      let length = 0;
      for (const token of tokenize(String(document[field as keyof IndexedDocument]), field)) {
        let word = known.get(token);
        if (!word) known.set(token, (word = { postings: termsOf(processTerm(token, field)).map(postings), lastDocument: -1 }));
        if (word.lastDocument !== n) {
          word.lastDocument = n;
          length++;
        }
        for (const target of word.postings) {
          const ids = (target.documents[fieldId] ??= []);
          const counts = (target.counts[fieldId] ??= []);
          // Again in this document (or "The" after "the", the same term): one more.
          if (ids[ids.length - 1] === n) counts[counts.length - 1]!++;
          else ids.push(n), counts.push(1);
        }
      }
      lengths[fieldId] = length;
      // A running mean, computed as MiniSearch does, so the averages are the same to the last bit.
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * n + length) / (n + 1);
    });
    fieldLength.push(lengths);
  });
  const packed: PackedTerm[] = [];
  for (const [term, lists] of index) {
    const entry: PackedTerm = [term];
    lists.documents.forEach((ids, fieldId) => {
      const counts = lists.counts[fieldId]!;
      // Document numbers become gaps in place, from the end: each still needs the one before.
      for (let i = ids.length - 1; i > 0; i--) ids[i]! -= ids[i - 1]!;
      entry.push(fieldId, ids, counts.every((c) => c === 1) ? 0 : counts);
    });
    packed.push(entry);
  }
  return {
    serializationVersion: SERIALIZATION_VERSION,
    documentCount: documents.length,
    fieldIds: Object.fromEntries(fields.map((field, fieldId) => [field, fieldId])),
    fieldLength,
    averageFieldLength,
    index: packed,
  };
}
