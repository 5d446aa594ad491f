/**
 * Text reduced to what a reader can compare across input and page: the "nothing lost" check
 * applies the same reduction to both sides, so Markdown syntax, typography and whitespace that
 * rendering legitimately changes never count as loss, while every word still has to be there.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes } from 'mdast';

/** Curly quotes and primes a renderer or an editor may substitute for their ASCII forms. */
const QUOTES: readonly [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
];
/** ASCII punctuation (all Markdown syntax is made of it) and the export format's bullet. */
const PUNCTUATION = /[!-/:-@[-`{-~\u2022]/g;

/** NFC, straight quotes, no punctuation, single spaces, trimmed. */
export function comparableText(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of QUOTES) out = out.replace(pattern, replacement);
  return out.replace(PUNCTUATION, '').replace(/\s+/g, ' ').trim();
}

const parser = unified().use(remarkParse);
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'list', 'listItem']);

/**
 * `text` read as Markdown and shown: emphasis, link destinations, escapes and character
 * references resolved the way the page renders them; raw HTML stays (the site shows it as text);
 * an image counts by its alt text; a line break separates words.
 */
export function markdownReading(text: string): string {
  return shownText(parser.parse(text));
}

function shownText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
    case 'html':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'definition':
      // The site shows a link reference definition as the text it was written as
      // (src/parse/remark-markdown.ts); reading it as nothing would let it vanish unnoticed.
      return [node.label ?? node.identifier, node.url, node.title ?? ''].join(' ');
    case 'break':
      return '\n';
    default:
      if (!('children' in node)) return '';
      // Blocks are separate on the page; inline pieces run together as written.
      return (node.children as Nodes[]).map(shownText).join(BLOCK_PARENTS.has(node.type) ? ' ' : '');
  }
}

/**
 * Both readings of an input string, comparable: as written, and as Markdown shows it. A Markdown
 * reading that is empty while the text is not (a construct that renders to nothing) is no
 * reading: only the text as written can then be found, so nothing vanishes by being invisible.
 */
export function comparableReadings(text: string): string[] {
  const verbatim = comparableText(text);
  const shown = comparableText(markdownReading(text));
  if (shown === verbatim || (shown === '' && verbatim !== '')) return [verbatim];
  return [verbatim, shown];
}
