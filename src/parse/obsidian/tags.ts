/**
 * Tags the Obsidian way: front matter `tags:` and inline `#tag` in prose (not in code, links,
 * headings or inside a `[[wikilink]]`), nested as `#area/topic`. An inline tag becomes a link to
 * its page, `/tags/<area>/<topic>/`. Tags are compared without case, as Obsidian does.
 */
import type { Link, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { slugOrEmpty } from '../../resolve/slug.ts';

/** After a space or the start of a text; letters, digits, `_`, `-`, `/`, and not digits only. */
const INLINE_TAG = /(^|[\s(])#([\p{L}\p{N}_\-/]*[\p{L}_-][\p{L}\p{N}_\-/]*)/gu;
const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'heading', 'definition', 'html', 'inlineMath', 'math']);

/** `Area/Sub Topic` → `area/sub-topic`: the tag's path below `/tags/`; empty when nothing is left. */
export function tagPath(tag: string): string {
  return tag
    .split('/')
    .map((part) => slugOrEmpty(part.trim()))
    .filter(Boolean)
    .join('/');
}

export function tagUrl(tag: string): string {
  return `/tags/${tagPath(tag)}/`;
}

/** Turn inline `#tags` of `tree` into links to their pages; returns the tags, in order, once each. */
export function linkInlineTags(tree: Root): string[] {
  const found: string[] = [];
  visit(tree as unknown as RootContent, found);
  return found;
}

function visit(node: RootContent, found: string[]): void {
  if (!('children' in node) || SKIP.has(node.type)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text' && child.value.includes('#')) {
      const split = splitTags(child, found);
      if (split.length > 1 || split[0] !== child) {
        children.splice(i, 1, ...(split as RootContent[]));
        i += split.length - 1;
      }
    } else visit(child, found);
  }
}

function splitTags(text: Text, found: string[]): PhrasingContent[] {
  const value = text.value;
  const wikilinks = [...value.matchAll(/\[\[[^\]]*\]\]/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(INLINE_TAG)) {
    const at = match.index + match[1]!.length;
    if (wikilinks.some(([from, to]) => at >= from && at < to)) continue;
    const tag = match[2]!.replace(/\/+$/, '');
    if (tagPath(tag) === '') continue;
    if (at > last) out.push({ type: 'text', value: value.slice(last, at) });
    const link: Link = {
      type: 'link',
      url: tagUrl(tag),
      children: [{ type: 'text', value: `#${tag}` }],
      data: { hProperties: { className: ['tag'] } },
    };
    out.push(link);
    if (!found.some((t) => t.toLowerCase() === tag.toLowerCase())) found.push(tag);
    last = at + 1 + tag.length;
  }
  if (last === 0) return [text];
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}
