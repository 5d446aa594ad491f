/**
 * Which urls from input may become an `href` or `src`: web and mail addresses and paths. Anything
 * with another scheme (`javascript:`, `data:`, `vbscript:`, `file:` …) is dropped and reported.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const cleaned = url.replace(/[\p{Cc} ]/gu, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!scheme) return !/^[a-z][a-z0-9+.-]*&colon;/i.test(cleaned);
  return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase());
}
