/**
 * Markdown to mdast, positions pointing into the original file. Plain paragraphs and `- ` lists
 * (nearly all prose) are built directly (`plain-blocks.ts`); everything else goes through remark
 * (`remark-markdown.ts`). Either way the tree is the one remark would build for the same lines.
 */
import type { Root, RootContent } from 'mdast';
import { pointAt, type SourceLine } from './lines.ts';
import { plainBlock, startsListItem } from './plain-blocks.ts';
import { parseWithRemark } from './remark-markdown.ts';

/**
 * Constructs that can run on across a blank line (fenced code, HTML blocks, also inside a list
 * item or quote) or reach across the document (link reference definitions): where one may be,
 * the document is read in one go.
 */
const ACROSS_BLANK_LINES = /```|~~~|\]:|^[ \t>*+\-\d.)]*</;

/** One block of lines (consecutive or not) read as a Markdown document of its own. */
export function parseMarkdownBlock(lines: readonly SourceLine[]): RootContent[] {
  return plainBlock(lines) ?? parseWithRemark(lines).children;
}

interface Chunk {
  /** Index of its first line and one past its last. */
  from: number;
  to: number;
  /** Its mdast when built without remark and nothing around it changes what it is. */
  nodes?: RootContent[];
}

/**
 * `lines` (consecutive) as one Markdown document. It is cut at blank lines into chunks; a chunk
 * of plain paragraph and list lines is built directly when its neighbours cannot change what it
 * is, and every run of other chunks is parsed by remark on its own. After a blank line, a line at
 * column 1 that is plain text closes every open block but those `ACROSS_BLANK_LINES` names.
 */
export function parseMarkdown(lines: readonly SourceLine[]): Root {
  if (lines.length === 0 || lines.some((line) => ACROSS_BLANK_LINES.test(line.text))) return parseWithRemark(lines);
  const chunks = chunksOf(lines);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as Chunk;
    const nodes = plainBlock(lines.slice(chunk.from, chunk.to));
    if (nodes === undefined) continue;
    // A list goes on after a blank line when an item or indented text follows.
    const next = chunks[i + 1];
    const nextLine = next && (lines[next.from] as SourceLine).text;
    if (nodes.at(-1)?.type === 'list' && nextLine !== undefined && (startsListItem(nextLine) || /^[ \t]/.test(nextLine))) continue;
    chunk.nodes = nodes;
  }
  // A list opening a chunk would join a list ending the chunk before: only after a paragraph.
  for (let i = 1; i < chunks.length; i++) {
    const chunk = chunks[i] as Chunk;
    const before = (chunks[i - 1] as Chunk).nodes;
    if (chunk.nodes?.[0]?.type === 'list' && before?.at(-1)?.type !== 'paragraph') delete chunk.nodes;
  }

  const children: RootContent[] = [];
  let slowFrom = -1;
  let slowTo = -1;
  const flush = (): void => {
    if (slowFrom === -1) return;
    children.push(...parseWithRemark(lines.slice(slowFrom, slowTo)).children);
    slowFrom = -1;
  };
  for (const chunk of chunks) {
    if (chunk.nodes === undefined) {
      if (slowFrom === -1) slowFrom = chunk.from;
      slowTo = chunk.to;
      continue;
    }
    flush();
    children.push(...chunk.nodes);
  }
  flush();
  const first = lines[0] as SourceLine;
  const last = lines[lines.length - 1] as SourceLine;
  return { type: 'root', children, position: { start: pointAt(first, 0), end: pointAt(last, last.text.length) } };
}

/**
 * Runs of lines that are not empty. (A line of spaces or tabs is blank to Markdown too, but an
 * indented code block takes it in when it is indented enough, so it stays inside its run.)
 */
function chunksOf(lines: readonly SourceLine[]): Chunk[] {
  const chunks: Chunk[] = [];
  let from = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || (lines[i] as SourceLine).text === '';
    if (blank && from !== -1) {
      chunks.push({ from, to: i });
      from = -1;
    } else if (!blank && from === -1) from = i;
  }
  return chunks;
}
