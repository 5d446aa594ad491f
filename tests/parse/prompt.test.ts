import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.ts';
import { asLine, fixtureText, parseFixture } from './fixture.ts';

describe('research prompt', () => {
  const { doc } = parseFixture('prompt-bullets');
  const prompt = asLine(doc).prompt;

  it('keeps the copy text exactly, bullets and Markdown as written', () => {
    const file = fixtureText('prompt-bullets', 'input.txt').split('\n');
    const first = file.indexOf('You are a bullet counter.');
    const last = file.findIndex((l) => l.startsWith('**Cite arXiv IDs'));
    expect(prompt?.text).toBe(file.slice(first, last + 1).join('\n'));
    expect(prompt?.intro).toBe('Copy into ChatGPT or Claude to take this line of inquiry further.');
  });

  it('shows `-`, `•` and indented `  •` bullet runs as lists, every other line a paragraph', () => {
    const children = prompt?.display.children ?? [];
    const summary = children.map((node: RootContent) => [node.type, node.position?.start.line]);
    expect(summary).toEqual([
      ['paragraph', 13],
      ['paragraph', 15],
      ['list', 16],
      ['paragraph', 19],
      ['list', 20],
      ['paragraph', 23],
      ['list', 24],
      ['paragraph', 26],
      ['paragraph', 28],
      ['paragraph', 29],
      ['paragraph', 31],
    ]);
    const lists = children.filter((node): node is List => node.type === 'list');
    expect(lists.map((list) => list.children.map((item) => toString(item)))).toEqual([
      ['arXiv:2506.13351 (2025, Direct Reasoning Optimization)', 'plain dash item with emphasis'],
      ['arXiv:2506.18032 (Why Do Some Language Models Fake Alignment?, 2025-06)', 'second dot item'],
      ['arXiv:2605.25459 (2026-05): From Simulation to Enaction', 'arXiv:2510.08558 (~2025)'],
    ]);
    // Positions point into the file: the indented bullet's text starts at column 5.
    expect(lists[2]?.children[0]?.children[0]?.position?.start).toMatchObject({ line: 24, column: 5 });
    expect(children[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'strong' }] });
    expect(toString(children[7])).toBe('(1) A numbered task, not a list.');
  });

  it('keeps the copy text exact when the file has CR line ends, trailing spaces or an interface line in it', () => {
    const head = 'INQUIRING LINE\nA title?\nThe deck.\nBody.\nSources 0 notes\nResearch prompt for your LLM\n';
    const prompt = ['You are a tester.', '- first *item*', 'Last line.'];
    const variants = [prompt.join('\n'), prompt.join('\r\n'), prompt.join('  \n'), [prompt[0], 'expand ↓', prompt[1], prompt[2]].join('\n')];
    for (const variant of variants) {
      const doc = parseDocument(new VFile({ path: 'p.txt', value: `${head}${variant}\nNext inquiring lines\n` }));
      expect(doc?.kind === 'inquiring-line' && doc.prompt?.text).toBe(prompt.join('\n'));
    }
  });

  it('reports an empty prompt section', () => {
    const { doc: empty, reported } = parseFixture('missing-title');
    expect(asLine(empty).prompt).toBeUndefined();
    expect(reported.map((r) => r.rule)).toContain('missing-section');
  });
});
