/**
 * The search index, made from the records: what each record is found by (everything it says,
 * to the last word of its body), how words are cut and folded, the sharded files and the engine
 * that reads only the shards a query needs, the passages and marks a result shows, and the same
 * bytes from the same notes (the seeds too).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import type { Atlas } from '../../src/model.ts';
import type { SearchDocument } from '../../src/site/outputs/search-documents.ts';
import { blockText, searchDocuments } from '../../src/site/outputs/search-documents.ts';
import { SEARCH_INDEX_FILE, siteSearchIndex } from '../../src/site/outputs/search-index.ts';
import { buildSearchIndex } from '../../src/site/outputs/search-index-builder.ts';
import type { Segment } from '../../src/wire/search-passage.ts';
import { bestPassage, highlightAll, leading } from '../../src/wire/search-passage.ts';
import { editDistance, parseQuery, SearchEngine } from '../../src/wire/search-query.ts';
import type { SearchManifest } from '../../src/wire/search-schema.ts';
import { decodePostings, decodeStoredDocument, encodeStoredDocument, foldTerm, shardOf, terms, tokens } from '../../src/wire/search-schema.ts';
import { firstWords, shorten } from '../../src/site/render/text-cut.ts';
import { handMadeAtlas, PROMPT_TEXT } from '../fixtures/site/hand-made-atlas.ts';

const { atlas } = handMadeAtlas();
const documents = searchDocuments(atlas);
const byId = (id: string): SearchDocument => documents.find((d) => d.id === id)!;

/** An engine over files in memory, counting what it loads. */
function engineOver(files: Map<string, string>, prefix = 'search/') {
  const loaded: string[] = [];
  const manifest = JSON.parse(files.get(`${prefix}index.json`)!) as SearchManifest;
  const engine = new SearchEngine(manifest, (file) => {
    loaded.push(file);
    const content = files.get(`${prefix}${file}`);
    if (content === undefined) return Promise.reject(new Error(`no ${file}`));
    return Promise.resolve(content);
  });
  const urls = async (query: string, filters = {}) => Promise.all((await engine.search(query, filters)).documents.map(async (n) => (await engine.document(n))[0]));
  return { engine, loaded, urls, manifest };
}

/** The files of a built index, as `siteSearchIndex` names them. */
function filesOf(built: ReturnType<typeof buildSearchIndex>): Map<string, string> {
  const files = new Map<string, string>();
  built.documents.forEach((d, n) => files.set(`search/d/${n}.txt`, d));
  built.termShards.forEach((s, n) => files.set(`search/t/${n}.json`, s));
  built.pairShards.forEach((s, n) => files.set(`search/p/${n}.json`, s));
  files.set('search/index.json', JSON.stringify(built.manifest));
  return files;
}

const collectionsOf = (a: Atlas) => a.collections.map((c) => ({ id: c.id, slug: c.slug, name: c.name }));
const text = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('searchDocuments', () => {
  it('makes one document per record, lines, notes, papers, collections, in the atlas order', () => {
    const { lines, notes, papers, collections } = atlas;
    const records = [...lines, ...notes, ...papers, ...collections];
    expect(documents.map((d) => [d.id, d.url])).toEqual(records.map((r) => [r.id, r.url]));
    expect(documents.map((d) => d.kind)).toEqual(['line', 'line', 'note', 'note', 'stub', 'paper', 'paper', 'collection']);
  });

  it('indexes a line by its deck, whole synthesis and what it says of its sources, not by its prompt or next lines', () => {
    const line = byId('line:training');
    expect(line.title).toBe('How do training regimes shape scheming?');
    expect(line.summary).toBe('Whether training decides if peer-preservation shows up as scheming or objection.');
    expect(line.text).toContain('Peer-preservation is real: Do frontier models protect other models?.');
    expect(line.text).toContain('And hostile titles link');
    expect(line.text).toContain('Does knowing about another model matter?');
    expect(line.text).toContain('Peer memory raised shutdown tampering from 1% to 15%.');
    for (const elsewhere of ['re-testing claims', 'Do models develop peer-preservation?']) expect(line.text).not.toContain(elsewhere);
    expect(PROMPT_TEXT).toContain('re-testing claims');
  });

  it('indexes a note by its whole body and original title, its deck as summary, as plain text, with its collection', () => {
    const note = byId('note:frontier');
    expect(note.summary).toBe('Seven frontier models resist the shutdown of peers without being told to.');
    expect(note.text).toContain('weight exfiltration');
    expect(note.text).toContain('frontier models spontaneously protect peers');
    expect(note.text).not.toContain('](');
    expect(note.collection).toBe('collection:alignment');
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
    expect([collection.title, collection.summary, collection.collection]).toEqual(['Alignment', '2 notes sourced from Alignment.', 'collection:alignment']);
  });

  it('keeps blocks apart, so the last word of one and the first of the next stay two words', () => {
    const root = {
      type: 'root' as const,
      children: [
        { type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: 'Heading' }] },
        {
          type: 'paragraph' as const,
          children: [
            { type: 'text' as const, value: 'one ' },
            { type: 'strong' as const, children: [{ type: 'text' as const, value: 'two' }] },
          ],
        },
        { type: 'list' as const, children: [{ type: 'listItem' as const, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'item' }] }] }] },
      ],
    };
    expect(blockText(root)).toBe('Heading\none two\nitem');
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

describe('words', () => {
  it('cuts at anything but letters, digits and accents, and folds case and accents', () => {
    expect(terms('Peer-preservation: NAÏVE naïve “quoted” arXiv:2506.18032 l’homme')).toEqual(['peer', 'preservation', 'naive', 'naive', 'quoted', 'arxiv', '2506', '18032', 'l', 'homme']);
    // Decomposed accents, letters outside the first plane (folded to what they stand for), scripts without case.
    expect(terms('nai\u0308ve 𝐀𝐁 日本語 Ωμέγα')).toEqual(['naive', 'ab', '日本語', 'ωμεγα']);
    expect(tokens('  two words ')).toEqual([
      { term: 'two', start: 2, end: 5 },
      { term: 'words', start: 6, end: 11 },
    ]);
    expect(foldTerm('Émergent')).toBe('emergent');
  });

  it('reads a query as words, "quoted phrases" and a last word still being typed', () => {
    expect(parseQuery('Peer preserv')).toEqual({ words: ['peer', 'preserv'], phrases: [], exact: [], prefixLast: true });
    expect(parseQuery('peer preservation ')).toMatchObject({ prefixLast: false });
    expect(parseQuery('"peer preservation" model')).toEqual({ words: ['model'], phrases: [['peer', 'preservation']], exact: [], prefixLast: true });
    expect(parseQuery('“Peer-Preservation”')).toEqual({ words: [], phrases: [['peer', 'preservation']], exact: [], prefixLast: false });
    expect(parseQuery('"exact" "unclosed phrase')).toEqual({ words: [], phrases: [['unclosed', 'phrase']], exact: ['exact'], prefixLast: false });
  });

  it('measures edit distance, stopping early past the limit', () => {
    expect(editDistance('exfiltration', 'exfiltratoin', 2)).toBe(2);
    expect(editDistance('model', 'models', 1)).toBe(1);
    expect(editDistance('model', 'banana', 1)).toBe(2);
  });
});

describe('the index files', () => {
  it('cuts terms into shards in order, each found by its first key', () => {
    const built = buildSearchIndex(documents, collectionsOf(atlas), 200);
    expect(built.termShards.length).toBeGreaterThan(3);
    const keys = built.manifest.terms;
    expect([...keys].sort()).toEqual(keys);
    built.termShards.forEach((shard, n) => {
      const entries = JSON.parse(shard) as [string, string][];
      expect(entries[0]![0]).toBe(keys[n]);
      for (const [key] of entries) expect(shardOf(keys, key)).toBe(n);
    });
    const pairs = built.pairShards.flatMap((shard) => (JSON.parse(shard) as [string, string][]).map(([key]) => key));
    expect(pairs).toEqual([...pairs].sort());
    expect(pairs).toContain('peer preservation');
  });

  it('encodes postings so they decode to the documents and weights', () => {
    const many = Array.from({ length: 3000 }, (_, i): SearchDocument => ({
      id: `${i}`,
      url: `/${i}/`,
      kind: 'note',
      title: i % 1000 === 0 ? 'rare word' : 'common',
      summary: '',
      text: 'common '.repeat(1 + (i % 5)),
    }));
    const built = buildSearchIndex(many, []);
    const entries = new Map(built.termShards.flatMap((s) => JSON.parse(s) as [string, string][]));
    expect(decodePostings(entries.get('rare')!).docs).toEqual([0, 1000, 2000]);
    const common = decodePostings(entries.get('common')!);
    expect(common.docs).toHaveLength(3000);
    // More of a word (and a title that says it) weighs more.
    expect(common.weights[1]).toBeGreaterThan(common.weights[0]!);
    expect(Math.min(...common.weights)).toBeGreaterThanOrEqual(1);
  });

  it('stores what a result shows in a plain text file per document', () => {
    const doc = ['/notes/x/', 'note', 'Title\nwith a break', 'Deck', 'Body\nsecond block'] as const;
    expect(decodeStoredDocument(encodeStoredDocument([...doc]))).toEqual(['/notes/x/', 'note', 'Title with a break', 'Deck', 'Body\nsecond block']);
    const files = siteSearchIndex(atlas).files;
    expect(decodeStoredDocument(files.get('search/d/0.txt')!)).toEqual([
      '/inquiring-lines/training/',
      'line',
      'How do training regimes shape scheming?',
      'Whether training decides if peer-preservation shows up as scheming or objection.',
      byId('line:training').text,
    ]);
    expect([...files.keys()].at(-1)).toBe(SEARCH_INDEX_FILE);
  });
});

describe('the engine', () => {
  const small = engineOver(filesOf(buildSearchIndex(documents, collectionsOf(atlas), 200)));

  it('finds a record by any of its words, whatever the case and accents', async () => {
    expect(await small.urls('exfiltration')).toEqual(['/notes/frontier/']);
    expect(await small.urls('EXFILTRATION weight')).toEqual(['/notes/frontier/']);
    expect(await small.urls('2506.18032')).toContain('/papers/2506.18032/');
    expect(await small.urls('nowhere-to-be-found')).toEqual([]);
    expect(await small.urls('ampersand')).toEqual(['/notes/hostile/']);
  });

  it('needs every word, matches the last as a prefix while typed, and a longer word despite a typo', async () => {
    expect(await small.urls('exfiltration villains')).toEqual([]);
    expect(await small.urls('exfiltr')).toEqual(['/notes/frontier/']);
    expect(await small.urls('exfiltr ')).toEqual([]);
    expect(await small.urls('exfiltratoin')).toEqual(['/notes/frontier/']);
  });

  it('matches a quoted phrase only as a phrase', async () => {
    const phrase = await small.urls('"shutdown tampering"');
    expect(phrase).toContain('/notes/frontier/');
    expect(await small.urls('"tampering shutdown"')).toEqual([]);
    expect(await small.urls('"peer preservation"')).toEqual(expect.arrayContaining(['/inquiring-lines/training/', '/inquiring-lines/peer/']));
  });

  it('filters by kind and by collection', async () => {
    const all = await small.urls('models');
    expect(all.length).toBeGreaterThan(2);
    expect(await small.urls('models', { kind: 'line' })).toEqual(all.filter((u) => u.startsWith('/inquiring-lines/')));
    expect(await small.urls('models', { kind: 'note' })).toEqual(all.filter((u) => u.startsWith('/notes/')));
    expect(await small.urls('models', { collection: 'alignment' })).toEqual(all.filter((u) => ['/notes/frontier/', '/notes/hostile/', '/collections/alignment/'].includes(u)));
    expect(await small.urls('alignment', { collection: 'alignment', kind: 'collection' })).toEqual(['/collections/alignment/']);
  });

  it('fetches only the shards of the words asked for', async () => {
    const fresh = engineOver(filesOf(buildSearchIndex(documents, collectionsOf(atlas), 200)));
    await fresh.engine.search('exfiltration tampering');
    expect(fresh.loaded.length).toBeLessThanOrEqual(2);
    expect(fresh.loaded.every((f) => f.startsWith('t/'))).toBe(true);
    expect(fresh.manifest.terms.length).toBeGreaterThan(fresh.loaded.length * 2);
  });
});

describe('passages', () => {
  const highlight = async (query: string) => (await small().engine.search(query)).highlight;
  const small = () => engineOver(filesOf(buildSearchIndex(documents, collectionsOf(atlas))));

  it('marks the words matched, in the stretch where most of them are', async () => {
    const long = `${'filler words here. '.repeat(40)}The weight exfiltration was seen. ${'more filler. '.repeat(40)}`;
    const passage = bestPassage(long, await highlight('exfiltration weight'))!;
    expect(passage.distinct).toBe(2);
    expect(text(passage.segments)).toMatch(/^….* The \[weight\] \[exfiltration\] was seen\. .*…$/);
    expect(bestPassage('nothing here', await highlight('exfiltration'))).toBeNull();
  });

  it('marks a phrase as one, and a word being typed by its start', async () => {
    expect(text(highlightAll('Peer-preservation and peer review', await highlight('"peer preservation"')))).toBe('[Peer-preservation] and peer review');
    expect(text(highlightAll('Exfiltration, exfiltrated', await highlight('exfil')))).toBe('[Exfiltration], [exfiltrated]');
    expect(text(leading('one two three', 2))).toBe('one two…');
  });
});

describe('every record is findable by the last word of its body', () => {
  it.each([
    ['the hand-made atlas', () => Promise.resolve(atlas)],
    ['the seeds', async () => (await loadAtlas('seeds')).atlas],
  ])('%s', async (_name, get) => {
    const source = await get();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-search-'));
    try {
      writeSearchIndex(dir, source);
      const files = new Map<string, string>();
      for (const entry of await readdir(path.join(dir, 'search'), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const full = path.join(entry.parentPath, entry.name);
        files.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full, 'utf8'));
      }
      const { engine } = engineOver(files);
      const docs = searchDocuments(source);
      let checked = 0;
      for (const [n, doc] of docs.entries()) {
        const last = tokens(doc.text).at(-1)?.term;
        if (!last) continue;
        const found = await engine.search(`"${last}"`);
        expect(found.documents, `${doc.url} by "${last}"`).toContain(n);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('determinism', () => {
  it('writes the same files, byte for byte, from the same notes', async () => {
    const dirs = await Promise.all([0, 1].map(() => mkdtemp(path.join(os.tmpdir(), 'atlas-search-'))));
    try {
      const counts = [];
      for (const dir of dirs) counts.push(writeSearchIndex(dir, (await loadAtlas('seeds')).atlas));
      const list = async (dir: string) =>
        (await readdir(path.join(dir, 'search'), { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
          .sort();
      const [a, b] = await Promise.all(dirs.map(list));
      expect(a).toEqual(b);
      for (const file of a!) expect((await readFile(path.join(dirs[0]!, file))).equals(await readFile(path.join(dirs[1]!, file))), file).toBe(true);
      const seeds = (await loadAtlas('seeds')).atlas;
      expect(counts[0]).toBe(seeds.lines.length + seeds.notes.length + seeds.papers.length + seeds.collections.length);
    } finally {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });
});

/** The index of `atlas` written under `dir`, as the search emitter writes it; the number of documents. */
function writeSearchIndex(dir: string, atlas: Atlas): number {
  const { files, documents } = siteSearchIndex(atlas);
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return documents;
}
