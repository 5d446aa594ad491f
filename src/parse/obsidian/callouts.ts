/**
 * Obsidian callouts: a quote opening with `[!type]`, an optional `-` (folded) or `+` (open) and
 * a title. Foldable ones become `<details>` with the title as `<summary>` (they fold without
 * script), the others a `<div role="note">` (an `<aside>` is a landmark, and a page of callouts
 * would have many unnamed ones); both carry `callout callout-<type>`. The tree stays a
 * `blockquote` (its `data` names the HTML element), so every reader of mdast still sees a quote,
 * and the callout is recorded in `data.callout` for the Markdown twins. Nested callouts too.
 */
import type { Blockquote, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

export interface CalloutData {
  type: string;
  /** `-` folded, `+` open, `''` not foldable. */
  fold: '' | '-' | '+';
  title: string;
}

const MARKER = /^\[!([\w-]+)\]([+-]?)[ \t]*/;

export function markCallouts(tree: Root): void {
  visitQuotes(tree.children);
}

function visitQuotes(children: RootContent[]): void {
  for (const node of children) {
    if (node.type === 'blockquote') markCallout(node);
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') visitQuotes(node.children);
  }
}

function markCallout(quote: Blockquote): void {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return;
  const head = first.children[0];
  if (head?.type !== 'text') return;
  const match = MARKER.exec(head.value);
  if (!match) return;
  const type = match[1]!.toLowerCase();
  const fold = match[2] as CalloutData['fold'];
  // The marker's line is the title; the lines after it in the same paragraph are the body.
  const [titleNodes, bodyNodes] = splitFirstLine([{ ...head, value: head.value.slice(match[0].length) }, ...first.children.slice(1)]);
  const titleText = titleNodes
    .map((n) => ('value' in n ? n.value : ''))
    .join('')
    .trim();
  const title: PhrasingContent[] = titleText === '' && titleNodes.every((n) => n.type === 'text') ? [{ type: 'text', value: defaultTitle(type) }] : titleNodes;
  const summary: Paragraph = {
    type: 'paragraph',
    children: title,
    data: fold === '' ? { hName: 'p', hProperties: { className: ['callout-title'] } } : { hName: 'summary', hProperties: { className: ['callout-title'] } },
  };
  if (first.position) summary.position = first.position;
  const rest: RootContent[] = bodyNodes.length > 0 ? [{ type: 'paragraph', children: bodyNodes }] : [];
  quote.children = [summary, ...(rest as Blockquote['children']), ...quote.children.slice(1)];
  const properties: Record<string, unknown> = { className: ['callout', `callout-${type}`], dataCallout: type };
  if (fold === '+') properties.open = true;
  if (fold === '') properties.role = 'note';
  quote.data = { ...quote.data, hName: fold === '' ? 'div' : 'details', hProperties: properties as never, callout: { type, fold, title: toPlain(title) } } as Blockquote['data'];
}

function toPlain(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => ('value' in n ? n.value : 'children' in n ? toPlain(n.children) : ''))
    .join('')
    .trim();
}

/** `note` → `Note`, `my-type` → `My type`: what Obsidian shows when a callout has no title. */
function defaultTitle(type: string): string {
  const words = type.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Phrasing content up to the first line ending in a text node, and what follows it. */
function splitFirstLine(nodes: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'break') return [nodes.slice(0, i), nodes.slice(i + 1)];
    if (node.type !== 'text') continue;
    const at = node.value.indexOf('\n');
    if (at === -1) continue;
    const before = node.value.slice(0, at);
    const after = node.value.slice(at + 1);
    const head = before === '' ? nodes.slice(0, i) : [...nodes.slice(0, i), { ...node, value: before }];
    const tail = after === '' ? nodes.slice(i + 1) : [{ ...node, value: after }, ...nodes.slice(i + 1)];
    return [head, tail];
  }
  return [nodes, []];
}
