/**
 * The full-text search index, written by the build from the records (`search-documents.ts`), not
 * read back out of the rendered pages: a MiniSearch index (`search-index-builder.ts`) and what a
 * result shows, in `<out>/search/index.json`. Only the search page (and the home page's box, once
 * used) fetches it.
 *
 * The same records in the same order give the same bytes: documents are numbered in the
 * atlas's order, terms are listed in the order they are first met, and nothing else goes in.
 */
import path from 'node:path';
import type { Atlas } from '../model.ts';
import type { SearchDocumentOptions } from './search-documents.ts';
import { searchDocuments } from './search-documents.ts';
import type { SearchDocument } from './search-documents.ts';
import { buildPackedIndex } from './search-index-builder.ts';
import type { IndexedDocument, SearchIndexFile } from './search-schema.ts';
import { SEARCH_INDEX_URL } from './search-schema.ts';
import { shorten } from './text-cut.ts';
import { writeIntoFolder } from './write-into-folder.ts';

/** A result shows this much of a summary; the whole summary is searched. */
export const RESULT_SUMMARY_CHARS = 160;

/** Where the index goes, relative to the site folder. */
export const SEARCH_INDEX_FILE = SEARCH_INDEX_URL.slice(1);

/** The contents of `search/index.json` for `documents`. */
export function searchIndexJson(documents: readonly SearchDocument[]): string {
  const file: SearchIndexFile = {
    index: buildPackedIndex(documents.map((d, i): IndexedDocument => ({ i, title: d.title, summary: d.summary, text: d.text }))),
    documents: documents.map((d) => [d.url, d.kind, d.title, shorten(d.summary, RESULT_SUMMARY_CHARS)]),
  };
  return JSON.stringify(file);
}

/** The index of `atlas`'s records, as `search/index.json` holds it, and how many documents it has. */
export function siteSearchIndex(atlas: Atlas, options: Partial<SearchDocumentOptions> = {}): { json: string; documents: number } {
  const documents = searchDocuments(atlas, options);
  return { json: searchIndexJson(documents), documents: documents.length };
}

/** Build the index of `atlas` and write it under `outDir`; the number of documents indexed. */
export async function writeSearchIndex(outDir: string, atlas: Atlas): Promise<number> {
  const { json, documents } = siteSearchIndex(atlas);
  await writeIntoFolder(path.join(outDir, SEARCH_INDEX_FILE), json);
  return documents;
}
