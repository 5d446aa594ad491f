/**
 * Markdown AST → HTML for the record bodies and the research prompt. unified's utilities do the
 * work (mdast-util-to-hast, hast-util-to-html, no raw HTML); around it: raw HTML shown as text, unsafe urls
 * dropped, site urls prefixed, every mention given a preview of its target's summary, and, in
 * prompts, every arXiv id or arXiv address made a link to its paper page (or to arxiv.org).
 */
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot, RootContent as MdastContent, PhrasingContent, Text } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { isSafeUrl } from './safe-url.ts';
import { ARXIV_REFERENCE } from '../../arxiv.ts';
import { prefixUrl } from '../data/site-url.ts';
import { mathElement } from './math.ts';
import { alignCell } from './table-cells.ts';
import { labelTaskCheckbox } from './task-items.ts';
import { mermaidElement } from './mermaid.ts';
import { markdownHtml } from './markdown-html.ts';

export interface RenderMarkdownOptions {
  pathPrefix: string;
  /** The summary shown when a mention of record `id` is hovered or focused; none → no preview. */
  previewOf: (id: string) => string | undefined;
  /** Makes the ids of preview elements unique on a page that renders several trees. */
  idPrefix: string;
  /** arXiv id → site-relative url of its paper page; ids found in text become links. */
  paperUrls: ReadonlyMap<string, string>;
}

export const defaultRenderMarkdownOptions: RenderMarkdownOptions = {
  pathPrefix: '/',
  previewOf: () => undefined,
  idPrefix: 'md',
  paperUrls: new Map(),
};

/**
 * What `unified().use(remarkRehype).use(rehypeStringify)` does, without a processor: its run made
 * a file and a pipeline for each of 10,000 bodies, for nothing the two utilities need.
 */
export function renderMarkdown(tree: MdastRoot, options: Partial<RenderMarkdownOptions> = {}): string {
  const settings = { ...defaultRenderMarkdownOptions, ...options };
  const mdast = prepareMdast(tree, settings.paperUrls);
  return markdownHtml(mdast, settings, { next: 1 }) ?? throughHast(mdast, settings);
}

/** `renderMarkdown` by the general road only, every tree through hast (tests compare the two). */
export function renderMarkdownThroughHast(tree: MdastRoot, options: Partial<RenderMarkdownOptions> = {}): string {
  const settings = { ...defaultRenderMarkdownOptions, ...options };
  return throughHast(prepareMdast(tree, settings.paperUrls), settings);
}

function throughHast(mdast: MdastRoot, settings: RenderMarkdownOptions): string {
  const hast = toHast(mdast) as HastRoot;
  const counter = { next: 1 };
  hast.children = transformChildren(hast.children, settings, counter);
  return toHtml(hast);
}

// ---------------------------------------------------------------------------------------------

/**
 * `html` nodes become text (shown, never run); arXiv ids in text become links. The record's tree
 * is left as it is (pages render it again: a watch rebuild, a Markdown twin): a node is copied
 * only when something below it changes, which is rare, where copying every tree of 10,000 pages
 * took a fifth of the render.
 */
function prepareMdast<T extends MdastRoot | MdastContent>(node: T, paperUrls: ReadonlyMap<string, string>): T {
  if (!('children' in node)) return node;
  const children = node.children as MdastContent[];
  let out: MdastContent[] | undefined;
  children.forEach((child, i) => {
    let replaced: MdastContent[] | undefined;
    if (child.type === 'html') {
      replaced = [{ type: 'text', value: child.value, ...(child.position ? { position: child.position } : {}) }];
    } else if (child.type === 'text' && node.type !== 'link' && node.type !== 'linkReference') {
      const linked = linkArxivIds(child, paperUrls);
      if (linked.length !== 1 || linked[0] !== child) replaced = linked;
    } else {
      const prepared = prepareMdast(child, paperUrls);
      if (prepared !== child) replaced = [prepared];
    }
    if (replaced && !out) out = children.slice(0, i);
    if (out) out.push(...(replaced ?? [child]));
  });
  return out ? { ...node, children: out } : node;
}

function linkArxivIds(text: Text, paperUrls: ReadonlyMap<string, string>): PhrasingContent[] {
  // Most text holds neither: no regular expression run over it.
  if (!/arxiv/i.test(text.value)) return [text];
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(ARXIV_REFERENCE)) {
    const id = (match[1] ?? match[2])!;
    // The parser reads no bare urls as links: an address links to its paper page when the paper is known, else to arxiv.org.
    const url = paperUrls.get(id) ?? (match[2] === undefined ? undefined : match[0]);
    if (!url) continue;
    if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) });
    out.push({
      type: 'link',
      url,
      children: [{ type: 'text', value: match[0] }],
      data: { hProperties: { className: ['paper-ref'] } },
    });
    last = match.index + match[0].length;
  }
  if (last === 0) return [text];
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
  return out;
}

// ---------------------------------------------------------------------------------------------

function transformChildren(children: (HastContent | ElementContent)[], settings: RenderMarkdownOptions, counter: { next: number }): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type !== 'element') {
      if (child.type !== 'doctype') out.push(child);
      continue;
    }
    const drawn = mathElement(child) ?? mermaidElement(child);
    if (drawn) {
      out.push(drawn);
      continue;
    }
    child.children = transformChildren(child.children, settings, counter);
    alignCell(child);
    labelTaskCheckbox(child);
    sanitizeUrls(child, settings.pathPrefix);
    linkRemoteImage(child);
    out.push(isMention(child) ? withPreview(child, settings, counter) : child);
  }
  return out;
}

function sanitizeUrls(element: Element, pathPrefix: string): void {
  for (const key of ['href', 'src'] as const) {
    const value = element.properties[key];
    if (typeof value !== 'string') continue;
    if (!isSafeUrl(value)) delete element.properties[key];
    else element.properties[key] = prefixUrl(pathPrefix, value);
  }
}

/**
 * An image from another host would have every reader's browser fetch from a third party (a
 * tracking pixel, say): it is shown as a link to the image instead, and reported.
 */
function linkRemoteImage(element: Element): void {
  const src = element.properties.src;
  if (element.tagName !== 'img' || typeof src !== 'string' || !isRemoteUrl(src)) return;
  const alt = element.properties.alt;
  element.tagName = 'a';
  element.properties = { href: src, className: ['remote-image'] };
  element.children = [{ type: 'text', value: typeof alt === 'string' && alt !== '' ? alt : src }];
}

/** A url with a scheme or a host: not a path on this site. */
export function isRemoteUrl(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim());
}

function isMention(element: Element): boolean {
  const className = element.properties.className;
  return element.tagName === 'a' && Array.isArray(className) && className.includes('mention');
}

/**
 * `<span class="mention-wrap"><a … aria-describedby=ID>Title</a><span role=tooltip id=ID>…</span></span>`:
 * CSS shows the tooltip on hover and focus, so the preview needs no script.
 */
function withPreview(link: Element, settings: RenderMarkdownOptions, counter: { next: number }): Element {
  const target = link.properties.dataTarget;
  const summary = typeof target === 'string' ? settings.previewOf(target) : undefined;
  if (!summary) return link;
  const id = `${settings.idPrefix}-preview-${counter.next++}`;
  link.properties.ariaDescribedBy = [id];
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['mention-wrap'] },
    children: [
      link,
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['mention-preview'], role: 'tooltip', id },
        children: [{ type: 'text', value: summary }],
      },
    ],
  };
}
