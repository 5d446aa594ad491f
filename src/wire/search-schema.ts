/**
 * The search index's format: the contract between the build, which writes it
 * (`search-index-builder.ts`), and the browser, which reads only the parts a query needs
 * (`search-query.ts`). Words are cut and folded here, the same way on both sides. Nothing here
 * may import Node modules: the client bundles it.
 *
 * The index is split in three so that a query downloads little at any size:
 * - `search/index.json`, the manifest: per document its kind and collection (for the filters),
 *   and the first key of every shard, so a query knows which shards hold its words;
 * - `search/t/<n>.json`, term shards: terms in sorted order, each with the documents it occurs
 *   in and a weight per document, cut into files of a few kilobytes at term boundaries;
 * - `search/p/<n>.json`, pair shards: the same for two words that follow each other ("peer
 *   preservation"), which a quoted phrase looks up;
 * - `search/d/<n>.txt`, one per document: what its result shows and the text its passage is
 *   cut from, fetched only for the results on screen.
 */
import type { KindKey } from '../vocabulary.ts';
import { KIND_LABELS } from '../vocabulary.ts';

/**
 * How a result is labelled and coloured (`data-kind`, as the record pages' kind labels are): a
 * record's kind, or a tag's page (`/tags/<tag>/`), which search finds by the tag's name.
 */
export type SearchKind = KindKey | 'tag';

export const SEARCH_KIND_LABELS: Readonly<Record<SearchKind, string>> = { ...KIND_LABELS, tag: 'Tag' };

/** One letter per kind in the manifest's `kinds` string. */
export const KIND_LETTERS: Readonly<Record<SearchKind, string>> = { line: 'l', note: 'n', stub: 's', paper: 'p', collection: 'c', tag: 't' };

/** What the kind filter offers (`?kind=`): a stub is a note to a reader. */
export const KIND_FILTERS: ReadonlyArray<{ value: string; label: string; letters: string }> = [
  { value: 'line', label: 'Inquiring lines', letters: 'l' },
  { value: 'note', label: 'Notes', letters: 'ns' },
  { value: 'paper', label: 'Papers', letters: 'p' },
  { value: 'collection', label: 'Collections', letters: 'c' },
  { value: 'tag', label: 'Tags', letters: 't' },
];

/** The manifest under the site root, unprefixed; the page's form carries it prefixed. */
export const SEARCH_INDEX_URL = '/search/index.json';

/** Folders of the shards and documents, beside the manifest. */
export const SEARCH_FOLDERS = { terms: 't', pairs: 'p', documents: 'd' } as const;

export interface SearchManifest {
  /** Bumped when the format changes. */
  format: 1;
  /** Number of documents; they are numbered 0 … documents-1 in the atlas's order. */
  documents: number;
  /** Per document, one letter of `KIND_LETTERS`. */
  kinds: string;
  /** Collections a filter offers: slug and name, in the atlas's order. */
  collections: [slug: string, name: string][];
  /** Per document: 0 for none, else 1 + its collection's position in `collections`. */
  collectionOf: number[];
  /** First term of each term shard, ascending: shard n holds terms from terms[n] to before terms[n+1]. */
  terms: string[];
  /** First pair ("a b", folded) of each pair shard, ascending. */
  pairs: string[];
}

/**
 * A term (or pair) and its postings, encoded (`decodePostings`): the documents it occurs in, and
 * per document its weight (how much it says the term: its count in title, deck and text,
 * weighted and saturated as BM25 does, times `WEIGHT_SCALE`, rounded, at least 1; plus
 * `WEIGHT_SCALE` when its title says it).
 */
export type ShardEntry = [key: string, postings: string];

/** A shard file: entries in ascending key order. */
export type Shard = ShardEntry[];

/** A document file: what a result shows, and `text`, the rest of what the record says. */
export type StoredDocument = [url: string, kind: SearchKind, title: string, summary: string, text: string];

/**
 * A document file's contents: url, kind, title and summary on a line each, then the text. Plain
 * text rather than JSON: at full size the documents are 50 MB, which JSON took 1.5 s to escape.
 */
export function encodeStoredDocument([url, kind, title, summary, text]: StoredDocument): string {
  const line = (value: string) => value.replace(/[\r\n]+/g, ' ');
  return `${line(url)}\n${kind}\n${line(title)}\n${line(summary)}\n${text}`;
}

export function decodeStoredDocument(contents: string): StoredDocument {
  const fields: string[] = [];
  let at = 0;
  for (let i = 0; i < 4; i++) {
    const end = contents.indexOf('\n', at);
    fields.push(contents.slice(at, end < 0 ? contents.length : end));
    at = end < 0 ? contents.length : end + 1;
  }
  return [fields[0]!, fields[1]! as SearchKind, fields[2]!, fields[3]!, contents.slice(at)];
}

export const WEIGHT_SCALE = 8;

/**
 * A word: letters, digits and the accents on them. Everything else (spaces, punctuation,
 * hyphens, apostrophes) separates words, so "peer-preservation" is "peer" then "preservation".
 */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;

/** ASCII letters and digits, by character code: most text is ASCII and skips the regex. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * Calls `onWord(start, end)` for each word of `text`, in order. A scan by character code: three
 * times faster than a regex over the millions of words a library says.
 */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  let start = -1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (code < 128) word = ASCII_WORD[code] === 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      // A letter outside the first plane is two code units, tested as one character.
      width = 2;
      word = WORD_CHARACTER.test(text.slice(i, i + 2));
    } else word = WORD_CHARACTER.test(text[i]!);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      onWord(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) onWord(start, length);
}

/** A word as one piece of text says it, and where. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** The words of `text`, folded, with their places in it. */
export function tokens(text: string): Token[] {
  const found: Token[] = [];
  forEachWord(text, (start, end) => {
    const term = foldTerm(text.slice(start, end));
    if (term !== '') found.push({ term, start, end });
  });
  return found;
}

/** The words of `text`, folded. */
export function terms(text: string): string[] {
  return tokens(text).map((t) => t.term);
}

/**
 * A term as indexed and as searched: lower case, and without accents so that "naïve" finds
 * "naive" and back. Most terms are ASCII and skip the (slow) normalisation.
 */
export function foldTerm(term: string): string {
  return (/\P{ASCII}/u.test(term) ? term.normalize('NFKD').replace(/\p{M}+/gu, '') : term).toLowerCase();
}

/** The key of two words in a row, as pair shards list them. */
export function pairKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/** The shard holding `key`: the last whose first key is not after it (0 when all are). */
export function shardOf(firstKeys: readonly string[], key: string): number {
  let low = 0;
  let high = firstKeys.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (firstKeys[mid]! <= key) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Postings on the wire: per document the gap from the previous document number, then its weight,
 * each number as base-32 digits, most significant first, in one string. A last digit is one of
 * the first 32 letters of `DIGITS`, any digit before it one of the other 32, so most numbers
 * (small gaps, every weight) take one character: a third the size of JSON's numbers and commas,
 * and faster to write and read.
 */
export const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** Documents and weights of an encoded posting string. */
export function decodePostings(encoded: string): { docs: number[]; weights: number[] } {
  const docs: number[] = [];
  const weights: number[] = [];
  let value = 0;
  let doc = 0;
  let isWeight = false;
  for (let i = 0; i < encoded.length; i++) {
    const digit = DIGIT_VALUES[encoded.charCodeAt(i)] ?? 0;
    value = value * 32 + (digit & 31);
    if (digit >= 32) continue;
    if (isWeight) weights.push(value);
    else docs.push((doc += value));
    isWeight = !isWeight;
    value = 0;
  }
  return { docs, weights };
}

/** Per character code, its place in `DIGITS`, plus 32 for a continuing digit (the second 32). */
const DIGIT_VALUES: number[] = (() => {
  const values: number[] = [];
  for (let i = 0; i < DIGITS.length; i++) values[DIGITS.charCodeAt(i)] = i;
  return values;
})();
