/**
 * The head of an export file: the title line and the deck line under it. Front matter may
 * override either; the line it replaces then stays in the body, so nothing written is lost.
 */
import type { Point, Position } from 'unist';
import { report } from '../diagnostics.ts';
import { collapseWhitespace, isBlank, spanOf, type SourceLine } from './lines.ts';
import type { ParseContext } from './context.ts';

export interface Head {
  title: string;
  summary: string;
  position?: Position;
  /** The lines after the deck. */
  rest: SourceLine[];
  /** Title or deck lines that front matter overrode, to be kept in the body. */
  kept: SourceLine[];
}

export interface HeadOptions {
  /** Where to report a missing title when there is no title line at all. */
  missingAt: Point;
  /** A line that ends the head before it can be the deck (e.g. a note's `Source:` line). */
  endsHead?: (text: string) => boolean;
}

export function readHead(lines: readonly SourceLine[], context: ParseContext, options: HeadOptions): Head {
  const { file, frontMatter } = context;
  const titleIndex = lines.findIndex((line) => !isBlank(line));
  const titleLine = lines[titleIndex];
  let deckIndex = titleIndex === -1 ? -1 : lines.findIndex((line, i) => i > titleIndex && !isBlank(line));
  if (deckIndex !== -1 && options.endsHead?.((lines[deckIndex] as SourceLine).text.trim())) deckIndex = -1;
  const deckLine = lines[deckIndex];
  const restFrom = deckIndex !== -1 ? deckIndex + 1 : titleIndex + 1;
  const head: Head = { title: '', summary: '', rest: lines.slice(restFrom), kept: [] };

  const titleText = titleLine ? collapseWhitespace(titleLine.text) : undefined;
  head.title = frontMatter?.title ?? titleText ?? context.stem;
  const position = frontMatter?.title !== undefined ? frontMatter.keyPositions.get('title') : titleLine && spanOf(titleLine);
  if (position) head.position = position;
  if (titleText === undefined && frontMatter?.title === undefined) {
    report(file, `Unexpected missing title, expected a title line; using the file name \`${context.stem}\``, options.missingAt, 'missing-title');
  }
  if (titleLine && titleText !== undefined && frontMatter?.title !== undefined && frontMatter.title !== titleText) head.kept.push(titleLine);

  const deckText = deckLine ? collapseWhitespace(deckLine.text) : undefined;
  head.summary = frontMatter?.summary ?? deckText ?? '';
  if (deckText === undefined && frontMatter?.summary === undefined) {
    const place = titleLine ? spanOf(titleLine).end : options.missingAt;
    report(file, 'Unexpected missing summary, expected a deck line under the title', place, 'missing-summary');
  }
  if (deckLine && deckText !== undefined && frontMatter?.summary !== undefined && frontMatter.summary !== deckText) head.kept.push(deckLine);
  return head;
}
