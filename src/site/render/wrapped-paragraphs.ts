/**
 * A research prompt written in a Markdown file is Markdown: lines with no blank line between
 * them are one paragraph, however the author wrapped them. The parser reads a prompt line by line
 * (the export format writes one paragraph per line, and the copy text must be exact), so for a
 * Markdown file the lines of one paragraph are joined again here, for reading, as the synthesis
 * reads. The copy text is untouched.
 */
import type { Paragraph, Root, RootContent } from 'mdast';

/** A copy of `tree` with paragraphs on consecutive source lines joined by a soft line break. */
export function joinWrappedParagraphs(tree: Root): Root {
  const children: RootContent[] = [];
  for (const node of tree.children) {
    const previous = children.at(-1);
    if (previous?.type === 'paragraph' && node.type === 'paragraph' && adjacent(previous, node)) {
      const joined: Paragraph = {
        type: 'paragraph',
        children: [...previous.children, { type: 'text', value: '\n' }, ...node.children],
        ...(previous.position && node.position ? { position: { start: previous.position.start, end: node.position.end } } : {}),
      };
      children[children.length - 1] = joined;
    } else {
      children.push(node);
    }
  }
  return { ...tree, children };
}

function adjacent(a: Paragraph, b: Paragraph): boolean {
  const end = a.position?.end.line;
  const start = b.position?.start.line;
  return end !== undefined && start !== undefined && start === end + 1;
}
