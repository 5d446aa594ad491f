/**
 * The search index's format: the contract between the build, which writes it, and the browser,
 * which reads it. MiniSearch can only load an index with the options it was built with, so both
 * sides take them from here. Nothing here may import Node modules: the client bundles it.
 */
import type { Options } from 'minisearch';
import type { KindKey } from '../vocabulary.ts';
import { KIND_LABELS } from '../vocabulary.ts';
import type { PackedIndex } from './search-index-codec.ts';

/** How a result is labelled and coloured (`data-kind`, as the record pages' kind labels are). */
export type SearchKind = KindKey;

export const SEARCH_KIND_LABELS = KIND_LABELS;

/** The file under the site root, unprefixed; the page's form carries it prefixed. */
export const SEARCH_INDEX_URL = '/search/index.json';

/**
 * What a result shows, one array per document, in index order: the index refers to documents by
 * their position in this list, so it stores no fields and no string ids of its own (MiniSearch's
 * stored fields would repeat every field name 10,000 times).
 */
export type StoredDocument = [url: string, kind: SearchKind, title: string, summary: string];

/**
 * `search/index.json`. One file rather than an index and a list of documents beside it: the two
 * must come from the same build (positions change when a record is added), and a cache or a
 * rebuild in `atlas serve` could otherwise hand the browser one of each.
 */
export interface SearchIndexFile {
  index: PackedIndex;
  documents: StoredDocument[];
}

/** One document as the index sees it: its position and the fields searched. */
export interface IndexedDocument {
  i: number;
  title: string;
  summary: string;
  text: string;
}

export const SEARCH_INDEX_OPTIONS: Options<IndexedDocument> = {
  idField: 'i',
  fields: ['title', 'summary', 'text'],
  storeFields: [],
  processTerm: foldTerm,
};

/**
 * A term as indexed and as searched: lower case, and without accents so that "naïve" finds
 * "naive" and back. Most terms are ASCII and skip the (slow) normalisation.
 */
export function foldTerm(term: string): string {
  return (/[^\x00-\x7f]/.test(term) ? term.normalize('NFKD').replace(/\p{M}+/gu, '') : term).toLowerCase();
}
