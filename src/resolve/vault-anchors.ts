/**
 * Anchors in a vault note, as Obsidian links to them: every heading gets an id (a GitHub-style
 * slug of its text, numbered when the page already has it), and a block that ends with `^id`
 * (a paragraph, a list item, or the block before a line holding only `^id`) gets the id
 * `block-id` (`blockAnchor`), the marker itself taken out of the text. Every id starts with a
 * letter (a heading "2024" is `h-2024`), as valid HTML wants.
 * The body is never changed: nodes on the way to a change are copied (bodies are shared with
 * `atlas serve`'s next resolve, which must find them as parsed).
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeTitle } from './normalize-title.ts';

export interface NoteAnchors {
  /** Heading ids by the heading's folded text and by its slug: the first heading of that text. */
  headings: Map<string, string>;
  /** Block ids as written (without `^`). */
  blocks: Set<string>;
}

/** Ids the page around a body already uses: a heading named "Sources" must not take `sources-title`'s place… or `main`. */
const PAGE_IDS = [
  'main',
  'inquiring-lines',
  'sources-title',
  'next-title',
  'related-title',
  'referenced-by-title',
  'testimony-title',
  'local-graph-title',
  'original-title-heading',
  'cited-by-title',
  'collections-title',
  'home-title',
  'prompt-title',
  'search-q',
];

const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;
const ONLY_BLOCK_ID = /^\^([A-Za-z0-9-]+)$/;

export function addAnchors(body: Root): { body: Root; anchors: NoteAnchors } {
  const anchors: NoteAnchors = { headings: new Map(), blocks: new Set() };
  const slugger = new GithubSlugger();
  for (const id of PAGE_IDS) slugger.slug(id);
  const withIds = anchorChildren(body, anchors, slugger) as Root;
  return { body: withIds, anchors };
}

/** `parent`, or a copy of it with anchored children. */
function anchorChildren(parent: Parents, anchors: NoteAnchors, slugger: GithubSlugger): Parents {
  const old = parent.children as RootContent[];
  let out: RootContent[] | undefined;
  const changed = (i: number): RootContent[] => (out ??= old.slice(0, i));
  for (let i = 0; i < old.length; i++) {
    let child = old[i]!;
    if (child.type === 'heading') {
      const text = toString(child);
      const id = slugger.slug(startsWithLetter(slug(text)));
      for (const key of [normalizeTitle(text), slug(text)]) if (key && !anchors.headings.has(key)) anchors.headings.set(key, id);
      child = withProperty(child, 'id', id);
      changed(i).push(child);
      continue;
    }
    // A line holding only `^id` names the block before it (a table, a quote, a list).
    const only = child.type === 'paragraph' ? onlyBlockId(child) : undefined;
    if (only !== undefined && i > 0) {
      const list = changed(i);
      const before = list.pop();
      if (before) list.push(withProperty(before, 'id', blockAnchor(only)));
      anchors.blocks.add(only);
      continue;
    }
    if (child.type === 'paragraph' || child.type === 'listItem') {
      const marked = takeBlockId(child);
      if (marked) {
        anchors.blocks.add(marked.id);
        child = withProperty(marked.node, 'id', blockAnchor(marked.id));
      }
    }
    if ('children' in child && child.type !== 'paragraph') {
      const inner = anchorChildren(child, anchors, slugger) as RootContent;
      if (inner !== child) child = inner;
    }
    if (child !== old[i]) changed(i).push(child);
    else out?.push(child);
  }
  return out ? ({ ...parent, children: out } as Parents) : parent;
}

/** The element id of block `^id`. */
export function blockAnchor(id: string): string {
  return `block-${id}`;
}

function startsWithLetter(id: string): string {
  return /^\p{L}/u.test(id) ? id : `h-${id}`.replace(/-$/, '');
}

function onlyBlockId(paragraph: Extract<Nodes, { type: 'paragraph' }>): string | undefined {
  const [first] = paragraph.children;
  if (paragraph.children.length !== 1 || first?.type !== 'text') return undefined;
  return ONLY_BLOCK_ID.exec(first.value.trim())?.[1];
}

/** A paragraph (or a list item through its first paragraph) ending with `^id`, without it. */
function takeBlockId<T extends Nodes & { children: Nodes[] }>(node: T): { node: T; id: string } | undefined {
  if (node.type === 'listItem') {
    const first = node.children[0];
    if (first?.type !== 'paragraph') return undefined;
    const inner = takeBlockId(first);
    if (!inner) return undefined;
    return { node: { ...node, children: [inner.node, ...node.children.slice(1)] }, id: inner.id };
  }
  const last = node.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = BLOCK_ID.exec(last.value);
  if (!match) return undefined;
  const value = last.value.slice(0, match.index).replace(/[ \t]+$/, '');
  const children = node.children.slice(0, -1);
  if (value !== '') children.push({ ...last, value });
  return { node: { ...node, children }, id: match[1]! };
}

function withProperty<T extends Nodes>(node: T, key: string, value: string): T {
  const data = node.data ?? {};
  return { ...node, data: { ...data, hProperties: { ...(data.hProperties ?? {}), [key]: value } } };
}
