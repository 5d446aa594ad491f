/** Obsidian's syntax in Markdown files, at the parser: the trees and fields the site renders from. */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/parse/document-text.ts';
import { asNote, parseValue } from './fixture.ts';

describe('comments', () => {
  it('cuts inline and block comments, keeps code, and joins the words around them', () => {
    const { doc, reported } = parseValue('# T\n\nA %%one%% B %%two%%C.\n\n%%\nhidden\n%%\n\n```\n%%kept%%\n```\n', 'c.md');
    expect(documentText(doc!)).toEqual(['T', 'A B C.', '%%kept%%']);
    expect(reported).toEqual([]);
  });

  it('an unclosed `%%` hides the rest of the file and is reported', () => {
    const { doc, reported } = parseValue('# T\n\nShown. %%never\n\nclosed\n', 'c.md');
    expect(documentText(doc!)).toEqual(['T', 'Shown.']);
    expect(reported).toEqual([{ rule: 'unclosed-comment', line: 3, severity: 'info' }]);
  });

  it('the export format is CommonMark: `%%` there is text', () => {
    const { doc } = parseValue('Title?\nDeck.\nBody %%not a comment%%.\n', 'n.txt');
    expect(documentText(doc!).join(' ')).toContain('%%not a comment%%');
  });
});

describe('strikethrough', () => {
  it('is `~~` only, as in Obsidian: a `~2025` date stays text', () => {
    const { doc } = parseValue('# T\n\nAbout ~2025 to ~2026, ~~struck~~.\n', 's.md');
    const paragraph = asNote(doc).body.children[0]!;
    expect(paragraph.type === 'paragraph' && paragraph.children.map((c) => c.type)).toEqual(['text', 'delete', 'text']);
    expect(toString(paragraph)).toBe('About ~2025 to ~2026, struck.');
  });
});

describe('math', () => {
  it('display math opening and closing on content lines, as Obsidian writes it, keeps every line', () => {
    const { doc } = parseValue('# T\n\n$$\\begin{vmatrix}a & b\\\\\nc & d\n\\end{vmatrix}=ad-bc$$\n\nAfter.\n', 'm.md');
    const [math, after] = asNote(doc).body.children;
    expect(math).toMatchObject({ type: 'math', value: '\\begin{vmatrix}a & b\\\\\nc & d\n\\end{vmatrix}=ad-bc' });
    expect(math?.position?.start.line).toBe(3);
    expect(toString(after)).toBe('After.');
  });
});

describe('callouts', () => {
  it('reads type, fold and a title with inline Markdown; the body follows the marker line', () => {
    const { doc } = parseValue('# T\n\n> [!Warning]- Mind **this**\n> Body line.\n', 'c.md');
    const quote = asNote(doc).body.children[0]!;
    expect(quote.data).toMatchObject({ hName: 'details', callout: { type: 'warning', fold: '-', title: 'Mind this' } });
    expect(quote.type === 'blockquote' && quote.children.map((c) => [c.data?.hName, toString(c)])).toEqual([
      ['summary', 'Mind this'],
      [undefined, 'Body line.'],
    ]);
  });

  it('a quote whose first line is no marker stays a quote', () => {
    const { doc } = parseValue('# T\n\n> Just [!a] quote\n', 'c.md');
    expect(asNote(doc).body.children[0]?.data).toBeUndefined();
  });
});

describe('tags', () => {
  it('front matter and inline tags, once each, without case; not inside wikilinks or headings', () => {
    const { doc } = parseValue('---\ntags: [Research, "#ml"]\n---\n# T\n\n#research and #ML/vision, [[Note#Section]] and [[#Heading]].\n\n## #heading\n', 't.md');
    expect(asNote(doc).tags).toEqual(['Research', 'ml', 'ML/vision']);
    const text = toString(asNote(doc).body);
    expect(text).toContain('[[Note#Section]]');
  });

  it('empty items are skipped; a string names several tags', () => {
    expect(asNote(parseValue('---\ntags:\n  - a\n  -\n---\nx', 't.md').doc).tags).toEqual(['a']);
    expect(asNote(parseValue('---\ntags: a, b c\n---\nx', 't.md').doc).tags).toEqual(['a', 'b', 'c']);
  });
});

describe('metadata', () => {
  it('`related:` placeholders are reported and dropped; wikilink strings and bare titles need no relation', () => {
    const { doc, reported } = parseValue('---\nrelated: ["[[Other note]]", "...", 3, Plain title]\n---\nx', 'r.md');
    expect(asNote(doc).related.map((r) => r.title)).toEqual(['Other note', 'Plain title']);
    expect(reported.filter((r) => r.rule === 'front-matter-field')).toHaveLength(2);
    expect(reported.some((r) => r.rule === 'incomplete-entry')).toBe(false);
  });

  it('`draft`, `publish`, `aliases`, `permalink` are read; a permalink escaping the site is refused', () => {
    expect(parseValue('---\ndraft: true\n---\nx', 'd.md').doc?.unpublished).toBe(true);
    expect(parseValue('---\npublish: false\n---\nx', 'd.md').doc?.unpublished).toBe(true);
    expect(parseValue('---\npublish: true\ndraft: false\n---\nx', 'd.md').doc?.unpublished).toBeUndefined();
    expect(parseValue('---\naliases: [A, B]\npermalink: /guide/start/\n---\nx', 'd.md').doc).toMatchObject({ aliases: ['A', 'B'], permalink: '/guide/start/' });
    for (const bad of ['../up', '/a/../../b', 'https://x.org/', '//x.org', 'assets/x', 'search', 'notes/x']) {
      const { doc, reported } = parseValue(`---\npermalink: "${bad}"\n---\nx`, 'd.md');
      expect(doc?.permalink, bad).toBeUndefined();
      expect(
        reported.map((r) => r.rule),
        bad,
      ).toContain('bad-permalink');
    }
  });

  it('an export file may be private too', () => {
    expect(parseValue('---\ndraft: true\n---\nTitle?\nDeck.\nBody.\n', 'n.txt').doc?.unpublished).toBe(true);
  });
});
