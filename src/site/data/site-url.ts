/**
 * Urls as the pages write them. Records carry site-relative urls (`/notes/foo/`); pages add the
 * path prefix, and, where an absolute address is needed (sitemap, feed, canonical), the base url.
 */

/** `/notes/foo/` under prefix `/atlas/` → `/atlas/notes/foo/`. Only for site-relative urls. */
export function prefixUrl(pathPrefix: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  return pathPrefix.replace(/\/$/, '') + url;
}

/** Absolute address when a base url is known, else the prefixed path. */
export function absoluteUrl(baseUrl: string, pathPrefix: string, url: string): string {
  return baseUrl + prefixUrl(pathPrefix, url);
}
