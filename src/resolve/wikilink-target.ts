/**
 * Reading Obsidian's link syntax out of text: `[[target#fragment|label]]` and its embed form
 * `![[…]]`. Remark does not know it, so it arrives as text.
 */

/** One `[[…]]` or `![[…]]` in a text: offsets into the text, end exclusive. */
export interface WikilinkSyntax {
  start: number;
  end: number;
  embed: boolean;
  /** The note or file named, as written; empty for a link into the same page (`[[#Heading]]`). */
  path: string;
  /** After the first `#`: a heading (`Heading`, `Heading#Sub`) or a block (`^id`); `undefined` when none. */
  fragment?: string;
  /** After the first `|`; `undefined` when none. */
  label?: string;
}

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;

export function findWikilinks(text: string): WikilinkSyntax[] {
  if (!text.includes('[[')) return [];
  const found: WikilinkSyntax[] = [];
  for (const match of text.matchAll(WIKILINK)) {
    const inner = match[2]!;
    // In a table the pipe is escaped (`[[Note\|label]]`); the escape is gone from the text by now.
    const bar = inner.indexOf('|');
    const target = bar === -1 ? inner : inner.slice(0, bar);
    const hash = target.indexOf('#');
    const syntax: WikilinkSyntax = {
      start: match.index,
      end: match.index + match[0].length,
      embed: match[1] === '!',
      path: (hash === -1 ? target : target.slice(0, hash)).trim(),
    };
    if (hash !== -1) syntax.fragment = target.slice(hash + 1).trim();
    if (bar !== -1) syntax.label = inner.slice(bar + 1).trim();
    found.push(syntax);
  }
  return found;
}

/** `100` or `100x80`: an embed's label that sizes an image rather than naming it. */
export function imageSize(label: string | undefined): { width: number; height?: number } | undefined {
  const match = label === undefined ? null : /^(\d{1,5})(?:x(\d{1,5}))?$/.exec(label);
  if (!match) return undefined;
  return match[2] === undefined ? { width: Number(match[1]) } : { width: Number(match[1]), height: Number(match[2]) };
}

/** The heading a fragment names: the last of `Heading#Sub#Deeper`. */
export function headingOf(fragment: string): string {
  const parts = fragment
    .split('#')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.at(-1) ?? '';
}
