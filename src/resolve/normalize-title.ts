/**
 * Title identity. The same title typed in two files (curly or straight quotes, an em dash or a
 * hyphen, a line break inside it, different case) is one title; folding both sides the same way
 * is what lets a reference, a wikilink or a bare mention in prose find its record.
 */

/** Folded text plus, for each folded code unit, the span of the original text it came from. */
export interface FoldedText {
  text: string;
  /** `starts[i]`: offset in the original where the span behind folded unit `i` begins. */
  starts: Int32Array;
  /** `ends[i]`: offset in the original where that span ends (exclusive). */
  ends: Int32Array;
}

const FOLDED_PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
  '\u2212': '-', '\uFE58': '-',
};

// Invisible characters that survive NFKC but should not split a title in two.
const IGNORABLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/;
const WHITESPACE = /^\s$/;
const MARK = /^\p{M}$/u;
const SPACE = 0x20;

/**
 * Fold `input` for matching — NFKC, lowercase, straight quotes, one kind of dash, whitespace runs
 * as one space — keeping an index map back into `input`. NFKC is applied per character together
 * with its combining marks, so every folded unit maps to exactly one original span. Typed arrays
 * and an ASCII fast path, because every body of the corpus goes through here.
 */
export function foldText(input: string): FoldedText {
  const n = input.length;
  let codes = new Uint16Array(n + 16);
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  let length = 0;
  const push = (unit: number, start: number, end: number): void => {
    if (unit === SPACE && length > 0 && codes[length - 1] === SPACE) {
      ends[length - 1] = end;
      return;
    }
    if (length === codes.length) {
      // NFKC can expand a character (ligatures, squared words), so the arrays may have to grow.
      codes = grown(codes, new Uint16Array(codes.length * 2));
      starts = grown(starts, new Int32Array(starts.length * 2));
      ends = grown(ends, new Int32Array(ends.length * 2));
    }
    codes[length] = unit;
    starts[length] = start;
    ends[length] = end;
    length++;
  };

  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    // No combining mark lies below U+0300, so an ASCII character followed by one is complete.
    if (code < 0x80 && (i + 1 === n || input.charCodeAt(i + 1) < 0x300)) {
      if (code === SPACE || (code >= 0x09 && code <= 0x0d)) push(SPACE, i, i + 1);
      else if (length < codes.length) {
        // The common case, inlined: one ASCII character, one folded unit.
        codes[length] = code >= 0x41 && code <= 0x5a ? code + 32 : code;
        starts[length] = i;
        ends[length] = i + 1;
        length++;
      } else push(code >= 0x41 && code <= 0x5a ? code + 32 : code, i, i + 1);
      i++;
      continue;
    }
    let j = i + codePointLength(input, i);
    while (j < n && input.charCodeAt(j) >= 0x300 && MARK.test(String.fromCodePoint(input.codePointAt(j)!))) {
      j += codePointLength(input, j);
    }
    for (const ch of input.slice(i, j).normalize('NFKC').toLowerCase()) {
      if (IGNORABLE.test(ch)) continue;
      if (WHITESPACE.test(ch)) {
        push(SPACE, i, j);
        continue;
      }
      const folded = FOLDED_PUNCTUATION[ch] ?? ch;
      for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i, j);
    }
    i = j;
  }
  return { text: unitsToString(codes, length), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

function grown<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return UTF16.decode(units.subarray(0, length));
  const chunks: string[] = [];
  for (let at = 0; at < length; at += 4096) chunks.push(String.fromCharCode(...units.subarray(at, Math.min(length, at + 4096))));
  return chunks.join('');
}

/** The identity of a title: its folded form, trimmed. Empty for a title of only whitespace. */
export function normalizeTitle(title: string): string {
  return foldText(title).text.trim();
}

function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}
