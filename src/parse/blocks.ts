/**
 * Export text to mdast. The export writes each paragraph on its own line, with no blank line
 * between a list and the next paragraph, so Markdown read in one go would fold that paragraph
 * into the last list item (lazy continuation). Each block is therefore parsed on its own and the
 * results joined into one Root.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report, type RuleId } from '../diagnostics.ts';
import { isBlank, paragraphs, sliceLine, spanOf, type SourceLine } from './lines.ts';
import { parseMarkdownBlock } from './markdown.ts';

/** Lines parsed together as one Markdown document. */
export type Block = readonly SourceLine[];

/** `-`, `*`, `+`, `•` or `1.` / `1)` followed by a space (or nothing): a list item line. */
const LIST_LINE = /^\s*(?:[-*+•]|\d{1,9}[.)])(?:\s|$)/;
const EXPORT_BULLET = /^(\s*)•(?=\s|$)/;

export function isListLine(text: string): boolean {
  return LIST_LINE.test(text);
}

/** Blank-line separated paragraphs, each one block (an inquiring line's synthesis). */
export function paragraphBlocks(lines: readonly SourceLine[]): Block[] {
  return paragraphs(lines).map((run) => run.map(withMarkdownBullet));
}

/**
 * One block per line, except that consecutive list lines form one list. Leading indentation of
 * a lone line is dropped (it would make an indented code block); a list keeps its relative
 * indentation (nesting) but loses what all its lines share.
 */
export function lineBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let list: SourceLine[] = [];
  const flush = (): void => {
    if (list.length === 0) return;
    const shared = Math.min(...list.map(indentOf));
    blocks.push(list.map((line) => withMarkdownBullet(sliceLine(line, shared))));
    list = [];
  };
  for (const line of lines) {
    if (isBlank(line)) continue;
    if (isListLine(line.text)) {
      list.push(line);
      continue;
    }
    flush();
    blocks.push([sliceLine(line, indentOf(line))]);
  }
  flush();
  return blocks;
}

/** Parse each block and join the results in file order. */
export function blocksToRoot(blocks: readonly Block[]): Root {
  // Blocks nearly always come in file order already: then they are neither copied nor sorted.
  const ordered = inFileOrder(blocks) ? blocks : blocks.filter((block) => block.length > 0).sort((a, b) => (a[0]?.offset ?? 0) - (b[0]?.offset ?? 0));
  const root: Root = { type: 'root', children: [] };
  for (const block of ordered) {
    if (block.length === 0) continue;
    const nodes = parseMarkdownBlock(block);
    for (let k = 0; k < nodes.length; k++) root.children.push(nodes[k]!);
  }
  const first = root.children[0]?.position;
  const last = root.children.at(-1)?.position;
  if (first && last) root.position = { start: first.start, end: last.end };
  return root;
}

/** Whether the non-empty blocks' first lines come in ascending offset order. */
function inFileOrder(blocks: readonly Block[]): boolean {
  let offset = -Infinity;
  for (const block of blocks) {
    const first = block[0];
    if (first === undefined) continue;
    if (first.offset < offset) return false;
    offset = first.offset;
  }
  return true;
}

function indentOf(line: SourceLine): number {
  // Most lines start with a character that is not whitespace: no trimming needed.
  const first = line.text.charCodeAt(0);
  if (first > 0x20 && first < 0x80) return 0;
  return line.text.length - line.text.trimStart().length;
}

/** `•` is the export's bullet; Markdown's is `-` (same length, so positions stay exact). */
function withMarkdownBullet(line: SourceLine): SourceLine {
  // Most lines start with neither the bullet nor whitespace before it: no expression needed.
  const first = line.text.charCodeAt(0);
  if (first !== 0x2022 && !(first <= 0x20 || first === 0xa0 || first >= 0x1680)) return line;
  // `{ ...line, text }`, built faster (Node 20 builds a spread followed by a field in its runtime).
  return EXPORT_BULLET.test(line.text) ? Object.assign({}, line, { text: line.text.replace(EXPORT_BULLET, '$1-') }) : line;
}

/**
 * Lines the parser cannot place: reported (each run once, at its first line) and kept in the
 * body as paragraphs of their own.
 */
export function keepLines(lines: readonly SourceLine[], file: VFile, reason: string, rule: RuleId, toBlocks = lineBlocks): Block[] {
  const blocks: Block[] = [];
  for (const run of paragraphs(lines)) {
    const first = run[0] as SourceLine;
    report(file, reason, spanOf(first, run.at(-1)), rule);
    blocks.push(...toBlocks(run));
  }
  return blocks;
}
