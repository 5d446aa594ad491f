/**
 * Lines of an input file after normalisation, each remembering where it stands in the original
 * file, so every record and diagnostic can point back at the bytes the author wrote.
 */
import type { Point, Position } from 'unist';

export interface SourceLine {
  /** The line's text without BOM, line ending or trailing whitespace. */
  text: string;
  /** 1-based line number in the original file. */
  line: number;
  /** 1-based column, in the original file, of `text[0]` (2 on a first line after a BOM). */
  column: number;
  /** Offset, in the original (decoded) file, of `text[0]`. */
  offset: number;
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** The point in the original file of `line.text[index]`. */
export function pointAt(line: SourceLine, index = 0): Point {
  return { line: line.line, column: line.column + index, offset: line.offset + index };
}

/** From the first non-space character of `first` to the end of `last`. */
export function spanOf(first: SourceLine, last: SourceLine = first): Position {
  const indent = first.text.length - first.text.trimStart().length;
  return { start: pointAt(first, indent), end: pointAt(last, last.text.length) };
}

/** The part of `line` from `from` on, still pointing at the same characters of the file. */
export function sliceLine(line: SourceLine, from: number): SourceLine {
  if (from === 0) return line;
  return { text: line.text.slice(from), line: line.line, column: line.column + from, offset: line.offset + from };
}

/** Runs of consecutive non-blank lines. */
export function paragraphs(lines: readonly SourceLine[]): SourceLine[][] {
  const runs: SourceLine[][] = [];
  let run: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push(line);
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

export function nonBlank(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((line) => !isBlank(line));
}

/** Whitespace other than a space, or two spaces: what only the full collapse can handle. */
const NEEDS_COLLAPSE = /[^\S ]| {2}/;

/** Collapse runs of whitespace to one space and trim: how lines are compared and joined. */
export function collapseWhitespace(text: string): string {
  // Most text has neither (one scan tells), and then trimming is all there is to do.
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** The trimmed texts of `lines` joined into one line of prose. */
export function joinLines(lines: readonly SourceLine[]): string {
  return collapseWhitespace(lines.map((line) => line.text).join(' '));
}

/**
 * The texts of `lines` joined with `\n`. When the lines follow one another in `source` (the
 * file they come from) with nothing between them but a line feed (no line left out, no CR, no
 * trailing space removed), that text is a slice of `source`, which shares the file's characters
 * instead of copying them: a research prompt's copy text, at corpus scale 28 MB.
 */
export function joinedText(lines: readonly SourceLine[], source?: string): string {
  const first = lines[0];
  const last = lines.at(-1);
  if (first === undefined || last === undefined) return '';
  if (source !== undefined && standTogether(lines, source)) return source.slice(first.offset, last.offset + last.text.length);
  return lines.map((line) => line.text).join('\n');
}

function standTogether(lines: readonly SourceLine[], source: string): boolean {
  for (let k = 1; k < lines.length; k++) {
    const previous = lines[k - 1] as SourceLine;
    const end = previous.offset + previous.text.length;
    if ((lines[k] as SourceLine).offset !== end + 1 || source.charCodeAt(end) !== 0x0a) return false;
  }
  return true;
}

/** The end of the file: where a missing section would have had to be. */
export function endOfFile(lines: readonly SourceLine[]): Point {
  const last = lines.at(-1);
  return last ? pointAt(last, last.text.length) : { line: 1, column: 1, offset: 0 };
}
