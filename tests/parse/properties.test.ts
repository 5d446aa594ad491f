/**
 * Properties of the parser on arbitrary input: it never throws, and no input line vanishes —
 * every non-blank line is a UI string, a heading of the file's own structure, or its words are
 * found, in order, in one entry of `documentText(doc)`.
 *
 * How lines are compared: both sides drop ASCII punctuation and the export bullet `•` (Markdown
 * syntax and the exports' bullets are made of those) and collapse whitespace; what is left
 * (letters, digits, other symbols) must appear as a run of whole words inside one entry, except
 * that the line's first word may have text glued before it and its last word text glued after
 * it: an inline construct spanning lines (a code span, say) can swallow the line break between
 * them. A line is accepted in one of two readings:
 *  - verbatim (fields the parser keeps as written: titles, summaries, prompt lines), or
 *  - as Markdown shows it (body blocks): character references and escapes decoded with
 *    micromark's own decoder, link destinations `](…)`, a code fence's info string and leading
 *    block markers (`>`, `-`, `1.`) removed, since none of those is visible text.
 * Inputs that start with YAML front matter are left out: their keys are metadata, tested with
 * fixtures in front-matter.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { decodeString } from 'micromark-util-decode-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import type { ParsedDocument } from '../../src/model.ts';
import { documentText, isUiString, parseDocument, SECTION_HEADINGS } from '../../src/parse/index.ts';

const RUNS = runs(200);
const LINE_BREAK = /\r\n|\r|\n/;

const seedLines = [...new Set(readdirSync('seeds').flatMap((name) => readFileSync(`seeds/${name}`, 'utf8').split(LINE_BREAK)))];
const structuralLines = [
  'INQUIRING LINE',
  'Sources 2 notes',
  'Sources 0 notes',
  'Research prompt for your LLMexpand ↓',
  'Research prompt for your LLM',
  'expand ↓',
  'Next inquiring lines',
  'Source: Alignment',
  'Related concepts in this collection',
  '-',
  'Original note title',
  '## Research prompt',
  '# A title',
  'Copy into ChatGPT or Claude to take this further.',
  'Click a node to walk · click center to open · click Open full network for a force-directed map',
];
const markdownLines = [
  '- a list item',
  '  • an indented bullet',
  '• a bullet',
  '1. first',
  '2025. a year',
  '> a quote',
  '**bold** text',
  'intra*word*emphasis',
  '`code span`',
  '```js',
  '~~~',
  '    indented code',
  '<div onclick="x()">html</div>',
  '<!-- a comment',
  '[[Wiki link]]',
  '[ref]: http://x.test "t"',
  '[a][ref]',
  '[link](http://x.test)',
  '![image alt](x.png)',
  'a hard break\\',
  '&amp; &copy; &#65; &#0; &bogus;',
  '***',
  '---',
  '===',
  'Setext',
  'arXiv:2506.13351 (2025, A Title)',
  'arXiv:bad',
  '| a | b |',
  '\tTabbed',
];

const line = fc.oneof(
  fc.constantFrom(...seedLines),
  fc.constantFrom(...structuralLines),
  fc.constantFrom(...markdownLines),
  fc.constant(''),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const markdownSoup = fc.string({ unit: fc.constantFrom(...'\n\r\t -*•#>`[]()!&;:_<>/\\=~|.0123456789aZé '), maxLength: 200 });
const document = fc.record({
  lines: fc.array(line, { maxLength: 50 }),
  eol: fc.constantFrom('\n', '\r\n'),
  header: fc.boolean(),
  extension: fc.constantFrom('.txt', '.md'),
});

function parse(value: string | Uint8Array, extension = '.txt'): { doc: ParsedDocument | undefined; file: VFile } {
  const file = new VFile({ path: `notes/input${extension}`, value });
  return { doc: parseDocument(file), file };
}

/** Markdown punctuation (all ASCII punctuation) and the export bullet go; whitespace collapses. */
function comparable(text: string): string {
  return text
    .replace(/[!-/:-@[-`{-~•]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The line as Markdown renders it, minus syntax that is never visible text. */
function asMarkdownShowsIt(text: string): string {
  const withoutSyntax = text
    .replace(/^\s*(?:`{3,}|~{3,}).*$/, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^(?:\s*>|\s*(?:[-*+•]|\d{1,9}[.)])(?=\s|$))+/, '');
  return decodeString(withoutSyntax);
}

function isFrontMatter(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(LINE_BREAK);
  return lines[0] === '---' && lines.slice(1).some((l) => l.startsWith('---'));
}

/** Lines the format consumes as structure: they may vanish. */
function isStructural(text: string, doc: ParsedDocument): boolean {
  if (isUiString(text)) return true;
  const h = SECTION_HEADINGS;
  if (doc.format === 'markdown') return doc.kind === 'inquiring-line' && /^(?:#{2}\s+)?Research prompt(?: for your LLM)?$/i.test(text);
  if (doc.kind === 'inquiring-line') return [h.inquiringLine, h.sources, h.researchPrompt, h.nextLines].some((re) => re.test(text));
  return [h.related, h.originalTitle].some((re) => re.test(text));
}

/** Input lines (trimmed, non-blank, not structure) whose words are found nowhere in the record. */
function lostLines(input: string, doc: ParsedDocument): string[] {
  const entries = documentText(doc).map((entry) => ` ${comparable(entry)} `);
  const found = (candidate: string): boolean => {
    const wanted = comparable(candidate);
    if (wanted === '') return true;
    const words = wanted.split(' ').map((word) => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
    const run = new RegExp(` \\S*${words.join(' ')}\\S* `, 'u');
    return entries.some((entry) => run.test(entry));
  };
  const lost: string[] = [];
  for (const raw of input.replace(/^\uFEFF/, '').split(LINE_BREAK)) {
    const text = raw.trim();
    if (text === '' || isStructural(text, doc)) continue;
    const collection = doc.kind === 'note' && doc.format === 'export' ? SECTION_HEADINGS.collection.exec(text)?.[1] : undefined;
    const readings = [text, asMarkdownShowsIt(text), ...(collection ? [collection] : [])];
    if (!readings.some(found)) lost.push(text);
  }
  return lost;
}

function checkNothingLost(input: string, extension = '.txt'): void {
  const { doc, file } = parse(input, extension);
  if (doc === undefined && file.messages.some((m) => m.ruleId === 'empty-record')) {
    // No title and no content: nothing but the structure of a record (a prompt heading) to lose.
    const left = input.split(/\r?\n|\r/).filter((line) => line.trim() !== '' && !/^\s*#{1,6}\s+Research prompt(?: for your LLM)?\s*#*\s*$/i.test(line));
    expect(left).toEqual([]);
    return;
  }
  if (doc === undefined) {
    const rules = file.messages.map((m) => m.ruleId);
    expect(rules.some((rule) => rule === 'empty-file' || rule === 'binary-file')).toBe(true);
    expect(input.trim() === '' || input.replace(/^\uFEFF/, '').trim() === '' || input.includes('\0')).toBe(true);
    return;
  }
  expect(lostLines(input, doc)).toEqual([]);
}

describe('parseDocument on arbitrary input', () => {
  it('never throws on arbitrary strings, as text or Markdown', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('.txt', '.md'), (text, extension) => {
        parse(text, extension);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('.txt', '.md'), (bytes, extension) => {
        parse(bytes, extension);
      }),
      RUNS,
    );
  });

  it('loses no line of arbitrary full-Unicode text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }).filter((t) => !isFrontMatter(t)),
        fc.constantFrom('.txt', '.md'),
        (text, extension) => {
          checkNothingLost(text, extension);
        },
      ),
      RUNS,
    );
  });

  it('loses no line of Markdown-punctuation soup', () => {
    fc.assert(
      fc.property(
        markdownSoup.filter((t) => !isFrontMatter(t)),
        fc.constantFrom('.txt', '.md'),
        (text, extension) => {
          checkNothingLost(text, extension);
        },
      ),
      RUNS,
    );
  });

  it('loses no line of documents mixing seed lines, headings, Markdown and random text', () => {
    fc.assert(
      fc.property(document, ({ lines, eol, header, extension }) => {
        const input = [...(header ? ['INQUIRING LINE'] : []), ...lines].join(eol);
        fc.pre(!isFrontMatter(input));
        checkNothingLost(input, extension);
      }),
      RUNS,
    );
  });

  it('keeps every line of the real seeds, whatever their line endings', () => {
    for (const name of readdirSync('seeds')) {
      const text = readFileSync(`seeds/${name}`, 'utf8');
      checkNothingLost(text);
      checkNothingLost(text.replaceAll('\n', '\r\n'));
    }
  });
});
