/**
 * The parser's fast path (plain paragraphs and `- ` lists built without remark, and whole
 * documents cut at blank lines) must build exactly the tree remark builds: same nodes, same
 * fields, same positions. Each property compares the two on generated input that is dense in
 * Markdown syntax, and counts how often the fast path applied, so it cannot pass vacuously.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import type { SourceLine } from '../../src/parse/lines.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { plainBlock } from '../../src/parse/plain-blocks.ts';
import { plainInline } from '../../src/parse/plain-inline.ts';
import { parseWithRemark } from '../../src/parse/remark-markdown.ts';

const RUNS = runs(3000);

/** `texts` as consecutive lines of a file, starting at line `firstLine`, `column` and `offset`. */
function sourceLines(texts: readonly string[], firstLine = 1, column = 1, offset = 0): SourceLine[] {
  let at = offset;
  return texts.map((text, i) => {
    const line = { text, line: firstLine + i, column: i === 0 ? column : 1, offset: at };
    at += text.length + 1;
    return line;
  });
}

// Characters that mean something to Markdown, weighted towards emphasis, plus some that do not.
const syntax = [...'*_*_**__[]()!&;#\\`<>-+=~.:|1)'];
const plain = ['a', 'b', 'Z', ' ', ' ', ' ', 'é', '—', '“', '\u00a0', '\t', '𝐀', '½', '.', ',', '?', '$', '\u0301'];
const inlineText = fc.string({ unit: fc.constantFrom(...syntax, ...plain, ...plain), maxLength: 24, size: 'max' });
const emphasisText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '*', '**', '***', '_', '__', '.', '(', '"'), maxLength: 16, size: 'max' });
const itemLine = inlineText.map((text) => `- ${text}`);
const headingLine = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.oneof(inlineText, emphasisText)).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`);
const position = fc.record({ firstLine: fc.integer({ min: 1, max: 50 }), column: fc.integer({ min: 1, max: 9 }), offset: fc.integer({ min: 0, max: 500 }) });

/** Lines of one block: perhaps a heading, paragraph-like lines, then list-like lines. */
const blockLines = fc
  .tuple(
    fc.array(headingLine, { maxLength: 1 }),
    fc.array(fc.oneof(inlineText, emphasisText), { maxLength: 3, size: 'max' }),
    fc.array(
      fc.oneof(
        itemLine,
        emphasisText.map((t) => `- ${t}`),
      ),
      { maxLength: 3, size: 'max' },
    ),
  )
  .map(([heading, paragraph, items]) => [...heading, ...paragraph, ...items])
  .filter((lines) => lines.length > 0);

function compareBlock(texts: readonly string[], where: { firstLine: number; column: number; offset: number }): boolean {
  const lines = sourceLines(texts, where.firstLine, where.column, where.offset);
  const fast = plainBlock(lines);
  if (fast === undefined) return false;
  expect(fast).toStrictEqual(parseWithRemark(lines).children);
  return true;
}

describe('plainBlock builds what remark builds', () => {
  it('on lines dense in inline and block syntax, whenever it applies', () => {
    let applied = 0;
    fc.assert(
      fc.property(blockLines, position, (texts, where) => {
        if (compareBlock(texts, where)) applied++;
      }),
      RUNS,
    );
    expect(applied).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it('on emphasis soup (runs of `*` and `_`, flanking, the rule of three)', () => {
    let applied = 0;
    fc.assert(
      fc.property(fc.array(emphasisText, { minLength: 1, maxLength: 3, size: 'max' }), position, (texts, where) => {
        if (compareBlock(texts, where)) applied++;
      }),
      RUNS,
    );
    expect(applied).toBeGreaterThan(RUNS.numRuns / 3);
  });

  it('on corpus-like prose and prompts', () => {
    const cases = [
      ['This is a *quiet* pattern, not an aggressive one — the model protects its goals (~2026).'],
      ['**Your task:**', '(1) **RE-TEST EACH CONSTRAINT.** For each finding above, say so.'],
      ['**Anchor papers (verify; mind their dates):**', '- arXiv:2103.05163 (2021-03, Too Good to be Bad)', '- arXiv:2106.17614 (2021, Training *warm* systems)'],
      ['Read [[Do frontier models protect other models?]] and R&D notes at 31% ~ 2x.'],
      ['intra*word*emphasis and snake_case_names, **strong *nested* text**'],
      ['## Research prompt', 'You are a *careful* analyst.'],
    ];
    for (const texts of cases) expect(compareBlock(texts, { firstLine: 3, column: 1, offset: 40 })).toBe(true);
  });

  it('declines what it cannot read exactly', () => {
    for (const text of ['`code`', 'a \\* b', '<b>x</b>', '&amp;', '[a](b)', '[a]: b', '#heading', '# heading #', '####### seven', '> quote', '1. item', '* item', '    indented', '---', 'a  ']) {
      expect(plainBlock(sourceLines([text]))).toBeUndefined();
    }
    expect(plainInline('a `b` c')).toBeUndefined();
  });
});

// Lines of every kind a Markdown document has, including those that reach across blank lines.
const documentLine = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(inlineText, emphasisText) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: itemLine },
  { weight: 1, arbitrary: headingLine },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '* star item',
      '+ plus item',
      '1. one',
      '2) two',
      '  - nested',
      '    indented code',
      '  continued',
      '\tTabbed',
      '# Heading',
      '## Research prompt',
      'Setext',
      '===',
      '---',
      '***',
      '> quote',
      '>',
      '```',
      '```js',
      '~~~',
      '<div>',
      '<!-- open',
      '-->',
      '<pre>',
      '</pre>',
      '[ref]: /url',
      '[ref]',
      '-',
      '- ',
      '*',
      '- - -',
      'para *open',
      ' ',
      '  ',
      '    ',
      '\t',
      '  \t',
      '> ',
      '1.',
      '10) ten',
    ),
  },
);

describe('parseMarkdown cut at blank lines builds what remark builds in one go', () => {
  it('on documents mixing paragraphs, lists, headings, quotes, code, HTML and definitions', () => {
    let applied = 0;
    fc.assert(
      fc.property(fc.array(documentLine, { minLength: 1, maxLength: 14, size: 'max' }), position, (texts, where) => {
        const lines = sourceLines(texts, where.firstLine, 1, where.offset);
        const chunked = parseMarkdown(lines);
        expect(chunked).toStrictEqual(parseWithRemark(lines));
        if (texts.some((text) => text !== '' && plainBlock(sourceLines([text])) !== undefined)) applied++;
      }),
      RUNS,
    );
    expect(applied).toBeGreaterThan(RUNS.numRuns / 4);
  });
});
