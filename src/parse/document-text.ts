/**
 * Every piece of content text a parsed record carries, one string per field or block. The
 * "nothing lost" checks (the parser's property tests, the site's build check) compare input
 * lines against it.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ParsedDocument } from '../model.ts';

/** Nodes that hold blocks; every other block is a leaf whose text is one entry. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

export function documentText(doc: ParsedDocument): string[] {
  const texts: string[] = [doc.title, doc.summary, ...blockTexts(doc.body)];
  if (doc.kind === 'inquiring-line') {
    for (const source of doc.sources) texts.push(source.title, source.summary);
    if (doc.prompt) texts.push(doc.prompt.intro, ...doc.prompt.text.split('\n'));
    for (const next of doc.next) texts.push(next.title);
  } else {
    for (const related of doc.related) texts.push(related.title, related.description, related.relation);
    if (doc.collection) texts.push(doc.collection);
    if (doc.originalTitle) texts.push(doc.originalTitle);
  }
  return texts.filter((text) => text.trim() !== '');
}

/** The text of each leaf block (paragraph, heading, code…), in document order. */
function blockTexts(root: Root): string[] {
  const texts: string[] = [];
  const visit = (node: Nodes): void => {
    if (CONTAINERS.has(node.type) && 'children' in node) for (const child of node.children) visit(child);
    else texts.push(leafText(node));
  };
  visit(root);
  return texts;
}

/**
 * mdast-util-to-string, except that a hard line break separates the words around it (as it
 * does on screen) instead of gluing them together.
 */
function leafText(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('children' in node && node.children.some((child) => child.type === 'break' || 'children' in child)) {
    return (node.children as Nodes[]).map(leafText).join('');
  }
  return toString(node);
}
