/**
 * What search finds: one document per record, made from the records themselves rather than from
 * their pages, so nothing a page merely lists about other records (the next lines, the
 * referrers, the local graph) or repeats on every page (a research prompt's instructions) is
 * indexed as this record's words. Everything a record says is searched, whole: its title, its
 * deck, its body to the last word, and for a line the title and summary it gives each source.
 */
import type { Atlas, AtlasRecord, MarkdownRoot, Note } from '../../model.ts';
import { toString } from 'mdast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { collectionDeck } from '../pages/collection.ts';
import { paperDeck } from '../pages/paper.ts';
import { tagDeck } from '../pages/tag.ts';
import { tagPages } from '../data/tag-pages.ts';
import { plainText } from '../render/render-inline.ts';
import { kindKey } from '../data/record-kind.ts';
import type { SearchKind } from '../../wire/search-schema.ts';

export interface SearchDocument {
  /** The record's id. */
  id: string;
  /** Site-relative, unprefixed. */
  url: string;
  kind: SearchKind;
  title: string;
  /** Plain text, whole. */
  summary: string;
  /** The record's own words besides title and summary, plain text, one block a line. */
  text: string;
  /** Id of the collection a note is in (a collection is in itself), for filtering. */
  collection?: string;
}

/**
 * Lines, notes (stubs too), papers and collections, in the atlas's order, then the tag pages by
 * path. A tag page is found by its tag's words (`#hobby/plants`: "hobby", "plants") and those of
 * its narrower tags, not by the titles it lists, which are their records' words.
 */
export function searchDocuments(atlas: Atlas): SearchDocument[] {
  const document = (record: AtlasRecord, title: string, summary: string, text: string[], collection?: string): SearchDocument => ({
    id: record.id,
    url: record.url,
    kind: kindKey(record),
    title,
    summary,
    text: text.filter((t) => t !== '').join('\n'),
    ...(collection ? { collection } : {}),
  });
  return [
    // A source's title and the summary the line gives it are what the line says of it.
    ...atlas.lines.map((line) => document(line, line.title, plainText(line.summary), [blockText(line.body), ...line.sources.flatMap((source) => [source.title, plainText(source.summary)])])),
    ...atlas.notes.map((note) => document(note, note.title, plainText(noteSummary(note)), [blockText(note.body), note.originalTitle ?? '', ...stubTestimony(note)], note.collectionId)),
    // "arXiv:2506.18032" is indexed as "arxiv", "2506" and "18032": the id typed either way finds it.
    ...atlas.papers.map((paper) => document(paper, paper.title, paperDeck(paper), [`arXiv:${paper.arxivId}`])),
    ...atlas.collections.map((collection) => document(collection, collection.name, collectionDeck(collection), [], collection.id)),
    ...tagPages(atlas).map((tag): SearchDocument => {
      const narrower = tag.children.map((child) => `#${child}`).join(' ');
      return { id: tag.id, url: tag.url, kind: 'tag', title: `#${tag.name}`, summary: tagDeck(tag), text: narrower };
    }),
  ];
}

/** As a listing shows a note: its deck, or for a stub what its first referrer said of it. */
function noteSummary(note: Note): string {
  return note.summary || note.testimony[0]?.text || '';
}

/**
 * A stub has no words of its own: its page is what its referrers said of it, so that is what it
 * is found by.
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
export function blockText(root: MarkdownRoot): string {
  const blocks: string[] = [];
  visit(root, (node) => {
    if (!BLOCKS.has(node.type)) return CONTINUE;
    blocks.push(toString(node));
    return SKIP;
  });
  return blocks.join('\n');
}
