import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { asNote, parseFixture, parseValue } from './fixture.ts';

describe('concept note export', () => {
  const { doc, reported } = parseFixture('note-quirks');
  const note = asNote(doc);

  it('keeps a paragraph right after a list out of the last item (no lazy continuation)', () => {
    expect(note.body.children.slice(0, 3).map((node) => [node.type, toString(node)])).toEqual([
      ['paragraph', 'Intro line.'],
      ['list', 'first itemsecond item'],
      ['paragraph', 'A paragraph right after the list.'],
    ]);
  });

  it('takes the last `Source:` line as the collection; an earlier one is body text', () => {
    expect(note.collection).toBe('Quirks');
    expect(note.body.children.map((node) => toString(node))).toContain('Source: Quoted in the body');
  });

  it("drops a lone line's indentation instead of making it a code block", () => {
    const indented = note.body.children.find((node) => toString(node) === 'An indented line.');
    expect(indented).toMatchObject({ type: 'paragraph', position: { start: { line: 8, column: 5 } } });
  });

  it('reads related entries: short ones reported, extra lines kept in the description', () => {
    expect(note.related.map(({ title, description, relation }) => ({ title, description, relation }))).toEqual([
      { title: 'Two-line entry?', description: 'Only a description.', relation: '' },
      { title: 'Four-line entry?', description: 'Description part one. Description part two.', relation: 'the relation' },
      { title: 'Full entry?', description: 'Full description.', relation: 'full relation' },
    ]);
    expect(note.related[2]?.position).toMatchObject({ start: { line: 19 }, end: { line: 22 } });
  });

  it('skips the network UI line, reads the original title, keeps and reports what follows it', () => {
    expect(note.originalTitle).toBe('quirks are claims');
    expect(JSON.stringify(note)).not.toContain('Click a node');
    const last = note.body.children.at(-1);
    expect([toString(last), last?.position?.start.line]).toEqual(['A line after the original title.', 26]);
    expect(reported).toEqual([
      { rule: 'incomplete-entry', line: 12, severity: 'warning' },
      { rule: 'unexpected-line', line: 17, severity: 'warning' },
      { rule: 'unexpected-line', line: 26, severity: 'warning' },
    ]);
  });

  it('reports a missing `Source:` as a warning, missing related and original title as info', () => {
    const bare = parseFixture('note-missing-sections');
    expect(bare.reported).toEqual([
      { rule: 'missing-section', line: 3, severity: 'warning' },
      { rule: 'missing-optional-section', line: 3, severity: 'info' },
      { rule: 'missing-optional-section', line: 3, severity: 'info' },
    ]);
    expect(asNote(bare.doc)).toMatchObject({ title: 'A bare note?', summary: 'Its deck.', related: [] });
    expect(asNote(bare.doc).collection).toBeUndefined();
    expect(asNote(bare.doc).originalTitle).toBeUndefined();
  });

  it('does not take a `Source:` line right under the title as the deck', () => {
    const { doc: short, reported: shortReported } = parseValue('Title only?\nSource: Shelf', 'short.txt');
    expect(asNote(short)).toMatchObject({ title: 'Title only?', summary: '', collection: 'Shelf' });
    expect(shortReported.map((r) => r.rule)).toContain('missing-summary');
  });

  it('reports an empty related entry and an original-title heading with nothing under it', () => {
    const { reported: r } = parseValue('T\nD\nSource: S\nRelated concepts in this collection\n-\n-\nA?\nB.\nc\nOriginal note title', 'x.txt');
    expect(r).toEqual([
      { rule: 'incomplete-entry', line: 5, severity: 'warning' },
      { rule: 'incomplete-entry', line: 10, severity: 'warning' },
    ]);
  });
});

describe('raw HTML in export text', () => {
  const { doc, reported } = parseFixture('raw-html');
  const note = asNote(doc);

  it('arrives as text nodes: shown, never run; a link definition stays visible text', () => {
    expect(reported).toEqual([]);
    const types = new Set<string>();
    visit(note.body, (node: Nodes) => {
      types.add(node.type);
    });
    expect(types.has('html')).toBe(false);
    expect(types.has('definition')).toBe(false);
    expect(note.body.children.map((node) => toString(node))).toEqual([
      'Inline <b>bold</b> and <img src=x onerror=alert(1)> here.',
      '<script>alert("x")</script>',
      '[ref]: https://example.com "A title"',
    ]);
    expect(note.body.children[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '<script>alert("x")</script>' }] });
    expect(note.summary).toBe('A deck about <b>markup</b>.');
  });
});
