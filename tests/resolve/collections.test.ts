import { describe, expect, it } from 'vitest';
import { resolveAtlas } from '../../src/resolve/index.ts';
import { filesFor, note } from './build-docs.ts';

describe('collections', () => {
  it('makes one collection per folded name, named as first written, notes sorted by title', () => {
    const docs = [
      note('a.md', 'Zeta note', { collection: 'Alignment' }),
      note('b.md', 'Alpha note', { collection: ' alignment ' }),
      note('c.md', 'Other', { collection: 'Reasoning' }),
      note('d.md', 'Loose'),
    ];
    const atlas = resolveAtlas(docs, filesFor(docs));
    expect(atlas.collections.map((c) => [c.name, c.notes])).toEqual([
      ['Alignment', ['note:alpha-note', 'note:zeta-note']],
      ['Reasoning', ['note:other']],
    ]);
    const byId = new Map(atlas.notes.map((n) => [n.id, n]));
    expect(byId.get('note:alpha-note')!.collectionId).toBe('collection:alignment');
    expect(byId.get('note:loose')!.collectionId).toBeUndefined();
    expect(atlas.graph.nodes.find((n) => n.id === 'note:zeta-note')!.collection).toBe('collection:alignment');
    expect(atlas.graph.edges.filter((e) => e.kind === 'in')).toHaveLength(3);
  });
});
