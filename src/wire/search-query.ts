/**
 * A query against the sharded index (`search-schema.ts`), fetching only the shards its words are
 * in: the engine the search page runs, and the tests run on a built site's files. Nothing here
 * may import Node modules or touch the DOM: the client bundles it, and the files come through
 * `load`, whatever fetches them.
 *
 * Every word must match (in any field), whatever its case and accents; the last word, while it
 * is being typed, also matches as the start of a longer word; a word of more than four letters
 * also matches words one letter off (two for more than eight) among the terms of its own shard,
 * which holds the words that sort near it. "Quoted words" match only as that phrase: each two
 * words in a row are looked up as a pair.
 */
import type { SearchManifest, Shard, StoredDocument } from './search-schema.ts';
import { decodePostings, decodeStoredDocument, KIND_FILTERS, pairKey, SEARCH_FOLDERS, shardOf, terms, WEIGHT_SCALE } from './search-schema.ts';

export interface ParsedQuery {
  /** Words to match anywhere, folded. */
  words: string[];
  /** Quoted phrases of two or more words, folded (a quoted single word is in `exact`). */
  phrases: string[][];
  /** Quoted single words: matched as typed, no prefix or typo. */
  exact: string[];
  /** True when the last of `words` is still being typed (nothing follows it). */
  prefixLast: boolean;
}

/** Words, "quoted phrases" (an unclosed quote runs to the end) and whether the last word is unfinished. */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], exact: [], prefixLast: false };
  const parts = query.split(/["“”]/);
  parts.forEach((part, i) => {
    const found = terms(part);
    if (i % 2 === 0) parsed.words.push(...found);
    else if (found.length === 1) parsed.exact.push(found[0]!);
    else if (found.length > 1) parsed.phrases.push(found);
  });
  // Outside quotes, ending in a word: that word may be the start of a longer one.
  const last = parts[parts.length - 1]!;
  parsed.prefixLast = parts.length % 2 === 1 && parsed.words.length > 0 && terms(last).length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(last);
  return parsed;
}

export interface SearchFilters {
  /** A `KIND_FILTERS` value, or '' for all. */
  kind?: string;
  /** A collection's slug, or '' for all. */
  collection?: string;
}

/** What a query found: documents best first, and what to highlight in them. */
export interface SearchOutcome {
  documents: number[];
  highlight: Highlight;
}

/** The words to mark in a result: each query part, as the terms it matched. */
export interface Highlight {
  /** Per plain or exact word: the folded terms that count as it. */
  words: { terms: Set<string>; prefix?: string }[];
  phrases: string[][];
}

/** A prefix spanning more shards than this matches in the first ones only ("m" is not worth 50 files). */
export const MAX_PREFIX_SHARDS = 3;

const PREFIX_FACTOR = 0.5;
const TYPO_FACTOR = 0.4;

type Postings = ReturnType<typeof decodePostings>;

// TypeScript's `private`, not `#fields`: esbuild lowers those into helpers in a chunk that every
// page's scripts would then import.
export class SearchEngine {
  readonly manifest: SearchManifest;
  private readonly load: (path: string) => Promise<string>;
  private readonly shards = new Map<string, Promise<Map<string, string>>>();
  private readonly documents = new Map<number, Promise<StoredDocument>>();
  /** Postings decoded once: typing "mod", "mode", "model" reads the same ones again. */
  private readonly decoded = new Map<string, Postings>();

  /** `load` fetches a file by its path relative to the manifest's folder (`t/0.json`), as text. */
  constructor(manifest: SearchManifest, load: (path: string) => Promise<string>) {
    this.manifest = manifest;
    this.load = load;
  }

  async search(query: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
    const parsed = parseQuery(query);
    const highlight: Highlight = { words: [], phrases: parsed.phrases };
    const parts: Promise<Scores>[] = [];
    parsed.words.forEach((word, i) => {
      const prefix = parsed.prefixLast && i === parsed.words.length - 1;
      const matched = { terms: new Set<string>(), ...(prefix ? { prefix: word } : {}) };
      highlight.words.push(matched);
      parts.push(this.word(word, { prefix, typos: true }, matched.terms));
    });
    for (const word of parsed.exact) {
      const matched = { terms: new Set<string>() };
      highlight.words.push(matched);
      parts.push(this.word(word, { prefix: false, typos: false }, matched.terms));
    }
    for (const phrase of parsed.phrases) parts.push(this.phrase(phrase));
    if (parts.length === 0) return { documents: [], highlight };
    const { scores, docs } = intersect(await Promise.all(parts), this.manifest.documents);
    const documents = docs.filter(this.filter(filters));
    documents.sort((a, b) => scores[b]! - scores[a]! || a - b);
    return { documents, highlight };
  }

  /** What a result shows of document `n`, fetched once. */
  document(n: number): Promise<StoredDocument> {
    let found = this.documents.get(n);
    if (!found) {
      found = this.load(`${SEARCH_FOLDERS.documents}/${n}.txt`).then(decodeStoredDocument);
      found.catch(() => this.documents.delete(n));
      this.documents.set(n, found);
    }
    return found;
  }

  private filter({ kind = '', collection = '' }: SearchFilters): (n: number) => boolean {
    const letters = KIND_FILTERS.find((k) => k.value === kind)?.letters;
    const wanted = collection ? this.manifest.collections.findIndex(([slug]) => slug === collection) + 1 : 0;
    return (n) => (!letters || letters.includes(this.manifest.kinds[n]!)) && (!collection || this.manifest.collectionOf[n] === wanted);
  }

  /** Scores of the documents matching one word, and the terms that matched it into `matched`. */
  private async word(word: string, { prefix, typos }: { prefix: boolean; typos: boolean }, matched: Set<string>): Promise<Scores> {
    const keys = this.manifest.terms;
    const first = shardOf(keys, word);
    let last = first;
    if (prefix) last = Math.min(shardOf(keys, `${word}\uffff`), first + MAX_PREFIX_SHARDS - 1);
    const shards = await Promise.all(Array.from({ length: last - first + 1 }, (_, i) => this.shard(SEARCH_FOLDERS.terms, first + i)));
    const distance = typos && word.length > 4 ? (word.length > 8 ? 2 : 1) : 0;
    const scores = this.scores();
    shards.forEach((shard, i) => {
      for (const [term, encoded] of shard) {
        let factor = 0;
        if (term === word) factor = 1;
        else if (prefix && term.startsWith(word)) factor = PREFIX_FACTOR;
        else if (i === 0 && distance > 0 && Math.abs(term.length - word.length) <= distance && editDistance(word, term, distance) <= distance) factor = TYPO_FACTOR;
        if (factor === 0) continue;
        matched.add(term);
        this.score(this.postings(`t ${term}`, encoded), factor, scores);
      }
    });
    return scores;
  }

  /** Documents holding every two words of `phrase` in a row, scored by those pairs. */
  private async phrase(phrase: string[]): Promise<Scores> {
    const pairs = await Promise.all(
      phrase.slice(1).map(async (second, i) => {
        const key = pairKey(phrase[i]!, second);
        const shard = await this.shard(SEARCH_FOLDERS.pairs, shardOf(this.manifest.pairs, key));
        const scores = this.scores();
        const encoded = shard.get(key);
        if (encoded !== undefined) this.score(this.postings(`p ${key}`, encoded), 1, scores);
        return scores;
      }),
    );
    return intersect(pairs, this.manifest.documents);
  }

  private scores(): Scores {
    return { scores: new Float64Array(this.manifest.documents), docs: [] };
  }

  /** BM25: the weight the build gave each document, times how rare the term is; the best per document. */
  private score({ docs, weights }: Postings, factor: number, into: Scores): void {
    const total = this.manifest.documents;
    const idf = Math.log(1 + (total - docs.length + 0.5) / (docs.length + 0.5));
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const score = (factor * idf * weights[i]!) / WEIGHT_SCALE;
      const before = into.scores[doc]!;
      if (before === 0) into.docs.push(doc);
      if (score > before) into.scores[doc] = score;
    }
  }

  private postings(key: string, encoded: string): Postings {
    let found = this.decoded.get(key);
    if (!found) this.decoded.set(key, (found = decodePostings(encoded)));
    return found;
  }

  private shard(folder: string, n: number): Promise<Map<string, string>> {
    const file = `${folder}/${n}.json`;
    let found = this.shards.get(file);
    if (!found) {
      found = this.load(file).then((text) => new Map(JSON.parse(text) as Shard));
      // A failed download may succeed next time.
      found.catch(() => this.shards.delete(file));
      this.shards.set(file, found);
    }
    return found;
  }
}

/** Per document its score (0 where it does not match), and the documents that match. */
interface Scores {
  scores: Float64Array;
  docs: number[];
}

/** Documents in every one of `parts`, with the sum of their scores. */
function intersect(parts: Scores[], total: number): Scores {
  if (parts.length === 1) return parts[0]!;
  const result: Scores = { scores: new Float64Array(total), docs: [] };
  if (parts.length === 0) return result;
  const [smallest, ...rest] = [...parts].sort((a, b) => a.docs.length - b.docs.length);
  for (const doc of smallest!.docs) {
    let sum = smallest!.scores[doc]!;
    for (const part of rest) {
      const score = part.scores[doc]!;
      if (score === 0) {
        sum = 0;
        break;
      }
      sum += score;
    }
    if (sum > 0) {
      result.scores[doc] = sum;
      result.docs.push(doc);
    }
  }
  return result;
}

/** Levenshtein distance of `a` and `b`, or more than `max` as soon as it must be. */
export function editDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
