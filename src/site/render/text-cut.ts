/**
 * Text cut to length: link previews' descriptions, search results' summaries, the indexed part
 * of a long body.
 */

/** At most `max` characters, cut after a whole word, with an ellipsis when anything was cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : cutAtWord(flat, max);
}

/**
 * The first `length` characters of `text`, back to the last word boundary when one is in their
 * second half, trailing punctuation dropped, then "…".
 */
export function cutAtWord(text: string, length: number): string {
  let cut = text.slice(0, length);
  // Half a surrogate pair would show as a broken character.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  // A text that is one long word (a url) is cut inside it rather than dropped.
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The first `max` words of `text` (any run of whitespace ends a word), else all of it. */
export function firstWords(text: string, max: number): string {
  if (!Number.isFinite(max)) return text;
  const words = /\S+/g;
  let end = 0;
  for (let n = 0; n < max; n++) {
    const match = words.exec(text);
    if (!match) return text;
    end = match.index + match[0].length;
  }
  return text.slice(0, end);
}
