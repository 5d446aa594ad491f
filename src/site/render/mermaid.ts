/**
 * Mermaid diagrams: a ```` ```mermaid ```` block becomes `<pre class="mermaid">` holding the
 * diagram's source, which stays readable without script; pages that have one load Mermaid (a
 * copy of the package's own bundle, never a CDN), which draws each diagram in place once the page
 * has loaded (its `startOnLoad`); `public/assets/mermaid-start.js` only picks the dark theme.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Element } from 'hast';
import type { Root } from 'mdast';
import type { RawHtml } from './html.ts';
import { html } from './html.ts';
import type { SiteData } from '../data/site-data.ts';

/** The file pages load, below `/assets/`: copied from node_modules/mermaid by the build. */
export const MERMAID_ASSET = 'mermaid/mermaid.min.js';

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

/** The `<head>` element a page with a Mermaid block needs (nothing for the others). */
export function mermaidHead(site: SiteData, ...trees: (Root | undefined)[]): RawHtml | undefined {
  if (!trees.some((tree) => tree !== undefined && hasMermaid(tree))) return undefined;
  // Deferred scripts run in order: Mermaid, then its theme for the reader's colour scheme.
  return html`<script defer src="${site.href(`/assets/${MERMAID_ASSET}`)}"></script>\n<script defer src="${site.href('/assets/mermaid-start.js')}"></script>\n`;
}

/** Whether any page of the site draws a Mermaid diagram. */
export function siteHasMermaid(site: SiteData): boolean {
  return [...site.atlas.lines, ...site.atlas.notes].some((record) => hasMermaid(record.body));
}

/** Copy Mermaid's bundle into the site. */
export async function copyMermaid(outDir: string): Promise<void> {
  const target = path.join(outDir, 'assets', MERMAID_ASSET);
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(require.resolve('mermaid/dist/mermaid.min.js'), target);
}

const require = createRequire(import.meta.url);
