import { describe, expect, it } from 'vitest';
import { resolveAtlas } from '../../src/resolve/index.ts';
import { filesFor, line, messagesOf, note } from './build-docs.ts';

describe('record slugs and urls', () => {
  it('gives every kind its id and url shape', () => {
    const docs = [line('l.md', 'Why do models scheme?', { sources: ['A source'], papers: [{ arxivId: 'hep-th/9901001' }] }), note('n.md', 'A note', { collection: 'Alignment & Safety' })];
    const atlas = resolveAtlas(docs, filesFor(docs));
    expect(atlas.lines[0]).toMatchObject({ id: 'line:why-do-models-scheme', url: '/inquiring-lines/why-do-models-scheme/' });
    expect(atlas.notes.map((n) => [n.id, n.url])).toEqual([
      ['note:a-note', '/notes/a-note/'],
      ['note:a-source', '/notes/a-source/'],
    ]);
    expect(atlas.papers[0]).toMatchObject({ id: 'paper:hep-th/9901001', slug: 'hep-th-9901001', url: '/papers/hep-th-9901001/' });
    expect(atlas.collections[0]).toMatchObject({ id: 'collection:alignment-and-safety', url: '/collections/alignment-and-safety/' });
  });

  it('keeps slugs ASCII and at most 80 characters', () => {
    const title = 'Ça alors — does a very long title about über-alignment, peer preservation, and shutdown tampering in frontier models get cut?';
    const docs = [line('l.md', title)];
    const { slug } = resolveAtlas(docs, filesFor(docs)).lines[0]!;
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug.startsWith('ca-alors-does-a-very-long-title')).toBe(true);
  });

  it('numbers colliding slugs in sorted file order and reports the later file, whatever the input order', () => {
    const docs = [line('c.md', 'Same?'), line('a.md', 'Same!'), line('b.md', 'SAME')];
    for (const order of [docs, [...docs].reverse()]) {
      const files = filesFor(order);
      const atlas = resolveAtlas(order, files);
      expect(atlas.lines.map((l) => [l.file, l.slug]).sort()).toEqual([
        ['a.md', 'same'],
        ['b.md', 'same-2'],
        ['c.md', 'same-3'],
      ]);
      expect(
        messagesOf(files, 'slug-collision')
          .map((m) => m.file)
          .sort(),
      ).toEqual(['b.md', 'c.md']);
    }
  });

  it('slugifies a front matter slug, so it cannot leave its folder', () => {
    const docs = [note('n.md', 'Title', { slug: '../../x' }), line('l.md', 'Line', { slug: '/etc/passwd' })];
    const atlas = resolveAtlas(docs, filesFor(docs));
    expect(atlas.notes[0]!.url).toBe('/notes/x/');
    expect(atlas.lines[0]!.url).toBe('/inquiring-lines/etc-passwd/');
  });

  it('falls back to the title when a front matter slug has nothing to keep', () => {
    const docs = [note('n.md', 'Real title', { slug: '///' })];
    expect(resolveAtlas(docs, filesFor(docs)).notes[0]!.slug).toBe('real-title');
  });

  it('gives a pure-punctuation title a fallback slug, unique among such titles', () => {
    const docs = [note('a.md', '?!…'), note('b.md', '— —'), line('c.md', '???')];
    const files = filesFor(docs);
    const atlas = resolveAtlas(docs, files);
    expect(atlas.notes.map((n) => n.slug).sort()).toEqual(['untitled', 'untitled-2']);
    expect(atlas.lines[0]!.slug).toBe('untitled');
    expect(messagesOf(files, 'slug-collision').map((m) => m.file)).toEqual(['b.md']);
  });

  it('never lets a stub take a full note’s slug', () => {
    const docs = [line('a.md', 'L', { sources: ['Same slug?'] }), note('z.md', 'Same slug!')];
    const atlas = resolveAtlas(docs, filesFor(docs));
    expect(atlas.notes.find((n) => !n.stub)!.slug).toBe('same-slug');
    expect(atlas.notes.find((n) => n.stub)!.slug).toBe('same-slug-2');
  });
});
