import { describe, expect, it } from 'vitest';
import { createCoverage, drawDistinct } from '../../tools/corpus/coverage.ts';
import { collectionNames } from '../../tools/corpus/collections.ts';
import { planPapers } from '../../tools/corpus/papers.ts';
import { createRandom, hashKey } from '../../tools/corpus/random.ts';
import { citeAnchor } from '../../tools/corpus/research-prompt.ts';
import { createTitleRegistry } from '../../tools/corpus/titles.ts';

describe('random', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 1000 }, () => a.int(3, 7));
    expect(Array.from({ length: 1000 }, () => b.int(3, 7))).toEqual(xs);
    expect(new Set(xs)).toEqual(new Set([3, 4, 5, 6, 7]));
    expect(createRandom(43).next()).not.toBe(createRandom(42).next());
  });

  it('keys streams by their parts, not by the parts run together', () => {
    expect(hashKey(1, 'ab', 'c')).not.toBe(hashKey(1, 'a', 'bc'));
    expect(hashKey(1, 'line', 2)).toBe(hashKey(1, 'line', '2'));
  });
});

describe('title registry', () => {
  it('refuses a title that would sit inside another, either way round and in any case', () => {
    const registry = createTitleRegistry();
    expect(registry.add('Do models fake alignment?')).toBe(true);
    expect(registry.add('Why do models fake alignment?')).toBe(false);
    expect(registry.add('DO MODELS FAKE ALIGNMENT?')).toBe(false);
    expect(registry.add('Models fake alignment?')).toBe(false);
    expect(registry.add('Do models fake alignment at scale?')).toBe(true);
    expect(registry.size).toBe(2);
  });
});

describe('coverage', () => {
  it('hands out every item once before drawing at random, never an excluded one', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const coverage = createCoverage(createRandom(1), items);
    const r = createRandom(2);
    const seen = new Set<number>();
    for (let k = 0; k < 50; k++) {
      const drawn = drawDistinct(r, 4, { coverage, pool: [], poolShare: 0, all: items, exclude: new Set([k]) });
      expect(new Set(drawn).size).toBe(4);
      expect(drawn).not.toContain(k);
      drawn.forEach((x) => seen.add(x));
    }
    expect(coverage.remaining).toBe(0);
    expect(seen.size).toBe(50);
  });

  it('returns fewer items when fewer exist', () => {
    expect(drawDistinct(createRandom(1), 10, { pool: [], poolShare: 0, all: ['a', 'b', 'c'], exclude: new Set(['b']) }).sort()).toEqual(['a', 'c']);
  });
});

describe('papers and citations', () => {
  it('makes distinct valid arXiv ids whose date agrees with the id', () => {
    const papers = planPapers(createRandom(3), 2000);
    expect(new Set(papers.map((p) => p.arxivId)).size).toBe(2000);
    for (const p of papers) {
      expect(p.arxivId).toMatch(/^(2[1-6])(0[1-9]|1[0-2])\.\d{5}$/);
      expect(p.date).toBe(`20${p.arxivId.slice(0, 2)}-${p.arxivId.slice(2, 4)}`);
      expect(p.title).not.toMatch(/[,()]/);
    }
  });

  it('cites in the seeds’ three shapes', () => {
    const paper = { arxivId: '2506.18032', date: '2025-06', title: 'Why Do Some Models Fake Alignment', shortTitle: 'Why Do Some Models' };
    expect(citeAnchor({ paper, shape: 'date-title', yearOnly: true, short: false })).toBe('arXiv:2506.18032 (2025, Why Do Some Models Fake Alignment)');
    expect(citeAnchor({ paper, shape: 'title-date', yearOnly: false, short: false })).toBe('arXiv:2506.18032 (Why Do Some Models Fake Alignment, 2025-06)');
    expect(citeAnchor({ paper, shape: 'date-colon', yearOnly: false, short: true })).toBe('arXiv:2506.18032 (2025-06): Why Do Some Models');
  });
});

describe('collections', () => {
  it('gives as many distinct names as asked, beyond the word lists', () => {
    const names = collectionNames(createRandom(4), 500);
    expect(new Set(names).size).toBe(500);
  });
});
