/**
 * A record's text as the page shows it, as Markdown-ish plain text: what the copy buttons copy
 * when the site was built without Markdown twins (the `twins` setting off) and there is no twin
 * to fetch. Headings, paragraphs, list items and quotes of the page's article, in order; the
 * research prompt, the local graph and the buttons are left out.
 */
const BLOCKS = 'h1, h2, h3, h4, p, li, blockquote';
const LEFT_OUT = '.research-prompt, .local-graph, .note-actions, .prompt-actions, noscript, nav';

export function articleText(from: Element): string {
  const article = from.closest('article') ?? document.querySelector('main');
  if (!article) return '';
  const blocks: string[] = [];
  for (const element of article.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (element.closest(LEFT_OUT)) continue;
    // A paragraph inside a list item or quote is already in its text.
    if (element.parentElement?.closest('li, blockquote')) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const level = /^H(\d)$/.exec(element.tagName)?.[1];
    blocks.push(level ? `${'#'.repeat(Number(level))} ${text}` : element.tagName === 'LI' ? `- ${text}` : element.tagName === 'BLOCKQUOTE' ? `> ${text}` : text);
  }
  return blocks.join('\n\n') + '\n';
}
