import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { asLine, asNote, fixtureText, parseFixture, parseValue } from './fixture.ts';

describe('Markdown note', () => {
  const { doc, reported } = parseFixture('markdown-note', 'input.md');
  const note = asNote(doc);

  it('takes its metadata from front matter', () => {
    expect(reported).toEqual([]);
    expect(note).toMatchObject({
      format: 'markdown',
      file: 'markdown-note/input.md',
      title: 'A markdown note',
      summary: 'Its deck, from front matter.',
      collection: 'Alignment',
      originalTitle: 'markdown notes are notes',
      date: '2025-06-01',
      tags: ['alignment', 'markdown'],
      slug: 'md-note',
    });
    expect(note.related.map(({ position, ...rest }) => rest)).toEqual([
      { title: 'Do frontier models protect other models without being instructed?', relation: 'a relation phrase', description: 'A description.' },
      { title: 'Related without description?', relation: 'another relation', description: '' },
    ]);
    expect(note.related[0]?.position?.start.line).toBe(12);
  });

  it('leaves wikilinks as literal text and shows raw HTML as text', () => {
    const texts = note.body.children.map((node) => [node.type, toString(node)]);
    expect(texts).toEqual([
      ['paragraph', 'The body mentions [[Do frontier models protect other models without being instructed?]] and [[Some title|a label]].'],
      ['list', 'a list itemanother item'],
      ['paragraph', '<div onclick="evil()">raw block html</div>'],
      ['paragraph', 'Inline <span>html</span> stays text.'],
    ]);
    expect(JSON.stringify(note.body)).not.toContain('"type":"html"');
    expect(note.body.children[0]?.position?.start).toMatchObject({ line: 19, column: 1 });
  });
});

describe('Markdown inquiring line', () => {
  const { doc, reported } = parseFixture('markdown-line', 'input.md');
  const line = asLine(doc);

  it('takes the title from the first `# ` heading and removes it from the body', () => {
    expect(reported).toEqual([]);
    expect(line.title).toBe('How is a markdown line read?');
    expect(line.position?.start.line).toBe(10);
    expect(line.body.children.map((node) => toString(node))).toEqual(['A synthesis paragraph with emphasis.', 'After the prompt', 'This section stays in the body.']);
  });

  it('reads sources (titles or title/summary pairs) and next lines from front matter', () => {
    expect(line.sources.map(({ title, summary }) => ({ title, summary }))).toEqual([
      { title: 'Plain source title?', summary: '' },
      { title: 'Object source?', summary: 'Its summary.' },
    ]);
    expect(line.next.map((n) => n.title)).toEqual(['What next?']);
    expect(line.declaredSourceCount).toBeUndefined();
  });

  it('cuts the `## Research prompt` section out: intro paragraph, exact copy text, papers', () => {
    const file = fixtureText('markdown-line', 'input.md').split('\n');
    expect(line.prompt?.intro).toBe('Copy this into ChatGPT or Claude to take it further.');
    expect(line.prompt?.text).toBe(file.slice(18, 23).join('\n'));
    expect(line.prompt?.text.startsWith('You are a **markdown** prompt.')).toBe(true);
    expect(line.prompt?.papers.map((p) => p.arxivId)).toEqual(['2506.13351', '2506.18032']);
    expect(line.prompt?.display.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('is inferred from a Research prompt section when `kind` is absent; a missing title falls back to the file name', () => {
    const inferred = parseFixture('markdown-inferred', 'untitled-line.md');
    expect(asLine(inferred.doc)).toMatchObject({ title: 'untitled-line', summary: '', sources: [], next: [] });
    expect(asLine(inferred.doc).prompt?.text).toBe('You are inferred.');
    // As in Obsidian, the file name is the title and a deck is optional: neither is a problem.
    expect(inferred.reported).toEqual([{ rule: 'title-from-file-name', line: 1, severity: 'info' }]);
  });

  it('accepts a setext `Research prompt` heading and ends the section at the next `# ` heading', () => {
    const { doc: setext } = parseValue('---\nsummary: S\n---\n# T\n\nResearch prompt\n---\n\nYou are setext.\n\n# Later\n\nBody.', 's.md');
    expect(asLine(setext).prompt?.text).toBe('You are setext.');
    expect(asLine(setext).body.children.map((node) => toString(node))).toEqual(['Later', 'Body.']);
  });

  it('keeps a heading that only starts with "Research prompt" in the body, with all its words', () => {
    const { doc: other } = parseValue('# T\n\n## Research prompt ideas\n\nText.', 'o.md');
    expect(other?.kind).toBe('note');
    expect(other?.body.children.map((node) => toString(node))).toEqual(['Research prompt ideas', 'Text.']);
  });

  it('turns link references into the text they were written as, definitions into paragraphs', () => {
    const { doc: refs } = parseValue('# T\n\nSee [the paper][p].\n\n[p]: https://arxiv.org/abs/2506.13351', 'r.md');
    expect(refs?.body.children.map((node) => toString(node))).toEqual(['See [the paper][p].', '[p]: https://arxiv.org/abs/2506.13351']);
  });
});
