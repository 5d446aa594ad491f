/**
 * Markdown AST → Markdown: whatever characters the text holds, reading the output back gives the
 * same text and the same structure; links carry the urls the caller gives; raw HTML stays text.
 */
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toMarkdown } from '../../src/site/render/mdast-to-markdown.ts';
import { loadAtlas } from '../../src/load/load-atlas.ts';

const parse = (text: string): Root => unified().use(remarkParse).parse(text);
const paragraph = (value: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });

/** The tree without positions, and with text merged as a parser would make it. */
function shape(tree: Root): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' || key === 'data' ? undefined : value)));
}

describe('toMarkdown', () => {
  it('keeps any text as text: nothing in it is read as Markdown', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab 1.#>-+*_`[]()<>!&\\=~|:/\n'.split(''), 'amp;', '&#1;', 'é'), maxLength: 60 });
    fc.assert(
      fc.property(text, (value) => {
        // A paragraph's text never starts or ends with spaces or line breaks, nor holds blank lines.
        const clean = value
          .replace(/[ \n]*\n[ \n]*/g, '\n')
          .replace(/ +/g, ' ')
          .trim();
        fc.pre(clean !== '');
        const back = parse(toMarkdown(paragraph(clean)));
        expect(back.children.map((c) => c.type)).toEqual(['paragraph']);
        expect(toString(back)).toBe(clean);
      }),
      runs(400),
    );
  });

  it('writes emphasis, strong, code, links, images, lists, quotes, headings and code blocks that read back the same', () => {
    const source = [
      '# Heading with *emphasis*',
      'A paragraph with **strong**, `code`, a [link](https://example.org/a "title") and ![an image](/img.png).',
      '- tight\n- list',
      '1. ordered\n2. list\n\n   with a second paragraph',
      '> a quote\n>\n> over two paragraphs',
      '```js\nconst x = "`";\n```',
      '***',
      'Line one\\\nline two after a hard break.',
    ].join('\n\n');
    const tree = parse(source);
    expect(shape(parse(toMarkdown(tree)))).toEqual(shape(tree));
  });

  it('reads back every seed body with the same text and structure', async () => {
    const { atlas } = await loadAtlas('seeds');
    for (const record of [...atlas.lines, ...atlas.notes]) {
      const back = parse(toMarkdown(record.body));
      expect(toString(back), record.id).toBe(toString(record.body));
      expect(
        back.children.map((c) => c.type),
        record.id,
      ).toEqual(record.body.children.map((c) => c.type));
    }
  });

  it('passes link urls through `url`, and writes only the text of a link it drops', () => {
    const tree = parse('See [a note](/notes/a/), [bad](javascript:alert(1)) and [out](<https://example.org/x y>).');
    const out = toMarkdown(tree, { url: (url) => (url.startsWith('javascript:') ? undefined : url.startsWith('/') ? `/prefix${url}` : url) });
    expect(out).toBe('See [a note](/prefix/notes/a/), bad and [out](https://example.org/x%20y).');
  });

  it('writes raw HTML as text', () => {
    const tree = parse('<div onclick="x()">block</div>\n\nInline <b>bold</b>.');
    const back = parse(toMarkdown(tree));
    expect(back.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
    expect(toString(back)).toBe('<div onclick="x()">block</div>Inline <b>bold</b>.');
  });

  it('shifts headings under a heading of its own', () => {
    expect(toMarkdown(parse('# One\n\n## Two\n\n###### Six'), { headingShift: 2 })).toBe('### One\n\n#### Two\n\n###### Six');
  });
});
