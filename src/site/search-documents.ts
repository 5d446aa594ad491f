/**
 * What search finds: one document per record, made from the records themselves rather than from
 * their pages, so nothing a page merely lists (other records' summaries, the next lines, the
 * referrers, the local graph) or repeats on every page (a research prompt's instructions) is
 * indexed as this record's words. A search finds the record that says a word.
 */
import type { Atlas, MarkdownRoot, Note } from '../model.ts';
import { toString } from 'mdast-util-to-string';
import { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';
import { collectionDeck } from './pages/collection.ts';
import { paperDeck } from './pages/paper.ts';
import { plainText } from './render-inline.ts';
import type { SearchKind } from './search-schema.ts';
import { firstWords } from './text-cut.ts';

export interface SearchDocument {
  /** The record's id. */
  id: string;
  /** Site-relative, unprefixed. */
  url: string;
  kind: SearchKind;
  title: string;
  /** Plain text, whole (a result shows it shortened). */
  summary: string;
  /** The record's own words besides title and summary, plain text. */
  text: string;
}

export interface SearchDocumentOptions {
  /** Words of a synthesis or note body indexed; the rest of a long body is not searched. */
  maxBodyWords: number;
}

/**
 * A body is searched by its first 100 words: its opening, where a synthesis or a note says what
 * it is about. Whole bodies at full size (10,300 records, 6 million words in all) made a search file
 * of 1.9 MB gzipped that took about 3 s to build; the first 100 words make 1.2 MB in about 1 s.
 */
export const defaultSearchDocumentOptions: SearchDocumentOptions = {
  maxBodyWords: 100,
};

/** Lines, notes (stubs too), papers and collections, in the atlas's order. */
export function searchDocuments(atlas: Atlas, options: Partial<SearchDocumentOptions> = {}): SearchDocument[] {
  const { maxBodyWords } = { ...defaultSearchDocumentOptions, ...options };
  const document = (record: { id: string; url: string }, kind: SearchKind, title: string, summary: string, text: string[]): SearchDocument => ({
    id: record.id,
    url: record.url,
    kind,
    title,
    summary,
    text: text.filter((t) => t !== '').join('\n'),
  });
  const body = (root: MarkdownRoot) => firstWords(blockText(root, maxBodyWords), maxBodyWords);
  return [
    ...atlas.lines.map((line) => document(line, 'line', line.title, plainText(line.summary), [body(line.body), ...line.sources.map((source) => source.title)])),
    ...atlas.notes.map((note) => document(note, note.stub ? 'stub' : 'note', note.title, plainText(noteSummary(note)), [body(note.body), note.originalTitle ?? '', ...stubTestimony(note)])),
    // "arXiv:2506.18032" is indexed as "arxiv", "2506" and "18032": the id typed either way finds it.
    ...atlas.papers.map((paper) => document(paper, 'paper', paper.title, paperDeck(paper), [`arXiv:${paper.arxivId}`])),
    ...atlas.collections.map((collection) => document(collection, 'collection', collection.name, collectionDeck(collection), [collection.name])),
  ];
}

/** As a listing shows a note: its deck, or for a stub what its first referrer said of it. */
function noteSummary(note: Note): string {
  return note.summary || note.testimony[0]?.text || '';
}

/**
 * A stub has no words of its own: its page is what its referrers said of it, so that is what it
 * is found by (a line's text leaves out what it says of its sources for this reason).
 */
function stubTestimony(note: Note): string[] {
  if (!note.stub) return [];
  const summary = noteSummary(note);
  return note.testimony.filter((t) => t.text !== summary).map((t) => plainText(t.text));
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

/**
 * Plain text of a body, one line per block: `toString` of the whole tree runs the last word of
 * a paragraph into the first of the next, which would index neither.
 */
export function blockText(root: MarkdownRoot, maxWords = Infinity): string {
  const blocks: string[] = [];
  let words = 0;
  visit(root, (node) => {
    if (words >= maxWords) return EXIT;
    if (!BLOCKS.has(node.type)) return CONTINUE;
    const text = toString(node);
    blocks.push(text);
    // Enough blocks for `maxWords` words: the rest of a long body is never made into text.
    if (Number.isFinite(maxWords)) words += text.split(/\s+/).length;
    return SKIP;
  });
  return blocks.join('\n');
}
