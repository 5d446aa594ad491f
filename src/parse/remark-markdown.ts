/**
 * Markdown to mdast with remark's parser (mdast-util-from-markdown, which is all remark-parse
 * calls), made safe to show and pointed back at the original file. Raw HTML becomes text (shown,
 * never run); link reference definitions become paragraphs of their own text (remark would
 * otherwise make them invisible), and references to them the text they were written as.
 * The exact path for any Markdown; `markdown.ts` sends here only what its fast path cannot read.
 */
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import type { Nodes, Paragraph, Parents, Root, Text } from 'mdast';
import type { Point } from 'unist';
import { pointAt, type SourceLine } from './lines.ts';

/** Containers whose children are blocks: a raw HTML block there becomes a paragraph of text. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem']);

/**
 * Parse `lines` (consecutive or not) as one Markdown document; positions point into the file.
 * `syntax` adds micromark extensions (Obsidian's flavour, for Markdown files).
 */
export function parseWithRemark(lines: readonly SourceLine[], syntax?: Pick<FromMarkdownOptions, 'extensions' | 'mdastExtensions'>): Root {
  const text = lines.map((line) => line.text).join('\n');
  const root = syntax ? fromMarkdown(text, syntax) : fromMarkdown(text);
  makeSafe(root, text);
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.length + 1;
  }
  relocate(root, (point) => {
    const index = Math.min(Math.max(point.line, 1), lines.length) - 1;
    const line = lines[index];
    const localStart = starts[index];
    if (line === undefined || localStart === undefined) return point;
    // Columns are derived from offsets, so tabs and astral characters count as the file does.
    return pointAt(line, (point.offset ?? localStart) - localStart);
  });
  return root;
}

function makeSafe(parent: Parents, text: string): void {
  const flow = FLOW_PARENTS.has(parent.type);
  const children = parent.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Nodes;
    if (child.type === 'html') {
      children[i] = flow ? asParagraph(child.value, child) : asText(child.value, child);
    } else if (child.type === 'definition') {
      children[i] = asParagraph(sourceOf(child, text), child);
    } else if (child.type === 'linkReference' || child.type === 'imageReference') {
      // Its definition is text now, so the reference is too: `[label][id]` as written.
      children[i] = asText(sourceOf(child, text), child);
    } else if ('children' in child) {
      makeSafe(child, text);
    }
  }
}

function sourceOf(node: Nodes, text: string): string {
  return text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

function asText(value: string, from: Nodes): Text {
  return { type: 'text', value, position: from.position };
}

function asParagraph(value: string, from: Nodes): Paragraph {
  return { type: 'paragraph', children: [asText(value, from)], position: from.position };
}

function relocate(node: Nodes, move: (point: Point) => Point): void {
  if (node.position) {
    node.position = { start: move(node.position.start), end: move(node.position.end) };
  }
  if ('children' in node) for (const child of node.children) relocate(child, move);
}
