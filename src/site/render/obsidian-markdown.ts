/**
 * The Markdown twins of Obsidian's constructs, written back as a vault would have them: GFM
 * tables, `$math$`, footnotes, callouts `> [!type]- Title`, `==highlight==`, task items. For
 * `mdast-to-markdown.ts`, which hands in how it writes inline content and blocks.
 */
import type { Blockquote, FootnoteDefinition, Table } from 'mdast';
import type { CalloutData } from '../../parse/obsidian/callouts.ts';

export function tableMarkdown(node: Table, cell: (children: Table['children'][number]['children'][number]['children']) => string): string {
  const rows = node.children.map((row) => row.children.map((c) => cell(c.children).replace(/\n/g, ' ').replace(/\|/g, '\\|')));
  const width = Math.max(1, ...rows.map((r) => r.length));
  const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const align = Array.from({ length: width }, (_, i) => {
    const a = node.align?.[i];
    return a === 'left' ? ':---' : a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  const [head = [], ...body] = rows;
  return [line(head), `| ${align.join(' | ')} |`, ...body.map(line)].join('\n');
}

export function footnoteMarkdown(node: FootnoteDefinition, blocks: (children: FootnoteDefinition['children']) => string): string {
  const [first = '', ...rest] = blocks(node.children).split('\n');
  return [`[^${node.label ?? node.identifier}]: ${first}`, ...rest.map((l) => (l === '' ? '' : `    ${l}`))].join('\n');
}

/** The marker line of a callout, or `undefined` for an ordinary quote. */
export function calloutMarker(node: Blockquote): string | undefined {
  const callout = (node.data as { callout?: CalloutData } | undefined)?.callout;
  return callout ? `[!${callout.type}]${callout.fold}${callout.title ? ` ${callout.title}` : ''}` : undefined;
}
