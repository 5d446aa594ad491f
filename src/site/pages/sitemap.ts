/** `/sitemap.xml`: every page, absolute when the base url is configured. */
import { escape } from 'html-escaper';
import type { SiteData } from '../data/site-data.ts';

/** The urls of every page the site has, unprefixed, in a stable order. */
export function pageUrls(site: SiteData): string[] {
  const { atlas, lists } = site;
  return [
    '/',
    ...lists.lines.map((p) => p.url),
    ...atlas.lines.map((r) => r.url),
    ...lists.notes.map((p) => p.url),
    ...atlas.notes.map((r) => r.url),
    '/collections/',
    ...atlas.collections.map((r) => r.url),
    ...lists.papers.map((p) => p.url),
    ...atlas.papers.map((r) => r.url),
    ...lists.stale.map((p) => p.url),
    // Tag pages when any record has a tag; alias pages only redirect, so they are left out.
    ...(site.tagPages.length > 0 ? ['/tags/', ...site.tagPages.map((tag) => tag.url)] : []),
    '/network/',
    '/search/',
  ];
}

export function renderSitemap(site: SiteData): string {
  const urls = pageUrls(site).map((url) => `  <url><loc>${escape(site.absolute(url))}</loc></url>\n`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`;
}
