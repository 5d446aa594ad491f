import { describe, expect, it } from 'vitest';
import { resolveAtlas } from '../../src/resolve/index.ts';
import { filesFor, line, messagesOf, note } from './build-docs.ts';

const HOW_MUCH = 'How much does self-preservation drive alignment faking in AI models?';

describe('notes and stubs', () => {
  it('makes one node of the same title written differently in two files', () => {
    const docs = [
      line('a.md', 'Line A', { sources: ['Does “warmth” training make models less reliable?'] }),
      line('b.md', 'Line B', { sources: ['does  "warmth" TRAINING make models less reliable?'] }),
    ];
    const atlas = resolveAtlas(docs, filesFor(docs));
    expect(atlas.notes).toHaveLength(1);
    const [stub] = atlas.notes;
    expect(stub!.stub).toBe(true);
    expect(stub!.title).toBe('Does “warmth” training make models less reliable?');
    expect(atlas.lines.map((l) => l.sources[0]!.target)).toEqual([stub!.id, stub!.id]);
  });

  it('resolves a source to the full note with that title rather than making a stub beside it', () => {
    const docs = [
      line('000.md', 'Line one', { sources: [HOW_MUCH] }),
      line('001.md', 'Line two', { sources: [HOW_MUCH.toLowerCase()] }),
      note('003.md', HOW_MUCH, { body: 'A note body.', collection: 'Alignment' }),
      line('004.md', 'Line three', { sources: [HOW_MUCH] }),
    ];
    const atlas = resolveAtlas(docs, filesFor(docs));
    expect(atlas.notes).toHaveLength(1);
    const full = atlas.notes[0]!;
    expect(full.stub).toBe(false);
    expect(full.file).toBe('003.md');
    for (const l of atlas.lines) expect(l.sources.map((s) => s.target)).toEqual([full.id]);
    // Testimony in file order: 000, 001, 004.
    expect(full.testimony.map((t) => [t.from, t.as])).toEqual([
      ['line:line-one', 'source'],
      ['line:line-two', 'source'],
      ['line:line-three', 'source'],
    ]);
  });

  it('matches a reference against a note’s original title as an alias', () => {
    const docs = [
      note('n.md', 'Why do models fake alignment?', { originalTitle: 'terminal goal guarding drives alignment faking' }),
      line('l.md', 'A line', { sources: ['Terminal goal guarding drives alignment faking'] }),
    ];
    const atlas = resolveAtlas(docs, filesFor(docs));
    expect(atlas.notes).toHaveLength(1);
    expect(atlas.lines[0]!.sources[0]!.target).toBe(atlas.notes[0]!.id);
    expect(atlas.notes[0]!.slug).toBe('terminal-goal-guarding-drives-alignment-faking');
  });

  it('keeps every summary and description referrers gave a stub, and takes its summary from the first', () => {
    const docs = [
      line('a.md', 'Line A', { sources: [['Is it a stub?', 'Summary from A.']] }),
      line('b.md', 'Line B', { sources: [['is it a stub?', 'Summary from B.']] }),
      note('c.md', 'A full note', { related: [{ title: 'Is it a stub?', description: 'Described by C.', relation: 'extends it' }] }),
    ];
    const atlas = resolveAtlas(docs, filesFor(docs));
    const stub = atlas.notes.find((n) => n.stub)!;
    const [a, b] = atlas.lines;
    const c = atlas.notes.find((n) => !n.stub)!;
    expect(stub.testimony).toEqual([
      { from: a!.id, as: 'source', text: 'Summary from A.' },
      { from: b!.id, as: 'source', text: 'Summary from B.' },
      { from: c.id, as: 'related', text: 'Described by C.', relation: 'extends it' },
    ]);
    expect(stub.summary).toBe('Summary from A.');
    expect(stub).toMatchObject({ file: null, format: null, body: { type: 'root', children: [] }, url: `/notes/${stub.slug}/` });
  });

  it('titles a stub as the first file in sorted order wrote it, whatever the input order', () => {
    const docs = [line('z.md', 'Z', { sources: ['LATER spelling'] }), line('a.md', 'A', { sources: ['Later Spelling'] })];
    expect(resolveAtlas(docs, filesFor(docs)).notes[0]!.title).toBe('Later Spelling');
  });

  it('puts a stub named under related concepts into the referrer’s collection', () => {
    const docs = [note('n.md', 'Full', { collection: 'Alignment', related: [{ title: 'Only known by name' }] })];
    const atlas = resolveAtlas(docs, filesFor(docs));
    const stub = atlas.notes.find((n) => n.stub)!;
    const collection = atlas.collections[0]!;
    expect(stub.collectionId).toBe(collection.id);
    expect(collection.notes).toEqual([atlas.notes.find((n) => !n.stub)!.id, stub.id]);
    expect(atlas.graph.edges).toContainEqual({ source: stub.id, target: collection.id, kind: 'in' });
  });

  it('keeps both notes of a duplicated title, reports the later, and sends references to the first', () => {
    const docs = [note('b.md', 'Same title', { body: 'second' }), note('a.md', 'same  title', { body: 'first' }), line('l.md', 'Line', { sources: ['Same title'] })];
    const files = filesFor(docs);
    const atlas = resolveAtlas(docs, files);
    const full = atlas.notes.filter((n) => !n.stub);
    expect(full).toHaveLength(2);
    expect(new Set(full.map((n) => n.slug)).size).toBe(2);
    const first = full.find((n) => n.file === 'a.md')!;
    expect(atlas.lines[0]!.sources[0]!.target).toBe(first.id);
    expect(messagesOf(files, 'duplicate-title').map((m) => m.file)).toEqual(['b.md']);
    expect(messagesOf(files, 'slug-collision').map((m) => m.file)).toEqual(['b.md']);
  });

  it('reports a note relating to itself and draws no edge for it', () => {
    const docs = [note('n.md', 'Me', { related: [{ title: 'me', relation: 'is' }] })];
    const files = filesFor(docs);
    const atlas = resolveAtlas(docs, files);
    expect(atlas.notes).toHaveLength(1);
    expect(atlas.notes[0]!.related[0]!.target).toBe(atlas.notes[0]!.id);
    expect(atlas.graph.edges).toEqual([]);
    expect(messagesOf(files, 'self-reference')).toHaveLength(1);
  });

  it('keeps related relations as edge labels', () => {
    const docs = [note('a.md', 'A', { related: [{ title: 'B', relation: 'extends A to peers' }] }), note('b.md', 'B')];
    const atlas = resolveAtlas(docs, filesFor(docs));
    expect(atlas.graph.edges).toEqual([{ source: 'note:a', target: 'note:b', kind: 'related', label: 'extends A to peers' }]);
    expect(atlas.notes.find((n) => n.id === 'note:b')!.testimony).toEqual([{ from: 'note:a', as: 'related', text: '', relation: 'extends A to peers' }]);
  });
});
