/**
 * Decks and summaries are one-line Markdown in the input (`protect *other* models`): rendered as
 * inline HTML where they are shown as text, reduced to plain text where only text fits (`<meta>`,
 * previews). Most carry no Markdown at all and skip the parser.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { RawHtml } from './html.ts';
import { html, raw } from './html.ts';
import { renderMarkdown } from './render-markdown.ts';

const MARKDOWN_SIGNS = /[*_`[\\<&!~]/;
const parser = unified().use(remarkParse);

/** `text` as inline HTML (no wrapping paragraph); links in it are site-prefixed and made safe. */
export function inlineMarkdown(text: string, pathPrefix: string): RawHtml {
  if (!MARKDOWN_SIGNS.test(text)) return html`${text}`;
  const rendered = renderMarkdown(parser.parse(text), { pathPrefix }).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(rendered);
  return raw(single && !single[1]!.includes('<p>') ? single[1]! : rendered);
}

/** `text` without its Markdown signs, for places that only take text. */
export function plainText(text: string): string {
  if (!MARKDOWN_SIGNS.test(text)) return text;
  return toString(parser.parse(text));
}
