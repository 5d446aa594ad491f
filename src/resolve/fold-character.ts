/**
 * Folding one character (with its combining marks) for matching titles: NFKC, lowercase, curly
 * quotes straight, every dash a hyphen, whitespace a space, invisible characters gone. What a
 * character folds to never changes, so each is folded once and remembered.
 */
/** Quotes and dashes as typed in any editor → the ASCII one (shared with the property tests' oracle). */
export const FOLDED_PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uFE58': '-',
};

// Invisible characters that survive NFKC but should not split a title in two.
const IGNORABLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/;
const WHITESPACE = /^\s$/;
const MARK = /^\p{M}$/u;
const SPACE = 0x20;
const MEMO_LIMIT = 100_000;

/** ASCII folded: lowercase, whitespace as a space. */
export const ASCII_FOLD = new Uint16Array(0x80);
for (let code = 0; code < 0x80; code++) ASCII_FOLD[code] = code === SPACE || (code >= 0x09 && code <= 0x0d) ? SPACE : code >= 0x41 && code <= 0x5a ? code + 32 : code;

const unitFolds = new Array<string | undefined>(0x10000);
/** The one unit a BMP character folds to on its own, -2 when it is not exactly one, -1 not yet known. */
const singleUnits = new Int32Array(0x10000).fill(-1);
const isMarkUnit = new Int8Array(0x10000); // 0 unknown, 1 mark, 2 not
const clusterFolds = new Map<string, string>();

/** The folded units of the BMP character `code` standing alone. */
export function foldUnit(code: number): string {
  return (unitFolds[code] ??= foldCluster(String.fromCharCode(code)));
}

/** The folded units of a character with its combining marks (or of an astral character). */
export function foldClusterOnce(cluster: string): string {
  let units = clusterFolds.get(cluster);
  if (units === undefined) {
    if (clusterFolds.size >= MEMO_LIMIT) clusterFolds.clear();
    units = foldCluster(cluster);
    clusterFolds.set(cluster, units);
  }
  return units;
}

/** The unit the BMP character `code` folds to on its own when that is exactly one unit, else -2. */
export function singleUnit(code: number): number {
  let unit = singleUnits[code] as number;
  if (unit === -1) {
    const char = String.fromCharCode(code);
    const units = (code >= 0xd800 && code <= 0xdfff) || MARK.test(char) ? '' : foldUnit(code);
    singleUnits[code] = unit = units.length === 1 ? units.charCodeAt(0) : -2;
  }
  return unit;
}

/** Is the character at `index` a combining mark (so part of the cluster before it)? */
export function isMarkAt(input: string, index: number): boolean {
  const code = input.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) return MARK.test(String.fromCodePoint(input.codePointAt(index) as number));
  let known = isMarkUnit[code] as number;
  if (known === 0) isMarkUnit[code] = known = MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** The folded units of one character and its combining marks (whitespace as one space). */
function foldCluster(cluster: string): string {
  let units = '';
  for (const ch of cluster.normalize('NFKC').toLowerCase()) {
    if (IGNORABLE.test(ch)) continue;
    units += WHITESPACE.test(ch) ? ' ' : (FOLDED_PUNCTUATION[ch] ?? ch);
  }
  return units;
}
