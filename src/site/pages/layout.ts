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
const RICH_TAGS = ['<table', '<mark', '<img'];
/** Classes whose `class="…"` value starts with one of these (followed by a space or the quote). */
const RICH_CLASSES = ['callout', 'task-list-item', 'footnotes', 'math', 'embed', 'record-tags'];

/**
 * The stylesheets beyond `site.css` a page's main needs: `search.css` for a search form,
 * `markdown.css` for anything above. One walk over the main's `class="` attributes and three
 * searches for tags, which take less than half the time one regular expression of the
 * alternatives took over a 30 KB page, and a sixth of a search per fixed string.
 */
function extraStylesheets(main: string): { search: boolean; markdown: boolean } {
  let search = false;
  let markdown = false;
  for (let at = main.indexOf('class="'); at !== -1 && !(search && markdown); at = main.indexOf('class="', at + 7)) {
    const value = at + 7;
    if (!search && main.startsWith('search-form', value)) search = true;
    if (!markdown) {
      for (const name of RICH_CLASSES) {
        if (!main.startsWith(name, value)) continue;
        const after = main[value + name.length];
        if (after === ' ' || after === '"') markdown = true;
      }
    }
  }
  if (!markdown) markdown = RICH_TAGS.some((tag) => main.includes(tag));
  return { search, markdown };
}

export function renderLayout(site: SiteData, page: PageShell): string {
  const { config } = site;
  const fullTitle = page.url === '/' ? config.title : `${page.title} · ${config.title}`;
  const extra = extraStylesheets(page.main.value);
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
${extra.search ? html`<link rel="stylesheet" href="${site.href('/assets/search.css')}">\n` : ''}${extra.markdown ? html`<link rel="stylesheet" href="${site.href('/assets/markdown.css')}">\n` : ''}<link rel="icon" href="${site.href('/favicon.svg')}" type="image/svg+xml">
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
