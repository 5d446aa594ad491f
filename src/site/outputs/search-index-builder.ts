/**
 * The search index of the search documents, built in two passes over their words and cut into
 * shards (the format is in `search-schema.ts`).
 *
 * At full size the records say about 8 million words. Each distinct word is folded once and
 * then stands for a term number, so the rest is arithmetic on numbers: the first pass turns
 * every document into term numbers, the second counts them per document into postings (terms)
 * and, for phrases, counts each two terms in a row (pairs, keyed by the two numbers). Terms are
 * sorted once; pairs are sorted by their first term's rank, then the second's, which is the
 * order of their "a b" keys as strings, since no term holds a space.
 *
 * The same documents in the same order give the same bytes: nothing depends on a clock, a hash
 * order or the machine.
 */
import type { SearchDocument } from './search-documents.ts';
import type { SearchManifest } from '../../wire/search-schema.ts';
import { DIGITS, encodeStoredDocument, foldTerm, forEachWord, KIND_LETTERS, pairKey, WEIGHT_SCALE } from '../../wire/search-schema.ts';

/** A shard is cut once it holds this many characters of JSON (a few KB gzipped). */
export const SHARD_CHARS = 12_000;

/** How much a word counts where it stands: a title or deck that says it is what a reader looks for. */
const FIELD_WEIGHTS = [3, 1.5, 1];
/**
 * Added to the weight of a term a title says, beyond saturation: a record whose title names the
 * word comes before one whose long body says it often.
 */
const TITLE_BONUS = WEIGHT_SCALE;
/** BM25's saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

export interface SearchCollection {
  id: string;
  slug: string;
  name: string;
}

export interface BuiltSearchIndex {
  manifest: SearchManifest;
  /** Term shards' JSON, in order: `search/t/<n>.json`. */
  termShards: string[];
  /** Pair shards' JSON, in order: `search/p/<n>.json`. */
  pairShards: string[];
  /** Per document, its file: `search/d/<n>.txt`. */
  documents: string[];
}

export function buildSearchIndex(documents: readonly SearchDocument[], collections: readonly SearchCollection[], shardChars = SHARD_CHARS): BuiltSearchIndex {
  // Pass 1: every document as term numbers, field by field.
  const words = new WordTable();
  const termOfFolded = new Map<string, number>();
  const termText: string[] = [];
  const termOfNewWord = (word: string): number => {
    const folded = foldTerm(word);
    let term = termOfFolded.get(folded);
    if (term === undefined) {
      term = termText.length;
      termText.push(folded);
      termOfFolded.set(folded, term);
    }
    return term;
  };
  const docTerms: Int32Array[] = [];
  /** Per document, where its fields end in `docTerms`. */
  const fieldEnds: number[][] = [];
  let totalLength = 0;
  let buffer = new Int32Array(4096);
  for (const document of documents) {
    let length = 0;
    const ends: number[] = [];
    for (const text of [document.title, document.summary, document.text]) {
      forEachWord(text, (start, end) => {
        if (length === buffer.length) buffer = grown(buffer, length + 1);
        buffer[length++] = words.term(text, start, end, termOfNewWord);
      });
      ends.push(length);
    }
    docTerms.push(buffer.slice(0, length));
    fieldEnds.push(ends);
    totalLength += length;
  }
  const termCount = termText.length;
  const averageLength = documents.length ? totalLength / documents.length || 1 : 1;

  // Pass 2: counts per document, weighted by field, as (key, document, weight) postings in
  // document order. Flat typed arrays rather than an object per term or pair: a million pairs as
  // objects made the build spend more time collecting garbage than indexing.
  // A document has no more distinct terms or pairs than words: the lists never grow.
  const termPostings = new PostingList(totalLength);
  const pairPostings = new PostingList(totalLength);
  const pairs = new PairTable();
  const termCounts = new Float64Array(termCount);
  const termInTitle = new Uint8Array(termCount);
  const touchedTerms: number[] = [];
  const touchedPairs: number[] = [];
  for (let n = 0; n < docTerms.length; n++) {
    const ids = docTerms[n]!;
    const ends = fieldEnds[n]!;
    const norm = K1 * (1 - B + (B * ids.length) / averageLength);
    let start = 0;
    for (let field = 0; field < ends.length; field++) {
      const end = ends[field]!;
      const weight = FIELD_WEIGHTS[field]!;
      for (let i = start; i < end; i++) {
        const term = ids[i]!;
        if (termCounts[term] === 0) touchedTerms.push(term);
        termCounts[term]! += weight;
        if (field === 0) termInTitle[term] = 1;
        // Two words in a row within a field (a title's last word and the deck's first are not a phrase).
        if (i + 1 < end) {
          const pair = pairs.id(term, ids[i + 1]!);
          if (pairs.counts[pair] === 0) touchedPairs.push(pair);
          pairs.counts[pair]! += weight;
          if (field === 0) pairs.inTitle[pair] = 1;
        }
      }
      start = end;
    }
    const saturate = (count: number) => Math.max(1, Math.round((WEIGHT_SCALE * count * (K1 + 1)) / (count + norm)));
    for (const term of touchedTerms) {
      termPostings.push(term, n, saturate(termCounts[term]!) + termInTitle[term]! * TITLE_BONUS);
      termCounts[term] = 0;
      termInTitle[term] = 0;
    }
    for (const pair of touchedPairs) {
      pairPostings.push(pair, n, saturate(pairs.counts[pair]!) + pairs.inTitle[pair]! * TITLE_BONUS);
      pairs.counts[pair] = 0;
      pairs.inTitle[pair] = 0;
    }
    touchedTerms.length = 0;
    touchedPairs.length = 0;
  }
  const termGroups = termPostings.grouped(termCount);
  const pairGroups = pairPostings.grouped(pairs.size);

  // Terms in string order; pairs grouped by first term in that order, then by second.
  const order = Array.from({ length: termCount }, (_, i) => i).sort((a, b) => (termText[a]! < termText[b]! ? -1 : termText[a]! > termText[b]! ? 1 : 0));
  const rank = new Int32Array(termCount);
  order.forEach((term, r) => (rank[term] = r));
  const pairsByFirst: number[][] = Array.from({ length: termCount }, () => []);
  for (let pair = 0; pair < pairs.size; pair++) pairsByFirst[pairs.first[pair]!]!.push(pair);

  const termFiles = shards(
    order.filter((term) => termText[term] !== ''),
    (term) => termText[term]!,
    termGroups,
    shardChars,
  );
  const pairOrder: number[] = [];
  for (const first of order) {
    if (termText[first] === '') continue;
    const ofFirst = pairsByFirst[first]!.filter((pair) => termText[pairs.second[pair]!] !== '');
    ofFirst.sort((a, b) => rank[pairs.second[a]!]! - rank[pairs.second[b]!]!);
    for (const pair of ofFirst) pairOrder.push(pair);
  }
  const pairFiles = shards(pairOrder, (pair) => pairKey(termText[pairs.first[pair]!]!, termText[pairs.second[pair]!]!), pairGroups, shardChars);

  const collectionNumber = new Map(collections.map((c, i) => [c.id, i + 1]));
  const manifest: SearchManifest = {
    format: 1,
    documents: documents.length,
    kinds: documents.map((d) => KIND_LETTERS[d.kind]).join(''),
    collections: collections.map((c) => [c.slug, c.name]),
    collectionOf: documents.map((d) => (d.collection ? (collectionNumber.get(d.collection) ?? 0) : 0)),
    terms: termFiles.firstKeys,
    pairs: pairFiles.firstKeys,
  };
  return {
    manifest,
    termShards: termFiles.files,
    pairShards: pairFiles.files,
    documents: documents.map((d) => encodeStoredDocument([d.url, d.kind, d.title, d.summary, d.text])),
  };
}

/** Entries in order, cut into files of about `shardChars` characters at entry boundaries. */
function shards(items: readonly number[], keyOf: (item: number) => string, groups: GroupedPostings, shardChars: number): { firstKeys: string[]; files: string[] } {
  const firstKeys: string[] = [];
  const files: string[] = [];
  let entries: string[] = [];
  let size = 0;
  const flush = () => {
    if (entries.length === 0) return;
    files.push(`[${entries.join(',')}]`);
    entries = [];
    size = 0;
  };
  const encoder = new PostingEncoder();
  for (const item of items) {
    const key = keyOf(item);
    const entry = `[${JSON.stringify(key)},"${encoder.encode(groups, item)}"]`;
    if (size > 0 && size + entry.length > shardChars) flush();
    if (entries.length === 0) firstKeys.push(key);
    entries.push(entry);
    size += entry.length + 1;
  }
  flush();
  // An index of nothing still has one (empty) shard, so every key has a shard to look in.
  if (files.length === 0) {
    firstKeys.push('');
    files.push('[]');
  }
  return { firstKeys, files };
}

/** Writes a key's postings in the format `decodePostings` reads, into one reused buffer. */
class PostingEncoder {
  #buffer = new Uint8Array(1 << 16);
  #length = 0;
  readonly #digits = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0));

  encode(groups: GroupedPostings, key: number): string {
    this.#length = 0;
    let previous = 0;
    for (let i = groups.offsets[key]!; i < groups.offsets[key + 1]!; i++) {
      const doc = groups.docs[i]!;
      this.#number(doc - previous);
      this.#number(groups.weights[i]!);
      previous = doc;
    }
    return Buffer.from(this.#buffer.buffer, 0, this.#length).toString('latin1');
  }

  #number(value: number): void {
    // Up to 7 digits (32^7 > 2^31); grow first so no write falls off the end.
    if (this.#length + 8 > this.#buffer.length) {
      const bigger = new Uint8Array(this.#buffer.length * 2);
      bigger.set(this.#buffer);
      this.#buffer = bigger;
    }
    let digits = 1;
    while (value >= 32 ** digits) digits++;
    for (let d = digits - 1; d >= 0; d--) {
      const digit = Math.floor(value / 32 ** d) % 32;
      this.#buffer[this.#length++] = this.#digits[d === 0 ? digit : digit + 32]!;
    }
  }
}

/** Postings of many keys, grouped: key k's documents and weights are at offsets[k] to offsets[k+1]. */
interface GroupedPostings {
  offsets: Int32Array;
  docs: Int32Array;
  weights: Int32Array;
}

/** (key, document, weight) in the order they come, documents ascending: one pass over the documents. */
class PostingList {
  keys: Int32Array;
  docs: Int32Array;
  weights: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.keys = new Int32Array(Math.max(16, capacity));
    this.docs = new Int32Array(Math.max(16, capacity));
    this.weights = new Int32Array(Math.max(16, capacity));
  }

  push(key: number, doc: number, weight: number): void {
    if (this.length === this.keys.length) {
      this.keys = grown(this.keys, this.length + 1);
      this.docs = grown(this.docs, this.length + 1);
      this.weights = grown(this.weights, this.length + 1);
    }
    this.keys[this.length] = key;
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length++;
  }

  /** By key (a counting sort), each key's documents still ascending. */
  grouped(keyCount: number): GroupedPostings {
    const offsets = new Int32Array(keyCount + 1);
    for (let i = 0; i < this.length; i++) offsets[this.keys[i]! + 1]!++;
    for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
    const next = offsets.slice(0, keyCount);
    const docs = new Int32Array(this.length);
    const weights = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const at = next[this.keys[i]!]!++;
      docs[at] = this.docs[i]!;
      weights[at] = this.weights[i]!;
    }
    return { offsets, docs, weights };
  }
}

/**
 * Two terms in a row, numbered as first met: an open-addressing hash table on typed arrays, each
 * slot holding both terms and the pair's number side by side, so a lookup reads one cache line
 * (eight million lookups at full size, mostly misses in a table of megabytes).
 */
class PairTable {
  first = new Int32Array(1024);
  second = new Int32Array(1024);
  /** Per pair, its weighted count in the document being counted, and whether its title says it. */
  counts = new Float64Array(1024);
  inTitle = new Uint8Array(1024);
  size = 0;
  /** Per slot: first term, second term, pair number (-1 for an empty slot). */
  #slots = PairTable.#empty(1 << 16);

  static #empty(slots: number): Int32Array {
    const table = new Int32Array(slots * 3);
    for (let s = 2; s < table.length; s += 3) table[s] = -1;
    return table;
  }

  id(a: number, b: number): number {
    const slots = this.#slots;
    const mask = slots.length / 3 - 1;
    let slot = hashPair(a, b) & mask;
    for (;;) {
      const at = slot * 3;
      const pair = slots[at + 2]!;
      if (pair === -1) break;
      if (slots[at] === a && slots[at + 1] === b) return pair;
      slot = (slot + 1) & mask;
    }
    const pair = this.size++;
    if (pair === this.first.length) {
      this.first = grown(this.first, pair + 1);
      this.second = grown(this.second, pair + 1);
      this.counts = grown(this.counts, pair + 1);
      this.inTitle = grown(this.inTitle, pair + 1);
    }
    this.first[pair] = a;
    this.second[pair] = b;
    slots[slot * 3] = a;
    slots[slot * 3 + 1] = b;
    slots[slot * 3 + 2] = pair;
    // At most half full, so a probe ends soon.
    if (this.size * 2 > mask + 1) this.#grow();
    return pair;
  }

  #grow(): void {
    const slots = PairTable.#empty((this.#slots.length / 3) * 2);
    const mask = slots.length / 3 - 1;
    for (let p = 0; p < this.size; p++) {
      const a = this.first[p]!;
      const b = this.second[p]!;
      let s = hashPair(a, b) & mask;
      while (slots[s * 3 + 2] !== -1) s = (s + 1) & mask;
      slots[s * 3] = a;
      slots[s * 3 + 1] = b;
      slots[s * 3 + 2] = p;
    }
    this.#slots = slots;
  }
}

function hashPair(a: number, b: number): number {
  return Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
}

/**
 * Words as written (before folding) to their term numbers, looked up by the characters of the
 * text itself: most of the eight million words a library says are seen before, and a lookup then
 * cuts no string out of the text (V8's own Map would need one, and would hash it again).
 */
class WordTable {
  #words: string[] = [];
  #hashes = new Int32Array(1024);
  #terms = new Int32Array(1024);
  #slots = new Int32Array(1 << 16).fill(-1);

  term(text: string, start: number, end: number, termOfNewWord: (word: string) => number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const word = this.#slots[slot]!;
      if (word === -1) break;
      if (this.#hashes[word] === hash && sameWord(this.#words[word]!, text, start, end)) return this.#terms[word]!;
      slot = (slot + 1) & mask;
    }
    const word = this.#words.length;
    const written = text.slice(start, end);
    this.#words.push(written);
    if (word === this.#hashes.length) {
      this.#hashes = grown(this.#hashes, word + 1);
      this.#terms = grown(this.#terms, word + 1);
    }
    this.#hashes[word] = hash;
    const term = termOfNewWord(written);
    this.#terms[word] = term;
    this.#slots[slot] = word;
    if (this.#words.length * 2 > this.#slots.length) {
      const slots = new Int32Array(this.#slots.length * 2).fill(-1);
      const bigger = slots.length - 1;
      for (let w = 0; w < this.#words.length; w++) {
        let s = this.#hashes[w]! & bigger;
        while (slots[s] !== -1) s = (s + 1) & bigger;
        slots[s] = w;
      }
      this.#slots = slots;
    }
    return term;
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** A typed array at least `length` long, twice as long as before, with the same start. */
function grown<T extends Uint8Array | Int32Array | Float64Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}
