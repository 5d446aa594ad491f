import { describe, expect, it } from 'vitest';
import { resolveAtlas } from '../../src/resolve/index.ts';
import { filesFor, line } from './build-docs.ts';

describe('papers', () => {
  it('makes one paper per arXiv id with the most precise date and the fullest cited title', () => {
    const docs = [
      line('a.md', 'A', {
        papers: [
          { arxivId: '2506.18032', date: '2025' },
          { arxivId: '2511.04962', date: '~2025' },
        ],
      }),
      line('b.md', 'B', { papers: [{ arxivId: '2506.18032', date: '2025-06', title: 'Why Do Some Language Models Fake Alignment' }] }),
      line('c.md', 'C', {
        papers: [
          { arxivId: '2506.18032', date: '2025', title: 'Another title' },
          { arxivId: '2511.04962', date: '2025' },
        ],
      }),
    ];
    const atlas = resolveAtlas(docs, filesFor(docs));
    const fake = atlas.papers.find((p) => p.arxivId === '2506.18032')!;
    expect(fake).toEqual({
      kind: 'paper',
      id: 'paper:2506.18032',
      slug: '2506.18032',
      url: '/papers/2506.18032/',
      title: 'Why Do Some Language Models Fake Alignment',
      file: null,
      arxivId: '2506.18032',
      date: '2025-06',
      year: 2025,
      citedBy: ['line:a', 'line:b', 'line:c'],
    });
    const villain = atlas.papers.find((p) => p.arxivId === '2511.04962')!;
    expect(villain.title).toBe('arXiv:2511.04962');
    expect(villain.date).toBe('2025');
    expect(villain.citedBy).toEqual(['line:a', 'line:c']);
  });

  it('takes the longest title any citation gives, whatever the order of the files', () => {
    const short = { arxivId: '2506.13351', date: '2025', title: 'Direct Reasoning Optimization' };
    const full = { arxivId: '2506.13351', title: 'Direct Reasoning Optimization: LLMs Can Reward And Refine Their Own Reasoning' };
    const twin = { arxivId: '2506.13351', title: 'Direct Reasoning Optimization: LLMs Can Reward and Refine Their Own Reasoning' };
    const titleOf = (order: { arxivId: string; date?: string; title: string }[][]) => {
      const docs = order.map((papers, i) => line(`${'abc'[i]}.md`, 'ABC'[i]!, { papers }));
      return resolveAtlas(docs, filesFor(docs)).papers[0]!.title;
    };
    expect(titleOf([[short], [full]])).toBe(full.title);
    expect(titleOf([[full], [short]])).toBe(full.title);
    // Two of the same length: the same one either way.
    expect(titleOf([[twin], [full], [short]])).toBe(titleOf([[short], [full], [twin]]));
  });

  it('gives each prompt citation its paper as target and draws cites edges', () => {
    const docs = [line('a.md', 'A', { papers: [{ arxivId: '2506.18032' }] })];
    const atlas = resolveAtlas(docs, filesFor(docs));
    expect(atlas.lines[0]!.prompt!.papers).toEqual([{ arxivId: '2506.18032', target: 'paper:2506.18032' }]);
    expect(atlas.papers[0]!.year).toBeUndefined();
    expect(atlas.graph.edges).toEqual([{ source: 'line:a', target: 'paper:2506.18032', kind: 'cites' }]);
  });
});
