import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRank, wordsOf } from '../../src/client/graph-network-find.ts';
import { LabelGrid } from '../../src/client/graph-network-labels.ts';
import type { LabelBox } from '../../src/client/graph-network-labels.ts';
import { runs } from '../support/properties.ts';

const rank = (title: string, query: string) => matchRank(title.toLowerCase(), wordsOf(title), query.toLowerCase(), wordsOf(query));

describe('network find', () => {
  it('matches any word of a title, not only its start, best matches ranked first', () => {
    const title = "Can linear probes read a model's beliefs?";
    expect(rank(title, 'can linear')).toBe(0);
    expect(rank(title, 'probes read')).toBe(1);
    expect(rank(title, 'beliefs probes')).toBe(2); // every word, in any order
    expect(rank(title, 'obes')).toBe(3); // inside a word
    expect(rank(title, 'steering')).toBe(-1);
    expect(rank('Ça marche: représentations', 'représ')).toBe(1);
  });
});

describe('label grid', () => {
  it('accepts a box only where it overlaps no box placed before', () => {
    const box = fc.tuple(fc.integer({ min: -100, max: 1400 }), fc.integer({ min: -100, max: 900 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 40 }));
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), (boxes) => {
        const grid = new LabelGrid(1280);
        const placed: LabelBox[] = [];
        for (const [x, y, w, h] of boxes) {
          const b: LabelBox = [x, y, x + w, y + h];
          const overlaps = placed.some((p) => p[0] < b[2] && b[0] < p[2] && p[1] < b[3] && b[1] < p[3]);
          expect(grid.free(b)).toBe(!overlaps);
          if (!overlaps) {
            grid.add(b);
            placed.push(b);
          }
        }
      }),
      runs(100),
    );
  });
});
