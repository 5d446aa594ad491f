/**
 * The text a reader sees in a built page's content, for the "nothing lost" check: cheerio's text
 * of `<main>`, with a space at every block boundary (so words of adjacent blocks never fuse) and
 * without the parts that repeat other records' text (previews, the local graph's list).
 */
import * as cheerio from 'cheerio';

export interface PageTextOptions {
  /** The element holding the page's content. */
  content: string;
  /** Elements whose text is not this page's content: it comes from other records. */
  ignore: readonly string[];
}

export const defaultPageTextOptions: PageTextOptions = {
  content: 'main',
  // Footnote numbers and back-links are the page's own; the footnotes' text stays.
  ignore: ['.mention-preview', '.local-graph', '[data-footnote-ref]', '[data-footnote-backref]'],
};

const BLOCKS = [
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
].join(',');
const VOID = new Set(['br', 'hr']);

export function pageText(html: string, options: Partial<PageTextOptions> = {}): string {
  const settings = { ...defaultPageTextOptions, ...options };
  const $ = cheerio.load(html);
  const content = $(settings.content).first();
  const root = content.length > 0 ? content : $('body');
  if (settings.ignore.length > 0) root.find(settings.ignore.join(',')).remove();
  // Math is compared as the TeX it was written in, which KaTeX keeps in an annotation.
  root.find('math').each((_, math) => {
    $(math).replaceWith($('<span>').text($(math).find('annotation').first().text()));
  });
  // An image shows as its alt text (set as text, never parsed as HTML).
  root.find('img').each((_, img) => {
    $(img).replaceWith($('<span>').text($(img).attr('alt') ?? ''));
  });
  root.find(BLOCKS).each((_, el) => {
    if (VOID.has(el.tagName)) $(el).after(' ');
    else $(el).prepend(' ').append(' ');
  });
  return root.text();
}
