/**
 * The one place raw input becomes lines: bytes are decoded (binary refused), and a BOM, CR line
 * endings and trailing whitespace are removed, each reported once. Every line keeps its original
 * line number and offset, so later positions point into the file as written.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import type { SourceLine } from './lines.ts';

const BOM = 0xfeff;
const LINE_ENDING = /\r\n|\r|\n/g;
const SPACE = 0x20;
const TAB = 0x09;

/** The file's lines, or `undefined` (reported) when it is empty or not text. */
export function normalizeInput(file: VFile): SourceLine[] | undefined {
  return readInput(file)?.lines;
}

/** `normalizeInput`, with the decoded text the lines' offsets point into. */
export function readInput(file: VFile): { text: string; lines: SourceLine[] } | undefined {
  const text = decode(file);
  if (text === undefined) return undefined;

  const bom = text.charCodeAt(0) === BOM ? 1 : 0;
  if (bom) report(file, 'Unexpected byte order mark, expected UTF-8 without BOM', { line: 1, column: 1 }, 'bom');
  if (text.slice(bom).trim() === '') {
    report(file, 'Unexpected empty file, expected a note or an inquiring line', { line: 1, column: 1 }, 'empty-file');
    return undefined;
  }

  const lines: SourceLine[] = [];
  let crReported = false;
  let trailingReported = false;
  let start = 0;
  const push = (end: number, ending: string): void => {
    const from = lines.length === 0 ? start + bom : start;
    const raw = text.slice(from, end);
    const line: SourceLine = { text: raw, line: lines.length + 1, column: 1 + from - start, offset: from };
    let kept = raw.length;
    while (kept > 0 && (raw.charCodeAt(kept - 1) === SPACE || raw.charCodeAt(kept - 1) === TAB)) kept--;
    if (kept < raw.length) {
      line.text = raw.slice(0, kept);
      if (!trailingReported) {
        const place = { line: line.line, column: line.column + kept, offset: from + kept };
        report(file, 'Unexpected trailing whitespace, expected none', place, 'trailing-space');
        trailingReported = true;
      }
    }
    if (ending.includes('\r') && !crReported) {
      const place = { line: line.line, column: line.column + raw.length, offset: end };
      const reason = ending === '\r' ? 'Unexpected CR line ending, expected LF' : 'Unexpected CRLF line ending, expected LF';
      report(file, reason, place, 'crlf');
      crReported = true;
    }
    lines.push(line);
  };
  if (text.includes('\r')) {
    for (const match of text.matchAll(LINE_ENDING)) {
      push(match.index, match[0]);
      start = match.index + match[0].length;
    }
  } else {
    // The common case, without the cost of a match object per line.
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      push(end, '\n');
      start = end + 1;
    }
  }
  push(text.length, '');
  return { text, lines };
}

/** The file as a string, or `undefined` (reported) for binary content. */
function decode(file: VFile): string | undefined {
  const value: unknown = file.value;
  if (typeof value === 'string') return refuseNul(file, value) ? undefined : value;
  if (!(value instanceof Uint8Array)) return '';
  // Validate, then decode, the fast way: what a fatal TextDecoder does, a good deal faster. A
  // BOM stays in the text, so it is reported like a BOM in a string value.
  if (!isUtf8(value)) {
    report(file, 'Unexpected invalid UTF-8, expected a text file', { line: 1, column: 1 }, 'binary-file');
    return undefined;
  }
  const text = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8');
  // In UTF-8 only a zero byte decodes to NUL, and bytes are searched faster than text.
  return value.includes(0) && refuseNul(file, text) ? undefined : text;
}

/** NUL never occurs in text files; its presence means binary content (reported at its line). */
function refuseNul(file: VFile, text: string): boolean {
  const index = text.indexOf('\0');
  if (index === -1) return false;
  const before = text.slice(0, index);
  const line = (before.match(LINE_ENDING)?.length ?? 0) + 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const place = { line, column: index - lineStart + 1, offset: index };
  report(file, 'Unexpected NUL byte, expected a text file', place, 'binary-file');
  return true;
}
