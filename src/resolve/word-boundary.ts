/**
 * Word boundaries in folded text: a mention must not start or end inside a word, a word being a
 * run of letters, digits and combining marks (an astral character counts as one character).
 */
const WORD = /^[\p{L}\p{N}\p{M}]$/u;
/** 1 for the ASCII letters and digits, by code. */
export const ASCII_WORD = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) ASCII_WORD[code] = /[0-9A-Za-z]/.test(String.fromCharCode(code)) ? 1 : 0;

/** Is the character just before `index` a letter, digit or combining mark? */
export function isWordBefore(codes: Uint16Array, length: number, index: number): boolean {
  if (index <= 0) return false;
  return isWordUnits(index >= 2 ? (codes[index - 2] as number) : -1, codes[index - 1] as number, index < length ? (codes[index] as number) : -1);
}

/** Is the character starting at `index` a letter, digit or combining mark? */
export function isWordAt(codes: Uint16Array, length: number, index: number): boolean {
  if (index >= length) return false;
  return isWordCode(codes[index] as number, index + 1 < length ? (codes[index + 1] as number) : -1);
}

/**
 * `isWordBefore` for a position whose two previous units are `before` and `last` (`before` -1
 * at the start of the text) and whose own unit is `next` (-1 at the end): a low surrogate is
 * read with the unit before it.
 */
export function isWordUnits(before: number, last: number, next: number): boolean {
  if (last < 0x80) return ASCII_WORD[last] === 1;
  return last >= 0xdc00 && last <= 0xdfff && before !== -1 ? isWordCode(before, last) : isWordCode(last, next);
}

/** Is the character at unit `code` (paired with `next` when they form a surrogate pair) a word character? */
function isWordCode(code: number, next: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1;
  const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return WORD.test(String.fromCodePoint(pair ? (code - 0xd800) * 0x400 + next - 0xdc00 + 0x10000 : code));
}
