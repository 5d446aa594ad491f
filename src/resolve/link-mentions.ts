/**
 * Turning titles named in a body into links. Bare mentions (found by the mention matcher) and
 * `[[Title]]` / `[[Title|label]]` wikilinks become mdast `link` nodes carrying the target id, so
 * the graph's `mention` edges and the rendered page come from one and the same tree.
 */
import type { Link, Root, Text } from 'mdast';
import type { Point, Position } from 'unist';
import type {} from 'mdast-util-to-hast'; // registers `data.hProperties` on mdast nodes
import type { VFile } from 'vfile';
import { report, type RuleId } from '../diagnostics.ts';
import { createMentionMatcher, type MentionMatcher } from './mentions.ts';
import { normalizeTitle } from './normalize-title.ts';
import { pointAt, spanPosition } from './text-position.ts';
import { createTitleIndex, type TitleIndex } from './title-index.ts';

/** A record that can be linked to, with every title that names it (title first, then aliases). */
export interface LinkTarget {
  id: string;
  url: string;
  titles: readonly string[];
}

/** The record whose body is being linked: it never links to itself. */
export interface LinkSelf {
  id: string;
  titles: readonly string[];
}

export interface MentionLinker {
  /**
   * `body` with mentions and wikilinks as links; `file` receives unresolved wikilinks. `body` is
   * never changed: every node on the way to a changed text is new, and the subtrees without a
   * link are shared with `body` (copying every body of a corpus would cost more than linking it).
   * Bodies are taken as immutable: linking the same body for the same record again gives the
   * same tree back (and the same reports), without scanning it again.
   */
  link(body: Root, self: LinkSelf, file?: VFile): Root;
}

/** A problem found while linking: `report`'s arguments after the file. */
type Problem = [reason: string, place: Point | undefined, rule: RuleId];

/** A body linked once: for whom, the result, and what was reported while linking it. */
interface LinkedBody {
  self: LinkSelf;
  linked: Root;
  problems: Problem[];
}

/** What linking one body needs: the linker's tables, the record, and where problems go. */
interface LinkContext {
  matcher: MentionMatcher;
  titles: TitleIndex;
  urls: ReadonlyMap<string, string>;
  self: LinkSelf;
  /** The record's own titles, folded: a title that names the record itself is not linked. */
  own: ReadonlySet<string>;
  problems: Problem[];
}

// Inside these, text is already a link or is code: never linked again.
const OPAQUE = new Set(['link', 'linkReference', 'inlineCode', 'code', 'definition', 'html']);
const WIKILINK = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

interface Tree {
  type: string;
  children?: Tree[];
  value?: string;
  position?: Position;
}

/**
 * A linker for `targets`, listed in priority order (the first to claim a title keeps it).
 * `inProse`: which titles are linked where prose names them (wikilinks reach every title).
 */
export function createMentionLinker(targets: readonly LinkTarget[], inProse: (title: string) => boolean = () => true): MentionLinker {
  const titles = createTitleIndex();
  const urls = new Map<string, string>();
  const entries: { title: string; id: string }[] = [];
  for (const target of targets) {
    if (!urls.has(target.id)) urls.set(target.id, target.url);
    for (const title of target.titles) {
      titles.add(title, target.id);
      if (inProse(title)) entries.push({ title, id: target.id });
    }
  }
  const matcher = createMentionMatcher(entries);
  // `atlas serve` resolves the whole atlas again after each edit, with the same bodies: each is
  // linked once (see `link-bodies.ts`, which keeps the linker while the titles stay the same).
  const done = new WeakMap<Root, LinkedBody>();
  return {
    link(body, self, file) {
      let known = done.get(body);
      if (!known || known.self.id !== self.id || !sameList(known.self.titles, self.titles)) {
        const context: LinkContext = { matcher, titles, urls, self, own: new Set(self.titles.map(normalizeTitle)), problems: [] };
        known = { self: { id: self.id, titles: [...self.titles] }, linked: walk(body, context) as Root, problems: context.problems };
        done.set(body, known);
      }
      if (file) for (const [reason, place, rule] of known.problems) report(file, reason, place, rule);
      return known.linked;
    },
  };
}

function isSelf(id: string, named: string, context: LinkContext): boolean {
  return id === context.self.id || context.own.has(normalizeTitle(named));
}

/** `parent` itself when nothing under it changes, else a copy with new children. */
function walk(parent: Tree, context: LinkContext): Tree {
  const old = parent.children;
  if (!old) return parent;
  let children: Tree[] | undefined;
  for (let k = 0; k < old.length; k++) {
    const child = old[k]!;
    let pieces: Tree[] | undefined;
    let copy: Tree = child;
    if (child.type === 'text' && typeof child.value === 'string') {
      const split = splitText(child as Text, context);
      // An untouched text node keeps its position.
      if (split !== undefined && !(split.length === 1 && split[0]!.type === 'text' && split[0]!.value === child.value)) pieces = split;
    } else if (!OPAQUE.has(child.type)) {
      copy = walk(child, context);
    }
    if (pieces === undefined && copy === child) {
      children?.push(child);
      continue;
    }
    children ??= old.slice(0, k);
    if (pieces) children.push(...pieces);
    else children.push(copy);
  }
  // `{ ...parent, children }`, faster (a spread with a field after it is slow in Node 20).
  return children ? Object.assign({}, parent, { children }) : parent;
}

/** The pieces `node` splits into, or `undefined` when it stays as it is. */
function splitText(node: Text, context: LinkContext): (Text | Link)[] | undefined {
  const value = node.value;
  if (!value.includes('[[')) {
    const pieces = mentionPieces(value, 0, node, context);
    // One text piece is the whole value again: nothing to link (most text).
    return pieces.length === 1 && pieces[0]!.type === 'text' ? undefined : mergeTexts(pieces);
  }
  const pieces: (Text | Link)[] = [];
  let last = 0;
  for (const match of value.matchAll(WIKILINK)) {
    const start = match.index;
    const end = start + match[0].length;
    const named = match[1]!.trim();
    const label = (match[2] ?? match[1]!).trim();
    pieces.push(...mentionPieces(value.slice(last, start), last, node, context));
    const id = context.titles.get(named);
    const url = id === undefined ? undefined : context.urls.get(id);
    if (id === undefined || url === undefined) {
      context.problems.push([`Unresolved link \`[[${named}]]\`, expected the title of a note or inquiring line`, pointAt(node, start), 'unresolved-link']);
      pieces.push(text(label));
    } else if (isSelf(id, named, context)) {
      context.problems.push([`Unexpected link to the page itself \`[[${named}]]\`, shown as text`, pointAt(node, start), 'self-reference']);
      pieces.push(text(label));
    } else {
      pieces.push(link(url, id, label, spanPosition(node, start, end)));
    }
    last = end;
  }
  pieces.push(...mentionPieces(value.slice(last), last, node, context));
  return mergeTexts(pieces);
}

/** `value` (at `offset` in `node`'s value) as text and mention links. */
function mentionPieces(value: string, offset: number, node: Text, context: LinkContext): (Text | Link)[] {
  const pieces: (Text | Link)[] = [];
  let last = 0;
  for (const m of context.matcher.find(value)) {
    const span = value.slice(m.start, m.end);
    const url = context.urls.get(m.id);
    if (url === undefined || isSelf(m.id, span, context)) continue;
    if (m.start > last) pieces.push(text(value.slice(last, m.start)));
    pieces.push(link(url, m.id, span, spanPosition(node, offset + m.start, offset + m.end)));
    last = m.end;
  }
  if (last < value.length) pieces.push(text(value.slice(last)));
  return pieces;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function text(value: string): Text {
  return { type: 'text', value };
}

function link(url: string, id: string, label: string, position: Position | undefined): Link {
  const node: Link = {
    type: 'link',
    url,
    children: [text(label)],
    data: { hProperties: { className: ['mention'], dataTarget: id } },
  };
  if (position) node.position = position;
  return node;
}

function mergeTexts(pieces: (Text | Link)[]): (Text | Link)[] {
  const merged: (Text | Link)[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (piece.type === 'text' && piece.value === '') continue;
    if (piece.type === 'text' && prev?.type === 'text') prev.value += piece.value;
    else merged.push(piece);
  }
  return merged;
}
