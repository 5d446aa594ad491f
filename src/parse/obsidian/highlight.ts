/**
 * `==highlight==` → `<mark>`: an `emphasis` node whose `data.hName` is `mark`, so every reader
 * of mdast keeps its text, and the twins write it back as `==…==`. Read from text nodes after
 * parsing, so code and urls never change (they are not text nodes).
 */
import type { Emphasis, PhrasingContent, Root, RootContent, Text } from 'mdast';

const HIGHLIGHT = /==(?=\S)([^=\n]*?\S)==/g;

export function markHighlights(tree: Root): void {
  visit(tree as unknown as RootContent);
}

function visit(node: RootContent): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text' && child.value.includes('==')) {
      const split = splitHighlights(child);
      if (split.length > 1 || split[0] !== child) {
        children.splice(i, 1, ...(split as RootContent[]));
        i += split.length - 1;
      }
    } else visit(child);
  }
}

function splitHighlights(text: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(HIGHLIGHT)) {
    if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) });
    const mark: Emphasis = { type: 'emphasis', children: [{ type: 'text', value: match[1]! }], data: { hName: 'mark' } };
    out.push(mark);
    last = match.index + match[0].length;
  }
  if (last === 0) return [text];
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
  return out;
}
