/**
 * Blocks that need no Markdown parser: an ATX heading, paragraph lines and a tight `- ` list,
 * whose text `plainInline` can read. The export's prose and prompts are almost all of this
 * shape; building their mdast directly is what keeps parsing linear and cheap at corpus scale.
 * The rules for a line are conservative: a line that could open any other block (heading,
 * quote, fence, HTML, thematic break, another list, indented code, setext underline) is left to
 * remark. tests/parse/plain-markdown.test.ts checks the equality against remark.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import { pointAt, type SourceLine } from './lines.ts';
import { isPlainText, plainInline, type InlineSpan } from './plain-inline.ts';

/** A line that opens a list item, of any marker, or that nothing but a list can start with. */
const LIST_START = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** Thematic breaks and setext underlines are made of these alone. */
const RULE_LIKE = /^[-*_= \t]+$/;
const ORDERED_START = /^\d{1,9}[.)]/;
const ATX_HEADING = /^#{1,6} /;
const DASH_ITEM = '- ';
const ONE_LINE: readonly number[] = [0];

/**
 * The mdast of `lines`, read as one Markdown document, when it is an optional ATX heading, then
 * paragraph lines, then `- ` items, all of plain text (lines joined with `\n`, positions through
 * each line's own place in the file); `undefined` when remark is needed.
 */
export function plainBlock(lines: readonly SourceLine[]): RootContent[] | undefined {
  const nodes: RootContent[] = [];
  let from = 0;
  if ((lines[0] as SourceLine).text.charCodeAt(0) === 0x23 && ATX_HEADING.test((lines[0] as SourceLine).text)) {
    const heading = plainHeading(lines[0] as SourceLine);
    if (heading === undefined) return undefined;
    nodes.push(heading);
    from = 1;
  }
  let items = from;
  while (items < lines.length && !startsListItem((lines[items] as SourceLine).text)) {
    if (!isPlainLine((lines[items] as SourceLine).text)) return undefined;
    items++;
  }
  if (items > from) {
    const paragraph = plainParagraph(items - from === lines.length ? lines : lines.slice(from, items), 0);
    if (paragraph === undefined) return undefined;
    nodes.push(paragraph);
  }
  if (items < lines.length) {
    const list = plainList(items === 0 ? lines : lines.slice(items));
    if (list === undefined) return undefined;
    nodes.push(list);
  }
  return nodes;
}

/** True for a line that would start a list item (so ends a paragraph or continues a list). */
export function startsListItem(text: string): boolean {
  // Only `-`, `*`, `+` or a digit can start one: most lines are ruled out without the expression.
  const first = text.charCodeAt(0);
  return (first === 0x2d || first === 0x2a || first === 0x2b || (first >= 0x30 && first <= 0x39)) && LIST_START.test(text);
}

/**
 * A line remark reads as paragraph text wherever it stands (first line, continuation line or
 * list item content): nothing at its start can open another block.
 */
export function isPlainLine(text: string): boolean {
  if (text === '') return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first === 0x20 || first === 0x09 || last === 0x20 || last === 0x09) return false;
  switch (first) {
    case 0x23: // `#` ATX heading
    case 0x3e: // `>` block quote
    case 0x3c: // `<` HTML
    case 0x60: // backtick fence
    case 0x3d: // `=` setext underline
      return false;
    case 0x7e: // `~` fence
      return !text.startsWith('~~~');
  }
  // Only these can start a list item or a thematic break; anything else is text.
  if (first !== 0x2d && first !== 0x2a && first !== 0x2b && first !== 0x5f && (first < 0x30 || first > 0x39)) return true;
  return !LIST_START.test(text) && !RULE_LIKE.test(text) && !ORDERED_START.test(text);
}

/** `## Text`: one to six `#`, a space, text that neither starts nor ends with space or `#`. */
function plainHeading(line: SourceLine): Heading | undefined {
  const depth = line.text.indexOf(' ');
  const text = line.text.slice(depth + 1);
  const end = text.charCodeAt(text.length - 1);
  if (text === '' || text.charCodeAt(0) === 0x20 || text.charCodeAt(0) === 0x09 || end === 0x20 || end === 0x09 || end === 0x23) return undefined;
  const spans = plainInline(text);
  if (spans === undefined) return undefined;
  return { type: 'heading', depth: depth as Heading['depth'], children: phrasing(spans, text, [line], ONE_LINE, depth + 1), position: lineSpan(line, 0) };
}

function plainList(lines: readonly SourceLine[]): List | undefined {
  const children: ListItem[] = [];
  for (const line of lines) {
    if (!line.text.startsWith(DASH_ITEM) || !isPlainLine(line.text.slice(DASH_ITEM.length))) return undefined;
    const paragraph = plainParagraph([line], DASH_ITEM.length);
    if (paragraph === undefined) return undefined;
    children.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: lineSpan(line, 0) });
  }
  const first = lines[0] as SourceLine;
  const last = lines[lines.length - 1] as SourceLine;
  return { type: 'list', ordered: false, start: null, spread: false, children, position: { start: pointAt(first, 0), end: endOf(last) } };
}

/** One paragraph of `lines`, each read from column `from` on. */
function plainParagraph(lines: readonly SourceLine[], from: number): Paragraph | undefined {
  const first = lines[0] as SourceLine;
  const last = lines[lines.length - 1] as SourceLine;
  let text: string;
  let starts: readonly number[] = ONE_LINE;
  if (lines.length === 1) {
    text = from === 0 ? first.text : first.text.slice(from);
  } else {
    const texts = lines.map((line) => line.text.slice(from));
    text = texts.join('\n');
    const offsets: number[] = [];
    let offset = 0;
    for (const part of texts) {
      offsets.push(offset);
      offset += part.length + 1;
    }
    starts = offsets;
  }
  const position = { start: pointAt(first, from), end: endOf(last) };
  // Text without any inline syntax (most paragraphs) is one text node; no spans needed.
  if (isPlainText(text)) return textParagraph(text, position);
  const spans = plainInline(text);
  if (spans === undefined) return undefined;
  const only = spans.length === 1 ? spans[0] : undefined;
  if (only?.type === 'text' && only.start === 0 && only.end === text.length) return textParagraph(text, position);
  return { type: 'paragraph', children: phrasing(spans, text, lines, starts, from), position };
}

/**
 * A paragraph of one text node. The text stands where the paragraph stands, so it shares the
 * paragraph's position object, equal in every field: positions are never changed in place, and
 * at corpus scale three objects fewer per paragraph is much less for the collector to copy.
 */
function textParagraph(text: string, position: Position): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text, position }], position };
}

/** mdast phrasing nodes for `spans` of `text`, whose line `i` starts at `starts[i]` and column `from`. */
function phrasing(spans: readonly InlineSpan[], text: string, lines: readonly SourceLine[], starts: readonly number[], from: number): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  for (const span of spans) {
    const position = { start: pointIn(lines, starts, from, span.start), end: pointIn(lines, starts, from, span.end) };
    if (span.type === 'text') nodes.push({ type: 'text', value: text.slice(span.start, span.end), position });
    else nodes.push({ type: span.type, children: phrasing(span.children, text, lines, starts, from), position });
  }
  return nodes;
}

function pointIn(lines: readonly SourceLine[], starts: readonly number[], from: number, offset: number): Point {
  let index = starts.length - 1;
  while (index > 0 && (starts[index] as number) > offset) index--;
  return pointAt(lines[index] as SourceLine, from + offset - (starts[index] as number));
}

function lineSpan(line: SourceLine, from: number): Position {
  return { start: pointAt(line, from), end: endOf(line) };
}

function endOf(line: SourceLine): Point {
  return pointAt(line, line.text.length);
}
