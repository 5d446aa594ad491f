/**
 * The one string order. Plain UTF-16 comparison rather than `localeCompare`, so the order (and
 * with it every "first one wins" rule and every output file) cannot change with the ICU data of
 * the machine that builds the site. Imports nothing: the browser scripts bundle it too.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
