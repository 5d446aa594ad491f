/**
 * The common case of `renderMarkdown`, written straight from the Markdown tree: paragraphs, text,
 * emphasis, strong, strikethrough, inline code, links (mentions with their previews, paper links),
 * headings, block quotes, lists, code blocks and rules — what nearly every synthesis, note body and
 * prompt holds. The string is byte for byte what mdast-util-to-hast, our transforms and
 * hast-util-to-html make of the same tree (same line breaks between blocks, same trimmed lines,
 * same character references, same attribute order); anything else in a tree (tables, images,
 * footnotes, math, Mermaid, task lists, hard breaks, embeds, any `data.hName`…) returns
 * `undefined`, and the caller takes the general road. Building and serialising a second tree for
 * every body of a 10,000-page site cost about as much as everything else on a line page.
 */
import type { Nodes, Parents } from 'mdast';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { isSafeUrl } from './safe-url.ts';
import { prefixUrl } from '../data/site-url.ts';
import type { RenderMarkdownOptions } from './render-markdown.ts';

/** Thrown inside the walk when a node is not one this writer knows; caught at the top. */
/** Thrown where the direct writer stops and the general road (hast) takes over. */
class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported('unsupported');

export function markdownHtml(tree: Nodes, settings: RenderMarkdownOptions, counter: { next: number }): string | undefined {
  try {
    return block(tree, settings, counter);
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

function unsupported(): never {
  throw UNSUPPORTED;
}

/** Text as hast-util-to-html writes it: `<` and `&` as hexadecimal references. */
function escapeText(value: string): string {
  return /[<&]/.test(value) ? value.replace(/[<&]/g, (c) => (c === '<' ? '&#x3C;' : '&#x26;')) : value;
}

/** A double-quoted attribute value: NUL, `"` and `&` as references. */
function escapeAttribute(value: string): string {
  return /["&\0]/.test(value) ? value.replace(/["&\0]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`) : value;
}

/** mdast-util-to-hast's `trimLines`: spaces and tabs around each line ending go. */
function trimLines(value: string): string {
  if (!/[\r\n]/.test(value)) return value;
  const search = /\r?\n|\r/g;
  const lines: string[] = [];
  let last = 0;
  for (let match = search.exec(value); match; match = search.exec(value)) {
    lines.push(trimLine(value.slice(last, match.index), last > 0, true), match[0]);
    last = match.index + match[0].length;
  }
  lines.push(trimLine(value.slice(last), last > 0, false));
  return lines.join('');
}

function trimLine(value: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = value.length;
  if (start) while (value[from] === '\t' || value[from] === ' ') from++;
  if (end) while (to > 0 && (value[to - 1] === '\t' || value[to - 1] === ' ')) to--;
  return to > from ? value.slice(from, to) : '';
}

/** Nodes whose tree-to-HTML step is steered by `data` are left to the general road, but for links' classes. */
function plainData(node: Nodes): void {
  const data = node.data as { hName?: unknown; hChildren?: unknown; hProperties?: unknown } | undefined;
  if (data && (data.hName !== undefined || data.hChildren !== undefined || data.hProperties !== undefined)) unsupported();
}

/** The children of `parent`, each written; mdast-util-to-hast trims text after a hard break, which is left to it. */
function children(parent: Parents, settings: RenderMarkdownOptions, counter: { next: number }): string[] {
  return parent.children.map((child) => block(child, settings, counter));
}

/** `[…]` with a line break between, and around when `loose` (mdast-util-to-hast's `wrap`). */
function wrap(parts: readonly string[], loose: boolean): string {
  const inner = parts.join('\n');
  if (!loose) return inner;
  return parts.length > 0 ? `\n${inner}\n` : '\n';
}

function block(node: Nodes, settings: RenderMarkdownOptions, counter: { next: number }): string {
  switch (node.type) {
    case 'root':
      plainData(node);
      return wrap(children(node, settings, counter), false);
    case 'text':
      plainData(node);
      return escapeText(trimLines(node.value));
    case 'paragraph':
      plainData(node);
      return `<p>${children(node, settings, counter).join('')}</p>`;
    case 'emphasis':
      plainData(node);
      return `<em>${children(node, settings, counter).join('')}</em>`;
    case 'strong':
      plainData(node);
      return `<strong>${children(node, settings, counter).join('')}</strong>`;
    case 'delete':
      plainData(node);
      return `<del>${children(node, settings, counter).join('')}</del>`;
    case 'inlineCode':
      plainData(node);
      return `<code>${escapeText(node.value.replace(/\r?\n|\r/g, ' '))}</code>`;
    case 'heading':
      plainData(node);
      return `<h${node.depth}>${children(node, settings, counter).join('')}</h${node.depth}>`;
    case 'thematicBreak':
      plainData(node);
      return '<hr>';
    case 'blockquote':
      plainData(node);
      return `<blockquote>${wrap(children(node, settings, counter), true)}</blockquote>`;
    case 'code': {
      plainData(node);
      const language = node.lang ? node.lang.split(/\s+/) : [];
      // Mermaid blocks are drawn (`mermaid.ts`): the general road.
      if (language.length > 0 && language[0]!.toLowerCase().includes('mermaid')) unsupported();
      const attributes = language.length > 0 ? ` class="${escapeAttribute(`language-${language[0]}`)}"` : '';
      return `<pre><code${attributes}>${escapeText(node.value ? `${node.value}\n` : '')}</code></pre>`;
    }
    case 'list':
      return list(node, settings, counter);
    case 'link':
      return link(node, settings, counter);
    default:
      return unsupported();
  }
}

function list(node: Extract<Nodes, { type: 'list' }>, settings: RenderMarkdownOptions, counter: { next: number }): string {
  plainData(node);
  const loose = node.spread || node.children.some((item) => (item.spread === null || item.spread === undefined ? item.children.length > 1 : item.spread));
  const items = node.children.map((item) => {
    plainData(item);
    // Task list items carry a checkbox and classes: the general road.
    if (typeof item.checked === 'boolean') unsupported();
    const parts = item.children.map((child) => ({ paragraph: child.type === 'paragraph', html: block(child, settings, counter) }));
    let html = '';
    parts.forEach((part, index) => {
      if (loose || index !== 0 || !part.paragraph) html += '\n';
      // In a tight list a paragraph's content stands in the item without its `<p>`.
      html += part.paragraph && !loose ? part.html.slice('<p>'.length, -'</p>'.length) : part.html;
    });
    const tail = parts[parts.length - 1];
    if (tail && (loose || !tail.paragraph)) html += '\n';
    return `<li>${html}</li>`;
  });
  const tag = node.ordered ? 'ol' : 'ul';
  const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${node.start}"` : '';
  return `<${tag}${start}>${wrap(items, true)}</${tag}>`;
}

/**
 * `<a href title class data-target aria-describedby>`: the url normalised as mdast-util-to-hast
 * does, then made safe and prefixed as `renderMarkdown` does; a mention with a summary wrapped
 * with its preview.
 */
function link(node: Extract<Nodes, { type: 'link' }>, settings: RenderMarkdownOptions, counter: { next: number }): string {
  const data = node.data as { hName?: unknown; hChildren?: unknown; hProperties?: Record<string, unknown> } | undefined;
  if (data && (data.hName !== undefined || data.hChildren !== undefined)) unsupported();
  const extra = data?.hProperties;
  let className: string[] | undefined;
  let target: string | undefined;
  if (extra) {
    for (const key of Object.keys(extra)) if (key !== 'className' && key !== 'dataTarget') unsupported();
    if (Object.keys(extra)[0] === 'dataTarget' && 'className' in extra) unsupported();
    if ('className' in extra) {
      if (!Array.isArray(extra.className) || !extra.className.every((c) => typeof c === 'string')) unsupported();
      className = extra.className;
    }
    if ('dataTarget' in extra) {
      if (typeof extra.dataTarget !== 'string') unsupported();
      target = extra.dataTarget;
    }
  }
  const content = children(node, settings, counter).join('');
  const href = normalizeUri(node.url);
  let attributes = isSafeUrl(href) ? `href="${escapeAttribute(prefixUrl(settings.pathPrefix, href))}"` : '';
  const add = (attribute: string) => (attributes += (attributes ? ' ' : '') + attribute);
  if (node.title !== null && node.title !== undefined) add(`title="${escapeAttribute(node.title)}"`);
  if (className) add(`class="${escapeAttribute(className.join(' ').trim())}"`);
  if (target !== undefined) add(`data-target="${escapeAttribute(target)}"`);
  const summary = className?.includes('mention') && target !== undefined ? settings.previewOf(target) : undefined;
  if (!summary) return `<a${attributes ? ` ${attributes}` : ''}>${content}</a>`;
  const id = `${settings.idPrefix}-preview-${counter.next++}`;
  add(`aria-describedby="${escapeAttribute(id)}"`);
  return `<span class="mention-wrap"><a ${attributes}>${content}</a><span class="mention-preview" role="tooltip" id="${escapeAttribute(id)}">${escapeText(summary)}</span></span>`;
}
