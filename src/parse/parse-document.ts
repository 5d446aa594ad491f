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
import { report } from '../diagnostics.ts';

export interface ParseOptions {
  /** Extensions (lower case, with the dot) read as Markdown; everything else is export text. */
  markdownExtensions: readonly string[];
}

export const DEFAULT_PARSE_OPTIONS: ParseOptions = {
  markdownExtensions: ['.md', '.markdown'],
};

/**
 * Read `file` (its `path` relative to the notes folder; its `value` text or raw bytes). Problems
 * are reported on `file`; the result is `undefined` only for an empty or binary file, or one
 * with no title and no content.
 */
export function parseDocument(file: VFile, options: ParseOptions = DEFAULT_PARSE_OPTIONS): ParsedDocument | undefined {
  const input = readInput(file);
  if (input === undefined) return undefined;
  const { frontMatter, lines: content, rejected } = readFrontMatter(input.lines, file);
  const path = (file.path ?? '').replaceAll('\\', '/');
  const context: ParseContext = { file, path, stem: file.stem ?? 'untitled', source: input.text };
  if (frontMatter) context.frontMatter = frontMatter;
  const markdown = options.markdownExtensions.includes((file.extname ?? '').toLowerCase());
  const before = file.messages.length;
  const doc = markdown ? parseMarkdownDocument(content, context) : isInquiringLine(content) ? parseInquiringLine(content, context) : parseConceptNote(content, context);
  const code = rejectedBlock(rejected ?? []);
  // An export file's first line is its title, so one without is an empty file, unless front
  // matter stood before it (the export's own markers alone still make a record, as they always did).
  if ((markdown || frontMatter) && !code && isEmptyRecord(doc, file.messages.slice(before))) {
    // A page titled after the file name with nothing on it helps no reader: say so instead.
    file.messages.splice(before);
    report(file, 'Unexpected file with no title and no content, expected a title and a body; no page is published for it', { line: 1, column: 1 }, 'empty-record');
    return undefined;
  }
  if (code) {
    doc.body.children.unshift(code);
    doc.body.position = { start: code.position?.start ?? { line: 1, column: 1 }, end: doc.body.position?.end ?? code.position?.end ?? { line: 1, column: 1 } };
  }
  return doc;
}

/** No title (the parser fell back to the file name) and nothing to show. */
function isEmptyRecord(doc: ParsedDocument, messages: readonly VFile['messages'][number][]): boolean {
  if (!messages.some((m) => m.ruleId === 'missing-title' || m.ruleId === 'title-from-file-name')) return false;
  if (doc.summary !== '' || doc.body.children.length > 0) return false;
  if (doc.kind === 'inquiring-line') return doc.prompt === undefined && doc.sources.length === 0 && doc.next.length === 0;
  return doc.related.length === 0 && !doc.originalTitle;
}
