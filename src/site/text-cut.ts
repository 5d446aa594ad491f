/** Plain text cut to length for search: a result's summary, the indexed part of a long body. */

/** At most `max` characters, cut after a whole word, with an ellipsis when anything was cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max);
  // Half a surrogate pair would show as a broken character.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  // A summary that is one long word (a url) is cut inside it rather than dropped.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
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
