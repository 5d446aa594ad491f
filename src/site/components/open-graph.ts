/**
 * What a link to a page shows where it is shared, and what search engines read as its address:
 * the canonical url, Open Graph title, description, type and url, and a Twitter card (Twitter
 * reads the Open Graph title and description). `og:url` needs an absolute address, so it is
 * there only when the base url is set; the canonical link falls back to the prefixed path.
 */
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import type { SiteData } from '../data/site-data.ts';
import { cutAtWord } from '../render/text-cut.ts';

export interface OpenGraphPage {
  title: string;
  description: string;
  /** Site-relative url, unprefixed; absent for pages with no address of their own (404). */
  url?: string;
  type: 'article' | 'website';
}

/** Previews show about this much; a longer deck is cut at a word, which also keeps pages small. */
export const PREVIEW_LENGTH = 200;

/** `text` cut to at most `PREVIEW_LENGTH` characters at a word boundary, with "…" when cut. */
export function previewText(text: string): string {
  return text.length <= PREVIEW_LENGTH ? text : cutAtWord(text, PREVIEW_LENGTH - 1);
}

export function openGraph(site: SiteData, page: OpenGraphPage): RawHtml {
  const { config } = site;
  const address = page.url === undefined ? undefined : site.absolute(page.url);
  return html`${address ? html`<link rel="canonical" href="${address}">\n` : ''}<meta property="og:type" content="${page.type}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${previewText(page.description)}">
<meta property="og:site_name" content="${config.title}">
${address && config.baseUrl ? html`<meta property="og:url" content="${address}">\n` : ''}<meta name="twitter:card" content="summary">
`;
}
