/**
 * The shell every page shares: landmarks, skip link, one stylesheet, and the scripts a page asks
 * for (and only those).
 */
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import type { SiteData } from '../data/site-data.ts';
import { openGraph } from '../components/open-graph.ts';
import type { JsonLd } from '../render/json-ld.ts';
import { jsonLdScript } from '../render/json-ld.ts';
import { markdownTwinUrl } from './markdown-twin.ts';

/** Browser bundles a page may load (`src/client/<name>.ts`). */
export type ClientScript = 'copy-prompt' | 'local-graph' | 'network' | 'search' | 'sort-papers' | 'filter-list';

export interface PageShell {
  /** The page's own title; the site title is appended (or used alone on the home page). */
  title: string;
  description: string;
  /** Site-relative url of the page, unprefixed. */
  url: string;
  main: RawHtml;
  scripts?: readonly ClientScript[];
  /** Extra elements for `<head>` (built with `html`). */
  head?: RawHtml;
  /** `article` for a record's page; `website` (the default) for the rest. */
  type?: 'article' | 'website';
  /** The page has a Markdown twin at `<url>index.md` (line and note pages). */
  markdownTwin?: boolean;
  /** Structured data for search engines (JSON-LD). */
  structuredData?: JsonLd;
  /** False for pages without an address of their own (404): no canonical link, no `og:url`. */
  canonical?: boolean;
}

const NAV: readonly { url: string; label: string }[] = [
  { url: '/inquiring-lines/', label: 'Inquiring lines' },
  { url: '/notes/', label: 'Notes' },
  { url: '/collections/', label: 'Collections' },
  { url: '/papers/', label: 'Papers' },
  { url: '/network/', label: 'Network' },
  { url: '/search/', label: 'Search' },
];

/** The site's links, with Tags after Papers when any page carries a tag. */
function navFor(site: SiteData): readonly { url: string; label: string }[] {
  if (site.tagPages.length === 0) return NAV;
  return [...NAV.slice(0, 3), { url: '/tags/', label: 'Tags' }, ...NAV.slice(3)];
}

/**
 * What of `markdown.css` a page's main may hold: tables, callouts, highlights, task lists,
 * footnotes, math, embeds, images, tag lists. Most pages hold none, and load one stylesheet.
 */
const RICH_MARKDOWN_SIGNS = ['<table', '<mark', '<img', ...['callout', 'task-list-item', 'footnotes', 'math', 'embed', 'record-tags'].flatMap((name) => [`class="${name} `, `class="${name}"`])];

/**
 * Whether `main` holds any of them: a search for each fixed string, which takes a tenth of the
 * time one regular expression of alternatives took over a 30 KB page.
 */
function holdsRichMarkdown(main: string): boolean {
  return RICH_MARKDOWN_SIGNS.some((sign) => main.includes(sign));
}

export function renderLayout(site: SiteData, page: PageShell): string {
  const { config } = site;
  const fullTitle = page.url === '/' ? config.title : `${page.title} · ${config.title}`;
  const main = page.main.value;
  return (
    '<!DOCTYPE html>\n' +
    html`<html lang="${config.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${fullTitle}</title>
<meta name="description" content="${page.description}">
${openGraph(site, { title: page.title, description: page.description, type: page.type ?? 'website', ...(page.canonical === false ? {} : { url: page.url }) })}<link rel="stylesheet" href="${site.href('/assets/site.css')}">
${main.includes('class="search-form') ? html`<link rel="stylesheet" href="${site.href('/assets/search.css')}">\n` : ''}${holdsRichMarkdown(main) ? html`<link rel="stylesheet" href="${site.href('/assets/markdown.css')}">\n` : ''}<link rel="icon" href="${site.href('/favicon.svg')}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${config.title}: inquiring lines" href="${site.href('/feed.xml')}">
${page.markdownTwin && site.config.twins ? html`<link rel="alternate" type="text/markdown" href="${site.href(markdownTwinUrl(page.url))}">\n` : ''}${page.structuredData ? jsonLdScript(page.structuredData) : ''}${page.head ?? ''}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-title" href="${site.href('/')}">${config.title}</a>
<nav aria-label="Site"><ul>
${navFor(site).map((item) => html`<li><a href="${site.href(item.url)}"${item.url === page.url ? html` aria-current="page"` : ''}>${item.label}</a></li>\n`)}</ul></nav>
</header>
<main id="main" tabindex="-1">
${page.main}
</main>
<footer class="site-footer">
<p>${config.title} · <a href="${site.href('/feed.xml')}">Feed of inquiring lines</a> · <a href="${site.href('/network/')}">Full network</a></p>
</footer>
${(page.scripts ?? []).map((name) => html`<script type="module" src="${site.href(`/assets/${name}.js`)}"></script>\n`)}</body>
</html>
`.value
  );
}
