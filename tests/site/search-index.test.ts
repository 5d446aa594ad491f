/**
 * The search index, made from the records: what each record is found by (its own words, not
 * what its page lists of other records), what a result shows, and the index itself, which must
 * be the index MiniSearch builds from the same documents, load in MiniSearch, find what it
 * should, and come out byte for byte the same from the same notes (the seeds too).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import type { SearchDocument } from '../../src/site/search-documents.ts';
import { blockText, searchDocuments } from '../../src/site/search-documents.ts';
import { RESULT_SUMMARY_CHARS, SEARCH_INDEX_FILE, searchIndexJson, siteSearchIndex, writeSearchIndex } from '../../src/site/search-index.ts';
import { buildPackedIndex } from '../../src/site/search-index-builder.ts';
import { unpackIndex } from '../../src/site/search-index-codec.ts';
import type { IndexedDocument, SearchIndexFile } from '../../src/site/search-schema.ts';
import { SEARCH_INDEX_OPTIONS } from '../../src/site/search-schema.ts';
import { firstWords, shorten } from '../../src/site/text-cut.ts';
import { handMadeAtlas, PROMPT_TEXT } from '../fixtures/site/hand-made-atlas.ts';

const { atlas } = handMadeAtlas();
const documents = searchDocuments(atlas);
const byId = (id: string): SearchDocument => documents.find((d) => d.id === id)!;
const indexed = (docs: readonly SearchDocument[]): IndexedDocument[] => docs.map((d, i) => ({ i, title: d.title, summary: d.summary, text: d.text }));

/** A MiniSearch index in a form that compares equal whatever order its terms were listed in. */
function comparable(plain: AsPlainObject) {
  return { ...plain, index: [...plain.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

describe('searchDocuments', () => {
  it('makes one document per record, lines, notes, papers, collections, in the atlas order', () => {
    const { lines, notes, papers, collections } = atlas;
    const records = [...lines, ...notes, ...papers, ...collections];
    expect(documents.map((d) => [d.id, d.url])).toEqual(records.map((r) => [r.id, r.url]));
    expect(documents.map((d) => d.kind)).toEqual(['line', 'line', 'note', 'note', 'stub', 'paper', 'paper', 'collection']);
  });

  it("indexes a line by its deck, synthesis and sources' titles, not by its prompt, next lines or what it says of its sources", () => {
    const line = byId('line:training');
    expect(line.title).toBe('How do training regimes shape scheming?');
    expect(line.summary).toBe('Whether training decides if peer-preservation shows up as scheming or objection.');
    expect(line.text).toContain('Peer-preservation is real: Do frontier models protect other models?.');
    expect(line.text).toContain('Does knowing about another model matter?');
    for (const elsewhere of ['re-testing claims', 'Do models develop peer-preservation?', 'as the line says', 'raised shutdown tampering']) expect(line.text).not.toContain(elsewhere);
    expect(PROMPT_TEXT).toContain('re-testing claims');
  });

  it('indexes a note by its body and original title, its deck as summary, as plain text', () => {
    const note = byId('note:frontier');
    expect(note.summary).toBe('Seven frontier models resist the shutdown of peers without being told to.');
    expect(note.text).toContain('weight exfiltration');
    expect(note.text).toContain('frontier models spontaneously protect peers');
    expect(note.text).not.toContain('](');
    expect(note.text).not.toContain('Memory of a peer amplifies');
    const hostile = byId('note:hostile');
    // Raw HTML in a note is text on its page, and so in its result (which the client sets as text).
    expect(hostile.summary).toBe('Summary with <b>tags</b> & ampersands & "quotes".');
    expect(hostile.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('finds a stub by what its referrers said of it, the first as its summary', () => {
    const stub = byId('note:knowing');
    expect(stub.kind).toBe('stub');
    expect(stub.summary).toBe('Peer memory raised shutdown tampering from 1% to 15%.');
    expect(stub.text).toBe('Memory of a peer amplifies self-preservation.');
  });

  it('indexes a paper by title and arXiv id, a collection by name, with the decks their pages show', () => {
    const paper = byId('paper:2506.18032');
    expect([paper.title, paper.summary, paper.text]).toEqual(['Why Do Some Language Models Fake Alignment', 'arXiv:2506.18032, dated 2025-06 as cited.', 'arXiv:2506.18032']);
    const collection = byId('collection:alignment');
    expect([collection.title, collection.summary, collection.text]).toEqual(['Alignment', '2 notes sourced from Alignment.', 'Alignment']);
  });

  it("keeps a body's first words only, and every source title", () => {
    const line = searchDocuments(atlas, { maxBodyWords: 3 }).find((d) => d.id === 'line:training')!;
    expect(line.text).toBe('Peer-preservation is real:\nDo frontier models protect other models?\nDoes knowing about another model matter?');
  });

  it('keeps blocks apart, so the last word of one and the first of the next stay two words', () => {
    const root = { type: 'root' as const, children: [
      { type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: 'Heading' }] },
      { type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'one ' }, { type: 'strong' as const, children: [{ type: 'text' as const, value: 'two' }] }] },
      { type: 'list' as const, children: [{ type: 'listItem' as const, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'item' }] }] }] },
    ] };
    expect(blockText(root)).toBe('Heading\none two\nitem');
    expect(blockText(root, 2)).toBe('Heading\none two');
  });
});

describe('text cuts', () => {
  it('shortens at a word with an ellipsis, and leaves short text as it is', () => {
    expect(shorten('  short\ntext ', 160)).toBe('short text');
    const long = 'word '.repeat(60);
    const cut = shorten(long, 160);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut).toMatch(/^(word )+word…$/);
    expect(shorten('a'.repeat(200), 10)).toBe(`${'a'.repeat(10)}…`);
    expect(shorten(`${'a'.repeat(9)}😀 b`, 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('takes the first words', () => {
    expect(firstWords('one two\nthree  four', 3)).toBe('one two\nthree');
    expect(firstWords('one two', 5)).toBe('one two');
    expect(firstWords('one two', Infinity)).toBe('one two');
  });
});

describe('the index', () => {
  it('is the index MiniSearch itself builds from the same documents', async () => {
    for (const docs of [documents, searchDocuments((await loadAtlas('seeds')).atlas)]) {
      const reference = new MiniSearch(SEARCH_INDEX_OPTIONS);
      reference.addAll(indexed(docs));
      expect(comparable(unpackIndex(buildPackedIndex(indexed(docs))))).toEqual(comparable(reference.toJSON()));
    }
  });

  it('is what MiniSearch builds when a word is several terms or none', () => {
    const options = { ...SEARCH_INDEX_OPTIONS, processTerm: (term: string) => (term === 'skip' ? null : term === 'both' ? ['both', 'BOTH', 'both'] : term.toLowerCase()) };
    const docs: IndexedDocument[] = [
      { i: 0, title: 'The the THE', summary: '', text: 'skip both both' },
      { i: 1, title: 'the', summary: 'x', text: '' },
    ];
    const reference = new MiniSearch(options);
    reference.addAll(docs);
    expect(comparable(unpackIndex(buildPackedIndex(docs, options)))).toEqual(comparable(reference.toJSON()));
  });

  it('loads in MiniSearch and finds a record by its words, with what a result shows', () => {
    const file = JSON.parse(searchIndexJson(documents)) as SearchIndexFile;
    const index = MiniSearch.loadJS(unpackIndex(file.index), SEARCH_INDEX_OPTIONS);
    const found = (query: string) => index.search(query, { combineWith: 'AND' }).map((r) => file.documents[r.id as number]![0]);
    expect(found('exfiltration')).toEqual(['/notes/frontier/']);
    expect(found('EXFILTRATION weight')).toEqual(['/notes/frontier/']);
    expect(found('2506.18032')).toEqual(['/papers/2506.18032/']);
    expect(found('nowhere-to-be-found')).toEqual([]);
    expect(file.documents[0]).toEqual(['/inquiring-lines/training/', 'line', 'How do training regimes shape scheming?', 'Whether training decides if peer-preservation shows up as scheming or objection.']);
  });

  it('finds a word with or without its accents', () => {
    const docs: IndexedDocument[] = [{ i: 0, title: 'A naïve probe', summary: '', text: '' }];
    const index = MiniSearch.loadJS(unpackIndex(buildPackedIndex(docs)), SEARCH_INDEX_OPTIONS);
    expect(index.search('naive').map((r) => r.id)).toEqual([0]);
    expect(index.search('NAÏVE').map((r) => r.id)).toEqual([0]);
  });

  it('stores a summary shortened for the result, and searches all of it', () => {
    const long = `${'Opening words of a deck. '.repeat(10)}Endword.`;
    const file = JSON.parse(searchIndexJson([{ id: 'x', url: '/x/', kind: 'note', title: 'T', summary: long, text: '' }])) as SearchIndexFile;
    const summary = file.documents[0]![3];
    expect(summary.length).toBeLessThanOrEqual(RESULT_SUMMARY_CHARS + 1);
    expect(summary.endsWith('…')).toBe(true);
    expect(MiniSearch.loadJS(unpackIndex(file.index), SEARCH_INDEX_OPTIONS).search('endword')).toHaveLength(1);
  });

  it('comes out byte for byte the same from the same notes', async () => {
    const dirs = await Promise.all([0, 1].map(() => mkdtemp(path.join(os.tmpdir(), 'atlas-search-'))));
    try {
      const counts = [];
      for (const dir of dirs) counts.push(await writeSearchIndex(dir, (await loadAtlas('seeds')).atlas));
      const [a, b] = await Promise.all(dirs.map((dir) => readFile(path.join(dir, SEARCH_INDEX_FILE))));
      expect(a!.equals(b!)).toBe(true);
      const seeds = (await loadAtlas('seeds')).atlas;
      expect(counts[0]).toBe(seeds.lines.length + seeds.notes.length + seeds.papers.length + seeds.collections.length);
      expect(a!.toString()).toBe(siteSearchIndex(seeds).json);
    } finally {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });
});
