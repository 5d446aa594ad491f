/**
 * Folding text for matching titles — NFKC, lowercase, straight quotes, one kind of dash,
 * whitespace runs as one space — with a map from every folded unit back to the characters it
 * came from, so a title found in folded prose is a span of the prose as written. Every body of
 * the corpus goes through here: the common case (one character, one unit) is a tight loop, and
 * the folding of any other character is computed once and remembered.
 */
import { ASCII_FOLD, foldClusterOnce, foldUnit, isMarkAt, singleUnit } from './fold-character.ts';

/** Folded text plus, for each folded code unit, the span of the original text it came from. */
export interface FoldedText {
  text: string;
  /** `starts[i]`: offset in the original where the span behind folded unit `i` begins. */
  starts: Int32Array;
  /** `ends[i]`: offset in the original where that span ends (exclusive). */
  ends: Int32Array;
}

/** Where `foldInto` writes: folded code units and their spans, grown as needed. */
export interface FoldBuffers {
  codes: Uint16Array;
  /** Filled only when `identity` is false. */
  starts: Int32Array;
  ends: Int32Array;
  /** True when unit `i` came from input character `i` alone (then `starts`/`ends` are not written). */
  identity: boolean;
}

const SPACE = 0x20;
const REPLACEMENT = 0xfffd;

/**
 * Fold `input` for matching — NFKC, lowercase, straight quotes, one kind of dash, whitespace runs
 * as one space — keeping an index map back into `input`. NFKC is applied per character together
 * with its combining marks, so every folded unit maps to exactly one original span.
 */
export function foldText(input: string): FoldedText {
  const buffers = createFoldBuffers(input.length + 16);
  const length = foldInto(input, buffers);
  if (buffers.identity) fillIdentity(buffers, length);
  return { text: unitsToString(buffers.codes, length), starts: buffers.starts.subarray(0, length), ends: buffers.ends.subarray(0, length) };
}

export function createFoldBuffers(size: number): FoldBuffers {
  return { codes: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size), identity: true };
}

/** Room in `buffers` for the fold of `size` characters (a fold can be longer; `foldInto` grows them). */
function reserveFold(buffers: FoldBuffers, size: number): void {
  if (buffers.codes.length < size + 16) grow(buffers, size + 16);
}

/** The unit a character folds to when it is exactly one (ASCII or lone BMP), else negative. */
function identityUnit(code: number): number {
  return code < 0x80 ? (ASCII_FOLD[code] as number) : singleUnit(code);
}

/**
 * `foldText` into `buffers` (reused across calls, so scanning a corpus allocates nothing per
 * text); returns the folded length. A surrogate left unpaired is U+FFFD, as in `foldText`'s text.
 */
export function foldInto(input: string, buffers: FoldBuffers): number {
  const n = input.length;
  reserveFold(buffers, n);
  // Most text folds one character to one unit: then only the units are written. At the first
  // character that does not (a whitespace run, a combining mark, a ligature…), the spans so far
  // are filled in and the rest is folded in full.
  const fast = buffers.codes;
  let i = 0;
  let space = false;
  for (; i < n; i++) {
    const unit = identityUnit(input.charCodeAt(i));
    if (unit < 0 || (unit === SPACE && space)) break;
    fast[i] = unit;
    space = unit === SPACE;
  }
  buffers.identity = i === n;
  if (buffers.identity) return n;
  // A combining mark belongs with the character before it.
  if (i > 0 && input.charCodeAt(i) >= 0x300 && isMarkAt(input, i)) i--;
  fillIdentity(buffers, i);
  return foldFrom(input, buffers, i);
}

/** The full fold of `input` from `i` on, the first `i` characters having folded to one unit each. */
function foldFrom(input: string, buffers: FoldBuffers, from: number): number {
  const n = input.length;
  let { codes, starts, ends } = buffers;
  let length = from;
  let surrogates = false;
  let i = from;
  while (i < n) {
    const code = input.charCodeAt(i);
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < n && isLowSurrogate(input.charCodeAt(j))) j++;
    while (j < n && input.charCodeAt(j) >= 0x300 && isMarkAt(input, j)) j += isHighSurrogateAt(input, j) ? 2 : 1;
    if (j === i + 1 && code < 0x80) {
      // The common case: one ASCII character, one folded unit.
      const space = code === SPACE || (code >= 0x09 && code <= 0x0d);
      if (space && length > 0 && codes[length - 1] === SPACE) {
        ends[length - 1] = j;
      } else {
        if (length === codes.length) ({ codes, starts, ends } = grow(buffers, length * 2));
        codes[length] = space ? SPACE : code >= 0x41 && code <= 0x5a ? code + 32 : code;
        starts[length] = i;
        ends[length] = j;
        length++;
      }
      i = j;
      continue;
    }
    const units = j === i + 1 ? foldUnit(code) : foldClusterOnce(input.slice(i, j));
    for (let k = 0; k < units.length; k++) {
      const unit = units.charCodeAt(k);
      if (unit === SPACE && length > 0 && codes[length - 1] === SPACE) {
        ends[length - 1] = j;
        continue;
      }
      // NFKC can expand a character (ligatures, squared words), so the arrays may have to grow.
      if (length === codes.length) ({ codes, starts, ends } = grow(buffers, length * 2));
      if (unit >= 0xd800 && unit <= 0xdfff) surrogates = true;
      codes[length] = unit;
      starts[length] = i;
      ends[length] = j;
      length++;
    }
    i = j;
  }
  if (surrogates) pairSurrogates(codes, length);
  return length;
}

function fillIdentity(buffers: FoldBuffers, length: number): void {
  const { starts, ends } = buffers;
  for (let k = 0; k < length; k++) {
    starts[k] = k;
    ends[k] = k + 1;
  }
}

function isHighSurrogateAt(input: string, index: number): boolean {
  const code = input.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < input.length && isLowSurrogate(input.charCodeAt(index + 1));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** What UTF-16 decoding does: a surrogate that is not half of a pair becomes U+FFFD. */
function pairSurrogates(codes: Uint16Array, length: number): void {
  for (let k = 0; k < length; k++) {
    const unit = codes[k] as number;
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff && k + 1 < length && isLowSurrogate(codes[k + 1] as number)) k++;
    else codes[k] = REPLACEMENT;
  }
}

function grow(buffers: FoldBuffers, size: number): FoldBuffers {
  const codes = new Uint16Array(size);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  codes.set(buffers.codes.subarray(0, Math.min(size, buffers.codes.length)));
  starts.set(buffers.starts.subarray(0, Math.min(size, buffers.starts.length)));
  ends.set(buffers.ends.subarray(0, Math.min(size, buffers.ends.length)));
  buffers.codes = codes;
  buffers.starts = starts;
  buffers.ends = ends;
  return buffers;
}

const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The first `length` units as a string. */
export function unitsToString(units: Uint16Array, length: number): string {
  if (length < 64 || !LITTLE_ENDIAN) {
    const chunks: string[] = [];
    for (let at = 0; at < length; at += 4096) chunks.push(String.fromCharCode(...units.subarray(at, Math.min(length, at + 4096))));
    return chunks.join('');
  }
  return UTF16.decode(units.subarray(0, length));
}
