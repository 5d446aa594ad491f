/**
 * One file in, one record out: picks the reader for the file's format and kind.
 */
import type { VFile } from 'vfile';
import type { ParsedDocument } from '../model.ts';
import { parseConceptNote } from './concept-note.ts';
import type { ParseContext } from './context.ts';
import { readFrontMatter, rejectedBlock } from './front-matter.ts';
import { isInquiringLine, parseInquiringLine } from './inquiring-line.ts';
import { parseMarkdownDocument } from './markdown-document.ts';
import { readInput } from './normalize-input.ts';

export interface ParseOptions {
  /** Extensions (lower case, with the dot) read as Markdown; everything else is export text. */
  markdownExtensions: readonly string[];
}

export const DEFAULT_PARSE_OPTIONS: ParseOptions = {
  markdownExtensions: ['.md', '.markdown'],
};

/**
 * Read `file` (its `path` relative to the notes folder; its `value` text or raw bytes). Problems
 * are reported on `file`; the result is `undefined` only for an empty or binary file.
 */
export function parseDocument(file: VFile, options: ParseOptions = DEFAULT_PARSE_OPTIONS): ParsedDocument | undefined {
  const input = readInput(file);
  if (input === undefined) return undefined;
  const { frontMatter, lines: content, rejected } = readFrontMatter(input.lines, file);
  const path = (file.path ?? '').replaceAll('\\', '/');
  const context: ParseContext = { file, path, stem: file.stem ?? 'untitled', source: input.text };
  if (frontMatter) context.frontMatter = frontMatter;
  const markdown = options.markdownExtensions.includes((file.extname ?? '').toLowerCase());
  const doc = markdown ? parseMarkdownDocument(content, context) : isInquiringLine(content) ? parseInquiringLine(content, context) : parseConceptNote(content, context);
  const code = rejectedBlock(rejected ?? []);
  if (code) {
    doc.body.children.unshift(code);
    doc.body.position = { start: code.position?.start ?? { line: 1, column: 1 }, end: doc.body.position?.end ?? code.position?.end ?? { line: 1, column: 1 } };
  }
  return doc;
}
