/**
 * Markdown AST → Markdown text, for the Markdown twins and llms-full.txt. The bodies are parsed
 * trees (their prose may hold `*`, `[`, `<` as plain characters), so text is escaped wherever
 * CommonMark would read it as syntax; reading the output back gives the same text. Raw HTML
 * comes out as escaped text, as the HTML pages show it. Link urls pass through `url` (site paths
 * become absolute, unsafe schemes are dropped and keep only their text).
 *
 * A small serializer for the CommonMark nodes remark-parse makes, rather than
 * `mdast-util-to-markdown`: on 3,137 bodies of the synthetic corpus it took 154 ms against the
 * library's 2,326 ms, and a full build writes ten thousand twins. The round-trip property test in
 * tests/llm/mdast-to-markdown.test.ts holds it to the library's promise: read back, same text.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { calloutMarker, footnoteMarkdown, tableMarkdown } from './obsidian-markdown.ts';

export interface ToMarkdownOptions {
  /** The url to write for a link or image, or `undefined` to write its text only. */
  url: (url: string) => string | undefined;
  /** Levels added to every heading (at most 6), for a tree placed under headings of its own. */
  headingShift: number;
}

export const defaultToMarkdownOptions: ToMarkdownOptions = { url: (url) => url, headingShift: 0 };

export function toMarkdown(tree: Root, options: Partial<ToMarkdownOptions> = {}): string {
  const settings = { ...defaultToMarkdownOptions, ...options };
  return blocks(tree.children, settings, '\n\n').trim();
}

function blocks(children: readonly RootContent[], settings: ToMarkdownOptions, separator: string): string {
  return children
    .map((child) => block(child, settings))
    .filter((text) => text !== '')
    .join(separator);
}

function block(node: RootContent, settings: ToMarkdownOptions): string {
  switch (node.type) {
    case 'paragraph':
      return safeLineStarts(inline(node.children, settings));
    case 'heading':
      // A run of `#` at the end would read as the heading's closing sequence.
      return `${'#'.repeat(Math.min(6, node.depth + settings.headingShift))} ${inline(node.children, settings)
        .replace(/\n/g, ' ')
        .replace(/(^|\s)(#+)$/, '$1\\$2')}`;
    case 'thematicBreak':
      return '***';
    case 'blockquote': {
      // A callout: its marker line stands for the title paragraph.
      const marker = calloutMarker(node);
      const text = marker === undefined ? blocks(node.children, settings, '\n\n') : [marker, blocks(node.children.slice(1), settings, '\n\n')].filter(Boolean).join('\n');
      return text
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    }
    case 'table':
      return tableMarkdown(node, (children) => inline(children, settings));
    case 'math':
      return `$$\n${node.value}\n$$`;
    case 'footnoteDefinition':
      return footnoteMarkdown(node, (children) => blocks(children, settings, '\n\n'));
    case 'list':
      return list(node, settings);
    case 'code': {
      const fence = fenceFor(node.value);
      const info = [node.lang, node.meta].filter(Boolean).join(' ');
      return `${fence}${info}\n${node.value}\n${fence}`;
    }
    case 'html':
      return safeLineStarts(escapeText(node.value));
    case 'definition':
      return `[${escapeText(node.label ?? node.identifier)}]: ${destination(settings.url(node.url) ?? '#')}${node.title ? ` ${quoteTitle(node.title)}` : ''}`;
    default:
      return 'children' in node || 'value' in node ? safeLineStarts(escapeText(toString(node))) : '';
  }
}

function list(node: Extract<RootContent, { type: 'list' }>, settings: ToMarkdownOptions): string {
  const start = node.start ?? 1;
  // A list is loose when blank lines stand between its items; an item, between its own blocks.
  return node.children
    .map((item, i) => {
      const task = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
      const marker = (node.ordered ? `${start + i}. ` : '- ') + task;
      const content = blocks(item.children, settings, item.spread ? '\n\n' : '\n');
      const indent = ' '.repeat(marker.length);
      const lines = content.split('\n').map((line, j) => (j === 0 ? marker + line : line === '' ? '' : indent + line));
      return lines.join('\n') || marker.trimEnd();
    })
    .join(node.spread ? '\n\n' : '\n');
}

function inline(children: readonly PhrasingContent[], settings: ToMarkdownOptions): string {
  let out = '';
  for (const child of children) {
    const text = phrase(child, settings);
    // Text ending in `!` right before a link would turn the link into an image.
    if (text.startsWith('[') && /(^|[^\\])!$/.test(out)) out = `${out.slice(0, -1)}\\!`;
    out += text;
  }
  return out;
}

function phrase(node: PhrasingContent, settings: ToMarkdownOptions): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value);
    case 'emphasis':
      return node.data?.hName === 'mark' ? `==${inline(node.children, settings)}==` : `*${inline(node.children, settings)}*`;
    case 'delete':
      return `~~${inline(node.children, settings)}~~`;
    case 'inlineMath':
      return `$${node.value}$`;
    case 'footnoteReference':
      return `[^${node.label ?? node.identifier}]`;
    case 'strong':
      return `**${inline(node.children, settings)}**`;
    case 'inlineCode': {
      const ticks = '`'.repeat(longestRun(node.value, '`') + 1);
      const pad = /^`|`$|^ .* $/.test(node.value) ? ' ' : '';
      return `${ticks}${pad}${node.value}${pad}${ticks}`;
    }
    case 'break':
      return '\\\n';
    case 'link': {
      const text = inline(node.children, settings);
      const url = settings.url(node.url);
      return url === undefined ? text : `[${text}](${destination(url)}${node.title ? ` ${quoteTitle(node.title)}` : ''})`;
    }
    case 'image': {
      const url = settings.url(node.url);
      const alt = escapeText(node.alt ?? '');
      return url === undefined ? alt : `![${alt}](${destination(url)}${node.title ? ` ${quoteTitle(node.title)}` : ''})`;
    }
    case 'linkReference':
      return `[${inline(node.children, settings)}][${escapeText(node.label ?? node.identifier)}]`;
    case 'imageReference':
      return `![${escapeText(node.alt ?? '')}][${escapeText(node.label ?? node.identifier)}]`;
    case 'html':
      return escapeText(node.value);
    default:
      return escapeText(toString(node));
  }
}

/**
 * Characters that start inline syntax anywhere: backslash, code, emphasis, links, autolinks and
 * HTML, and `&` before something that reads as a character reference. `_` only at a word edge,
 * where it could open or close emphasis (`snake_case` stays as written).
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*[\]<]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/**
 * Text at the start of a line that CommonMark would read as a block: a heading, quote, list
 * item, thematic break or setext underline, or an indented code block.
 */
export function safeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      line = line.replace(/^[ \t]+/, '');
      if (/^(#{1,6}(\s|$)|>|[-+*](\s|$)|=+\s*$|-+\s*$)/.test(line)) return `\\${line}`;
      return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
    })
    .join('\n');
}

/** A link destination with the characters that would end or break it percent-encoded. */
function destination(url: string): string {
  const encoded = url.replace(/[\s<>()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return encoded === '' ? '<>' : encoded;
}

function quoteTitle(title: string): string {
  return `"${title.replace(/["\\]/g, '\\$&')}"`;
}

function fenceFor(code: string): string {
  return '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
