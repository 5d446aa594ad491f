import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/parse/arxiv.ts';
import type { SourceLine } from '../../src/parse/lines.ts';
import { asLine, parseFixture } from './fixture.ts';

function cite(...texts: string[]) {
  const lines: SourceLine[] = texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: 0 }));
  const file = new VFile();
  const papers = findCitations(lines, file).map(({ position, ...rest }) => rest);
  return { papers, reported: file.messages.map((m) => [m.ruleId, m.line, m.column]) };
}

describe('arXiv citations', () => {
  it('reads the three citation shapes of the exports, and ~dates', () => {
    expect(
      cite(
        '- arXiv:2506.13351 (2025, Direct Reasoning Optimization)',
        '• arXiv:2506.18032 (Why Do Some …?, 2025-06)',
        '  • arXiv:2605.25459 (2026-05): From Simulation to Enaction',
        'arXiv:2510.08558 (~2025)',
      ).papers,
    ).toEqual([
      { arxivId: '2506.13351', date: '2025', title: 'Direct Reasoning Optimization' },
      { arxivId: '2506.18032', date: '2025-06', title: 'Why Do Some …?' },
      { arxivId: '2605.25459', date: '2026-05', title: 'From Simulation to Enaction' },
      { arxivId: '2510.08558', date: '~2025' },
    ]);
  });

  it('dedupes by id in order of first appearance, filling gaps from later citations', () => {
    expect(cite('see arXiv:2506.13351 and arXiv:2401.01234v3.', 'arXiv:2506.13351v2 (2025, Late Title)').papers).toEqual([
      { arxivId: '2506.13351', date: '2025', title: 'Late Title' },
      { arxivId: '2401.01234' },
    ]);
  });

  it('finds ids in arxiv.org links and bold text, and old-style ids with their archive', () => {
    expect(cite('https://arxiv.org/abs/2602.16301v2', '**arXiv:2506.09677**', 'arXiv:hep-th/9901001 (1999, Old)').papers).toEqual([
      { arxivId: '2602.16301' },
      { arxivId: '2506.09677' },
      { arxivId: 'hep-th/9901001', date: '1999', title: 'Old' },
    ]);
  });

  it('reports what follows `arXiv:` when it is no valid id, and keeps going', () => {
    const { papers, reported } = cite('Broken: arXiv:2506.1335 and arXiv:see-below, arXiv:2513.00001 and arXiv:', 'fine arXiv:1412.1234');
    expect(papers).toEqual([{ arxivId: '1412.1234' }]);
    expect(reported).toEqual([
      ['bad-arxiv-id', 1, 9],
      ['bad-arxiv-id', 1, 29],
      ['bad-arxiv-id', 1, 46],
      ['bad-arxiv-id', 1, 67],
    ]);
  });

  it('in a prompt: every valid id listed, each bad one reported at its line, the text untouched', () => {
    const { doc, reported } = parseFixture('prompt-bullets');
    const prompt = asLine(doc).prompt;
    expect(prompt?.papers.map((p) => p.arxivId)).toEqual(['2506.13351', '2506.18032', '2605.25459', '2510.08558', '2602.16301']);
    expect(prompt?.papers[1]).toMatchObject({ date: '2025-06', title: 'Why Do Some Language Models Fake Alignment?' });
    expect(prompt?.papers[0]?.position).toMatchObject({ start: { line: 16, column: 3 }, end: { line: 16, column: 57 } });
    expect(reported).toEqual([
      { rule: 'bad-arxiv-id', line: 29, severity: 'warning' },
      { rule: 'bad-arxiv-id', line: 29, severity: 'warning' },
      { rule: 'bad-arxiv-id', line: 29, severity: 'warning' },
    ]);
    expect(prompt?.text).toContain('Broken: arXiv:2506.1335 and arXiv:see-below and arXiv: nothing.');
  });
});
