import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/parse/index.ts';
import { asLine, parseFixture } from './fixture.ts';

describe('inquiring line export', () => {
  it('drops the `expand ↓` glued to the prompt heading and reads next lines to EOF', () => {
    const { doc, reported } = parseFixture('expand-glued');
    expect(reported).toEqual([]);
    const line = asLine(doc);
    expect(line.prompt).toMatchObject({
      intro: 'Copy into ChatGPT or Claude to take this further.',
      text: 'You are a tester.\n\nCite arXiv IDs; flag anything you cannot ground in a real paper.',
    });
    expect(line.next).toEqual([
      { title: 'What comes after glue?', position: expect.objectContaining({ start: expect.objectContaining({ line: 25 }) }) },
      { title: 'Is there more glue?', position: expect.objectContaining({ start: expect.objectContaining({ line: 26 }) }) },
    ]);
    expect(documentText(line).join('\n')).not.toContain('expand');
  });

  it('drops `expand ↓` on a line of its own; with no "Copy … into" line there is no intro', () => {
    const { doc, reported } = parseFixture('expand-own-line');
    expect(reported).toEqual([]);
    expect(asLine(doc).prompt).toMatchObject({ intro: '', text: 'You are a tester without an intro.\nSecond line of the prompt.' });
    expect(asLine(doc).declaredSourceCount).toBe(0);
  });

  it('drops a first paragraph equal to the deck (after whitespace), reporting it', () => {
    const { doc, reported } = parseFixture('summary-repeated');
    expect(reported).toEqual([{ rule: 'summary-repeated', line: 8, severity: 'info' }]);
    const line = asLine(doc);
    expect(line.summary).toBe('This explores whether the deck is repeated verbatim.');
    expect(line.body.children.map((node) => toString(node))).toEqual(['A second paragraph stays.']);
  });

  it('keeps a first paragraph that merely starts like the deck', () => {
    const { doc, reported } = parseFixture('summary-similar');
    expect(reported).toEqual([]);
    expect(asLine(doc).body.children.map((node) => toString(node))).toEqual(['This explores whether the deck is echoed. And then the synthesis goes on.']);
  });

  it('reports missing sections: Sources and prompt as warnings, next lines as info', () => {
    const { doc, reported } = parseFixture('missing-sections');
    expect(reported).toEqual([
      { rule: 'missing-section', line: 7, severity: 'warning' },
      { rule: 'missing-section', line: 7, severity: 'warning' },
      { rule: 'missing-optional-section', line: 7, severity: 'info' },
    ]);
    const line = asLine(doc);
    expect(line).toMatchObject({ sources: [], next: [], title: 'What if sections are missing?' });
    expect(line.prompt).toBeUndefined();
    expect(line.declaredSourceCount).toBeUndefined();
    expect(toString(line.body)).toBe('Only a synthesis paragraph.');
  });

  it('falls back to the file name when the title is missing, and reports the missing deck', () => {
    const { doc, reported } = parseFixture('missing-title');
    expect(asLine(doc)).toMatchObject({ title: 'input', summary: '' });
    expect(reported.slice(0, 2)).toEqual([
      { rule: 'missing-title', line: 1, severity: 'error' },
      { rule: 'missing-summary', line: 1, severity: 'warning' },
    ]);
  });

  it('reports a source count that differs from the declared one at the Sources line', () => {
    const { doc, file, reported } = parseFixture('sources-count');
    expect(reported).toEqual([{ rule: 'sources-count', line: 7, severity: 'warning' }]);
    expect(file.messages[0]?.reason).toBe('Unexpected 2 sources, expected 3 as declared');
    expect(asLine(doc)).toMatchObject({ declaredSourceCount: 3, sources: [{ title: 'First source?' }, { title: 'Second source?' }] });
  });

  it('keeps an extra line inside a source pair in its summary and reports a title without summary', () => {
    const { doc, reported } = parseFixture('incomplete-source');
    expect(reported).toEqual([
      { rule: 'unexpected-line', line: 12, severity: 'warning' },
      { rule: 'incomplete-entry', line: 17, severity: 'warning' },
    ]);
    expect(asLine(doc).sources.map(({ title, summary }) => ({ title, summary }))).toEqual([
      { title: 'First source?', summary: 'First summary. An extra line inside the pair.' },
      { title: 'Glued title?', summary: 'Glued summary.' },
      { title: 'Lonely title without summary?', summary: '' },
    ]);
  });

  it('keeps lines it cannot place in the body, in file order, and reports each', () => {
    const { doc, reported } = parseFixture('unexpected-lines');
    expect(reported).toEqual([
      { rule: 'unexpected-line', line: 1, severity: 'warning' },
      { rule: 'unknown-section', line: 13, severity: 'warning' },
      { rule: 'unknown-section', line: 21, severity: 'warning' },
      { rule: 'unexpected-line', line: 27, severity: 'warning' },
      { rule: 'unknown-section', line: 35, severity: 'warning' },
    ]);
    const line = asLine(doc);
    expect(line.body.children.map((node) => [toString(node), node.position?.start.line])).toEqual([
      ['Exported on a Tuesday\nby someone', 1],
      ['A synthesis paragraph.', 11],
      ['Related concepts in this collection', 13],
      ['Original note title', 21],
      ['Next inquiring line:', 35],
    ]);
    // A second Sources section still counts; its sources are not lost.
    expect(line.sources.map((s) => s.title)).toEqual(['Only source?', 'Late source?']);
    expect(line.next.map((n) => n.title)).toEqual(['A next title']);
    expect(line.title).toBe('Where do stray lines go?');
  });
});
