import { describe, expect, it } from 'vitest';
import { resolveAtlas } from '../../src/resolve/index.ts';
import { filesFor, line, messagesOf } from './build-docs.ts';

describe('next lines', () => {
  it('resolves next titles to lines by folded title', () => {
    const docs = [line('a.md', 'First line?', { next: ['second  LINE?'] }), line('b.md', 'Second line?')];
    const atlas = resolveAtlas(docs, filesFor(docs));
    const first = atlas.lines.find((l) => l.file === 'a.md')!;
    expect(first.next).toEqual([{ title: 'second  LINE?', target: 'line:second-line' }]);
    expect(first.suggestedNext).toEqual([]);
    expect(atlas.graph.edges).toContainEqual({ source: first.id, target: 'line:second-line', kind: 'next' });
  });

  it('keeps an unresolved next title with a null target and reports it', () => {
    const docs = [line('a.md', 'First', { next: ['Nowhere'] })];
    const files = filesFor(docs);
    const atlas = resolveAtlas(docs, files);
    expect(atlas.lines[0]!.next).toEqual([{ title: 'Nowhere', target: null }]);
    expect(messagesOf(files, 'unresolved-next').map((m) => m.file)).toEqual(['a.md']);
    expect(atlas.graph.edges).toEqual([]);
  });

  it('suggests up to three lines sharing the most sources when a line lists none', () => {
    const docs = [
      line('a.md', 'Asker', { sources: ['S1', 'S2', 'S3'] }),
      line('b.md', 'Bee shares two', { sources: ['S1', 'S2'] }),
      line('c.md', 'Cee shares one', { sources: ['S3'] }),
      line('d.md', 'Dee shares three', { sources: ['s1', 'S2', 'S3', 'S4'] }),
      line('e.md', 'Ay shares one', { sources: ['S1'] }),
      line('f.md', 'Shares none', { sources: ['S9'] }),
      line('g.md', 'Has its own next', { sources: ['S1'], next: ['Asker'] }),
    ];
    const atlas = resolveAtlas(docs, filesFor(docs));
    const byFile = new Map(atlas.lines.map((l) => [l.file, l]));
    const asker = byFile.get('a.md')!;
    // d (3 shared), b (2), then the one-shared lines by title: "Ay…" before "Cee…" and "Has…".
    expect(asker.suggestedNext).toEqual([byFile.get('d.md')!.id, byFile.get('b.md')!.id, byFile.get('e.md')!.id]);
    expect(byFile.get('f.md')!.suggestedNext).toEqual([]);
    expect(byFile.get('g.md')!.suggestedNext).toEqual([]);
    expect(atlas.graph.edges).toContainEqual({ source: asker.id, target: byFile.get('d.md')!.id, kind: 'next', suggested: true });
  });
});
