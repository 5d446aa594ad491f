/**
 * Mermaid diagrams: a ```` ```mermaid ```` block becomes `<pre class="mermaid">` holding the
 * diagram's source, which stays readable without script; pages that have one load Mermaid (a
 * copy of the package's own bundle, never a CDN) and it draws the diagram in place.
 */
import type { Element } from 'hast';
import type { Root } from 'mdast';

/** The file pages load, below `/assets/`: copied from node_modules/mermaid by the build. */
export const MERMAID_ASSET = 'mermaid/mermaid.min.js';
/** Starts Mermaid on the page (a file, so pages need no inline script). */
export const MERMAID_START_ASSET = 'mermaid/start.js';

/** `pre > code.language-mermaid` → `pre.mermaid` with the source as text; else `undefined`. */
export function mermaidElement(element: Element): Element | undefined {
  if (element.tagName !== 'pre' || element.children.length !== 1) return undefined;
  const code = element.children[0]!;
  if (code.type !== 'element' || code.tagName !== 'code') return undefined;
  const className = code.properties.className;
  if (!Array.isArray(className) || !className.includes('language-mermaid')) return undefined;
  return { type: 'element', tagName: 'pre', properties: { className: ['mermaid'] }, children: code.children };
}

/** Whether a body holds a Mermaid block, so its page loads Mermaid. */
export function hasMermaid(tree: Root): boolean {
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; lang?: string | null; children?: unknown[] };
    if (node.type === 'code' && node.lang?.toLowerCase() === 'mermaid') return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}
