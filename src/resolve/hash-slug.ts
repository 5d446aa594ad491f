/**
 * The slug of a title slugify can keep nothing of (Chinese, Japanese, Korean, Thai, Hebrew,
 * Bengali…): a short hash of the title itself. A counter (`untitled-7`) would depend on the
 * order of the files, so adding one note would rename other pages; a hash of the title never
 * changes while the title does not.
 */

/** Letters or digits of any script: a title with none (only punctuation) has nothing to hash. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** `t-` and eight base-36 digits of a 53-bit hash of `text`, or '' when `text` has no letter or digit. */
export function hashSlug(text: string): string {
  const trimmed = text.normalize('NFC').trim();
  if (!HAS_WORD.test(trimmed)) return '';
  return `t-${cyrb53(trimmed).toString(36).padStart(11, '0').slice(-8)}`;
}

/** cyrb53: a fast, well-mixed 53-bit string hash; pure JavaScript, so the same on every platform. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
