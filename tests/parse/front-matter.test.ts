import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { asLine, asNote, fixtureText, parseFixture, parseValue } from './fixture.ts';

describe('front matter', () => {
  it('malformed YAML: an error at the offending line, the block shown as code, the rest parsed', () => {
    const { doc, file, reported } = parseFixture('bad-yaml', 'input.md');
    expect(reported).toEqual([{ rule: 'front-matter', line: 4, severity: 'error' }]);
    expect(file.messages[0]?.reason).toMatch(/^Unexpected front matter \(.+\), expected valid YAML/);
    const note = asNote(doc);
    expect(note.title).toBe('Heading title');
    expect(note.tags).toEqual([]);
    expect(note.body.children[0]).toMatchObject({
      type: 'code',
      lang: 'yaml',
      value: fixtureText('bad-yaml', 'input.md').split('\n').slice(0, 5).join('\n'),
      position: { start: { line: 1 }, end: { line: 5 } },
    });
    expect(toString(note.body.children[1])).toBe('Body text.');
  });

  it('wrong types and unknown keys: reported, ignored; the valid fields still count', () => {
    const { doc, reported } = parseFixture('wrong-types', 'input.md');
    expect(reported).toEqual([
      { rule: 'unknown-front-matter-key', line: 8, severity: 'info' },
      { rule: 'unknown-kind', line: 2, severity: 'warning' },
      { rule: 'front-matter-field', line: 7, severity: 'warning' },
      { rule: 'front-matter-field', line: 5, severity: 'warning' },
      { rule: 'front-matter-field', line: 9, severity: 'warning' },
      { rule: 'front-matter-field', line: 6, severity: 'warning' },
      { rule: 'front-matter-field', line: 6, severity: 'warning' },
    ]);
    // `kind: essay` is ignored, so the kind is inferred: it has sources.
    const line = asLine(doc);
    expect(line).toMatchObject({ title: 'Wrong types', summary: 'A summary.', tags: [] });
    expect(line.date).toBeUndefined();
    expect(line.sources.map((s) => s.title)).toEqual(['Fine source?', '42']);
    expect(toString(line.body)).toBe('A body with a ## Research prompt mention only in code.');
  });

  it('on an export file, overrides its metadata and keeps the lines it replaced in the body', () => {
    const { doc, reported } = parseFixture('txt-front-matter');
    expect(reported).toEqual([]);
    const note = asNote(doc);
    expect(note).toMatchObject({
      format: 'export',
      title: 'A shorter title',
      summary: 'The deck.',
      slug: 'custom-slug',
      date: '2025-06-01',
      tags: ['alignment', 'faking'],
      collection: 'Overrides',
      originalTitle: 'an overridden claim',
    });
    expect(note.position?.start.line).toBe(2);
    expect(note.body.children.map((node) => [toString(node), node.position?.start.line])).toEqual([
      ['The title the export gave?', 9],
      ['A body line.', 11],
      ['Source: Alignment', 12],
      ["the export's claim", 15],
    ]);
  });

  it('reports keys an export file cannot use, and a kind that contradicts the text', () => {
    const { doc, reported } = parseValue('---\nkind: note\nrelated: []\n---\nINQUIRING LINE\n\nQ?\n\nDeck.', 'k.txt');
    expect(doc?.kind).toBe('inquiring-line');
    expect(reported.filter((r) => r.rule === 'front-matter-field')).toEqual([
      { rule: 'front-matter-field', line: 2, severity: 'warning' },
      { rule: 'front-matter-field', line: 3, severity: 'warning' },
    ]);
  });

  it('an unterminated block is no front matter: reported, every line read as content', () => {
    const { doc, reported } = parseValue('---\ntitle: Open\n\n# Real title\n', 'u.md');
    expect(reported[0]).toEqual({ rule: 'front-matter', line: 1, severity: 'error' });
    expect(doc?.title).toBe('Real title');
    expect(doc?.body.children.map((node) => toString(node))).toEqual(['', 'title: Open']);
  });

  it('a block that is not a mapping is rejected and shown', () => {
    const { doc, reported } = parseValue('---\n- a\n- b\n---\n# T', 'l.md');
    expect(reported[0]).toEqual({ rule: 'front-matter', line: 2, severity: 'error' });
    expect(doc?.body.children[0]).toMatchObject({ type: 'code', value: '---\n- a\n- b\n---' });
  });

  it('never runs a JavaScript front matter block', () => {
    const marker = globalThis as { atlasFrontMatterRan?: boolean };
    const { doc } = parseValue('---js\n{ title: (globalThis.atlasFrontMatterRan = true) && "x" }\n---\n# T\n', 'js.md');
    expect(marker.atlasFrontMatterRan).toBeUndefined();
    expect(doc?.title).toBe('T');
  });

  it('normalises dates to YYYY-MM-DD, from YAML timestamps or strings', () => {
    expect(parseValue('---\ndate: 2025-06-01T10:30:00Z\n---\n# T', 'd.md').doc?.date).toBe('2025-06-01');
    expect(parseValue('---\ndate: "2024-02-29"\n---\n# T', 'd.md').doc?.date).toBe('2024-02-29');
  });
});
