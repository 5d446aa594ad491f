/**
 * Obsidian's links in Markdown notes: `[[wikilinks]]` by path, file name, title or alias, with
 * `#Heading`, `#^block` and `|label`; `![[embeds]]` of notes (the note or a section of it,
 * shown in the page), of images (sized with `|100` or `|100x80`) and of other files (a link);
 * and Markdown links and images by relative path (`[x](../folder/Note%20Name.md#heading)`,
 * `![](image.png)`). Every link becomes an mdast `link` or `image` with a site url; every
 * attachment a note uses is collected, to be copied into the site; what cannot be found stays
 * readable text and is reported at its place in its file.
 * Runs before prose mentions are linked, so the mention linker finds these as links already.
 */
import type { Image, Link, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { report, type RuleId } from '../diagnostics.ts';
import type { InquiringLine, Note, VaultAttachment } from '../model.ts';
import { slug as headingSlug } from 'github-slugger';
import type { FileLookup } from './document-files.ts';
import { normalizeTitle } from './normalize-title.ts';
import { pointAt, spanPosition } from './text-position.ts';
import { createTitleIndex, type TitleIndex } from './title-index.ts';
import { addAnchors, blockAnchor, type NoteAnchors } from './vault-anchors.ts';
import { attachmentUrl, isImagePath } from './vault-attachments.ts';
import { baseName, createVaultPaths, isNotePath, type VaultPaths } from './vault-paths.ts';
import { findWikilinks, headingOf, imageSize, type WikilinkSyntax } from './wikilink-target.ts';

/** Embeds inside embeds inside embeds: deeper than this, an embed is a link. */
export const MAX_EMBED_DEPTH = 3;

type Linkable = InquiringLine | Note;

interface EmbedRequest {
  target: Linkable;
  fragment?: string;
  position?: Position;
}

interface Vault {
  records: Map<string, Linkable>;
  anchors: Map<string, NoteAnchors>;
  notes: VaultPaths<Linkable>;
  attachments: VaultPaths<string>;
  titles: TitleIndex;
  used: Set<string>;
  embeds: WeakMap<Paragraph, EmbedRequest>;
  fileOf: FileLookup;
}

/** What linking one body needs: the vault, the record, its file. */
interface Here {
  vault: Vault;
  self: Linkable;
  file: VFile | undefined;
  /** Whether `[[…]]` is read here (Markdown notes) or left to the mention linker (export files). */
  wikilinks: boolean;
}

export interface VaultLinkInput {
  lines: readonly InquiringLine[];
  fullNotes: readonly Note[];
  stubs: readonly Note[];
  /** Every file of the folder; those not read as notes are the vault's attachments. */
  files: readonly VFile[];
  fileOf: FileLookup;
}

export interface VaultLinks {
  /** The attachments the bodies use, by path. */
  attachments: VaultAttachment[];
  /** Each record's `aliases:`, by id: other titles prose may name it by. */
  aliases: Map<string, string[]>;
}

/** Link every Markdown record's body in place. */
export function linkVault({ lines, fullNotes, stubs, files, fileOf }: VaultLinkInput): VaultLinks {
  const all: Linkable[] = [...fullNotes, ...lines];
  const markdown = all.filter((r) => r.format === 'markdown' && r.file !== null);
  const aliases = new Map<string, string[]>();
  // An export file's author-written Markdown links are checked and resolved too (no wikilinks:
  // the mention linker reads those by title); only files with a `](` can hold one.
  const exported = all.filter((r) => r.format === 'export' && r.file !== null && holdsLink(fileOf(r.file)));
  if (markdown.length === 0 && exported.length === 0) return { attachments: [], aliases };
  const attachmentFiles = files.filter((f) => f.value === undefined && f.path !== undefined).map((f) => f.path.replaceAll('\\', '/'));
  const titles = createTitleIndex();
  for (const note of fullNotes) titles.add(note.title, note.id);
  for (const line of lines) titles.add(line.title, line.id);
  for (const record of markdown) {
    const names = record.aliases ?? [];
    if (names.length > 0) aliases.set(record.id, names);
    for (const alias of names) titles.add(alias, record.id);
  }
  for (const note of fullNotes) if (note.originalTitle) titles.add(note.originalTitle, note.id);
  for (const stub of stubs) titles.add(stub.title, stub.id);
  const vault: Vault = {
    records: new Map([...all, ...stubs].map((r) => [r.id, r])),
    anchors: new Map(),
    notes: createVaultPaths(
      all.filter((r) => r.file !== null).map((r) => ({ path: r.file!, item: r })),
      true,
    ),
    attachments: createVaultPaths(
      attachmentFiles.map((path) => ({ path, item: path })),
      false,
    ),
    titles,
    used: new Set(),
    embeds: new WeakMap(),
    fileOf,
  };
  const anchored = new Map<string, Root>();
  for (const record of markdown) {
    const { body, anchors } = addAnchors(record.body);
    anchored.set(record.id, body);
    vault.anchors.set(record.id, anchors);
  }
  const linked = new Map<string, Root>();
  for (const record of markdown) linked.set(record.id, linkChildren(anchored.get(record.id)!, { vault, self: record, file: fileOf(record.file), wikilinks: true }) as Root);
  for (const record of exported) record.body = linkChildren(record.body, { vault, self: record, file: fileOf(record.file), wikilinks: false }) as Root;
  const reported = new Set<string>();
  for (const record of markdown) record.body = expandEmbeds(linked.get(record.id)!, [record.id], linked, vault, reported) as Root;
  return { attachments: [...vault.used].sort().map((path) => ({ path, url: attachmentUrl(path) })), aliases };
}

// ---------------------------------------------------------------------------------------------
// Links

const OPAQUE = new Set(['code', 'inlineCode', 'html', 'definition', 'math', 'inlineMath', 'yaml']);

/** `parent`, or a copy with its links resolved (copied only where something changes). */
function linkChildren(parent: Parents, here: Here): Parents {
  const old = parent.children as Nodes[];
  let out: Nodes[] | undefined;
  for (let i = 0; i < old.length; i++) {
    const child = old[i]!;
    let replaced: Nodes[] | undefined;
    if (child.type === 'text') {
      if (here.wikilinks && child.value.includes('[[')) replaced = splitText(child, here);
    } else if (child.type === 'link') {
      replaced = linkUrl(child, here);
    } else if (child.type === 'image') {
      replaced = imageUrl(child, here);
    } else if ('children' in child && !OPAQUE.has(child.type)) {
      let inner = linkChildren(child, here);
      if (inner.type === 'paragraph') inner = asEmbedBlock(inner, here.vault) ?? inner;
      if (inner !== child) replaced = [inner];
    }
    if (replaced && !out) out = old.slice(0, i);
    if (out) out.push(...(replaced ?? [child]));
  }
  return out ? ({ ...parent, children: out } as Parents) : parent;
}

/** A paragraph holding nothing but one note embed is where that note is shown. */
function asEmbedBlock(paragraph: Paragraph, vault: Vault): Paragraph | undefined {
  const kept = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = kept.length === 1 ? kept[0] : undefined;
  const request = only?.type === 'link' ? inlineEmbeds.get(only) : undefined;
  if (!request) return undefined;
  const block: Paragraph = { ...paragraph, children: [only as Link] };
  vault.embeds.set(block, request);
  return block;
}

/** Note embeds found inline, until their paragraph is known to hold nothing else. */
const inlineEmbeds = new WeakMap<Link, EmbedRequest>();

function splitText(node: Text, here: Here): Nodes[] | undefined {
  const found = findWikilinks(node.value);
  if (found.length === 0) return undefined;
  const pieces: PhrasingContent[] = [];
  let last = 0;
  for (const syntax of found) {
    if (syntax.start > last) pieces.push(text(node.value.slice(last, syntax.start)));
    pieces.push(...wikilinkNodes(syntax, node, here));
    last = syntax.end;
  }
  if (last < node.value.length) pieces.push(text(node.value.slice(last)));
  return pieces;
}

function wikilinkNodes(syntax: WikilinkSyntax, node: Text, here: Here): PhrasingContent[] {
  const { vault, self, file } = here;
  const at = pointAt(node, syntax.start);
  const position = spanPosition(node, syntax.start, syntax.end);
  const written = node.value.slice(syntax.start, syntax.end);
  const fragmentLabel = syntax.fragment === undefined ? '' : syntax.fragment.startsWith('^') ? '' : headingOf(syntax.fragment);
  const label = syntax.label !== undefined && !(syntax.embed && imageSize(syntax.label)) && syntax.label !== '' ? syntax.label : undefined;

  if (syntax.path === '') {
    // `[[#Heading]]`, `[[#^block]]`: a place in this page.
    const anchor = syntax.fragment === undefined ? undefined : anchorIn(self.id, syntax.fragment, vault);
    if (anchor === undefined) {
      problem(file, `Unresolved link \`${written}\`, expected a heading or block of this note`, at, 'unresolved-anchor');
      return [text(label ?? (fragmentLabel || syntax.fragment || written))];
    }
    return [withPosition({ type: 'link', url: `#${anchor}`, children: [text(label ?? (fragmentLabel || syntax.fragment!))] }, position)];
  }

  const attachment = isNotePath(syntax.path) ? undefined : vault.attachments.find(syntax.path, self.file!);
  if (attachment) {
    reportAmbiguous(file, written, attachment.others, at);
    vault.used.add(attachment.item);
    const url = attachmentUrl(attachment.item);
    const name = baseName(attachment.item);
    if (syntax.embed && isImagePath(attachment.item)) {
      const image: Image = { type: 'image', url, alt: label ?? name };
      const size = imageSize(syntax.label);
      if (size) image.data = { hProperties: size.height === undefined ? { width: size.width } : { width: size.width, height: size.height } };
      return [withPosition(image, position)];
    }
    return [withPosition({ type: 'link', url, children: [text(label ?? name)], data: { hProperties: { className: ['attachment'] } } }, position)];
  }

  const target = findNote(syntax.path, here, written, at);
  if (!target) {
    if (!isNotePath(syntax.path)) {
      problem(file, `Missing attachment \`${syntax.path}\` in \`${written}\`, expected a file of that name in the notes folder`, at, 'missing-attachment');
    } else {
      problem(file, `Unresolved link \`${written}\`, expected the title, file name, path or alias of a note or inquiring line`, at, 'unresolved-link');
    }
    return [text(label ?? (syntax.embed ? baseName(syntax.path) : syntax.path))];
  }
  let anchor: string | undefined;
  if (syntax.fragment !== undefined && syntax.fragment !== '') {
    anchor = anchorIn(target.id, syntax.fragment, vault);
    if (anchor === undefined)
      problem(file, `Unresolved anchor \`#${syntax.fragment}\` in \`${written}\`, expected a heading or \`^block\` of \`${target.title}\`; linked to the page`, at, 'unresolved-anchor');
  }
  const shown = label ?? (fragmentLabel && !syntax.embed ? `${syntax.path} > ${fragmentLabel}` : syntax.path);
  if (target.id === self.id) {
    if (anchor !== undefined) return [withPosition({ type: 'link', url: `#${anchor}`, children: [text(shown)] }, position)];
    problem(file, `Unexpected link to the page itself \`${written}\`, shown as text`, at, 'self-reference');
    return [text(shown)];
  }
  const link = noteLink(target, anchor, shown, position);
  if (syntax.embed) {
    const request: EmbedRequest = { target };
    if (syntax.fragment) request.fragment = syntax.fragment;
    if (position) request.position = position;
    inlineEmbeds.set(link, request);
  }
  return [link];
}

function findNote(path: string, here: Here, written: string, at: Point | undefined): Linkable | undefined {
  const { vault, self, file } = here;
  const byPath = vault.notes.find(path, self.file!);
  if (byPath) {
    reportAmbiguous(file, written, byPath.others, at);
    return byPath.item;
  }
  const id = vault.titles.get(path);
  return id === undefined ? undefined : vault.records.get(id);
}

/** The id of the heading or block `fragment` names in record `id`'s page, if it has one. */
function anchorIn(id: string, fragment: string, vault: Vault): string | undefined {
  const anchors = vault.anchors.get(id);
  if (!anchors) return undefined;
  if (fragment.startsWith('^')) return anchors.blocks.has(fragment.slice(1)) ? blockAnchor(fragment.slice(1)) : undefined;
  const heading = headingOf(fragment);
  return anchors.headings.get(normalizeTitle(heading)) ?? anchors.headings.get(headingSlug(heading));
}

/** A Markdown link by relative path: to a note's page (and heading), or an attachment's copy. */
function linkUrl(link: Link, here: Here): Nodes[] | undefined {
  const resolved = resolveUrl(link.url, here, link.position);
  // A link's text is never read for wikilinks: a link inside a link is not HTML.
  if (resolved === undefined) return undefined;
  if (resolved === null) return link.children;
  const data = resolved.target ? { hProperties: { className: ['mention'], dataTarget: resolved.target.id } } : link.data;
  return [{ ...link, url: resolved.url, ...(data ? { data } : {}) }];
}

function imageUrl(image: Image, here: Here): Nodes[] | undefined {
  const resolved = resolveUrl(image.url, here, image.position);
  if (resolved === undefined) return undefined;
  if (resolved === null) return [text(image.alt || baseName(image.url))];
  return [{ ...image, url: resolved.url }];
}

/**
 * The site url of a relative url in `here`'s note: `undefined` when it is not relative (left as
 * it is), `null` when nothing in the vault is found there (reported).
 */
function resolveUrl(url: string, here: Here, position: Position | undefined): { url: string; target?: Linkable } | null | undefined {
  if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('?')) return undefined;
  const { vault, self, file } = here;
  const hash = url.indexOf('#');
  const rawPath = (hash === -1 ? url : url.slice(0, hash)).replace(/\?.*$/, '');
  const fragment = hash === -1 ? undefined : decode(url.slice(hash + 1));
  if (rawPath === '') {
    if (fragment === undefined) return undefined;
    const anchor = anchorIn(self.id, fragment, vault);
    return anchor === undefined ? undefined : { url: `#${anchor}` };
  }
  const path = decode(rawPath);
  const note = (): { url: string; target: Linkable } | undefined => {
    const hit = vault.notes.find(path, self.file!);
    if (!hit) return undefined;
    const anchor = fragment === undefined ? undefined : anchorIn(hit.item.id, fragment, vault);
    if (fragment !== undefined && anchor === undefined)
      problem(file, `Unresolved anchor \`#${fragment}\` in a link to \`${path}\`, expected a heading of \`${hit.item.title}\`; linked to the page`, position?.start, 'unresolved-anchor');
    return { url: anchor === undefined ? hit.item.url : `${hit.item.url}#${anchor}`, target: hit.item };
  };
  const attachment = (): { url: string } | undefined => {
    const hit = vault.attachments.find(path, self.file!);
    if (!hit) return undefined;
    vault.used.add(hit.item);
    return { url: attachmentUrl(hit.item) };
  };
  const found = isNotePath(path) ? (note() ?? attachment()) : (attachment() ?? note());
  if (found) return found;
  problem(file, `Broken link \`${url.slice(0, 120)}\`, expected a note or file at that path in the notes folder; shown as text`, position?.start, 'broken-link');
  return null;
}

function holdsLink(file: VFile | undefined): boolean {
  const value = file?.value;
  if (value === undefined) return false;
  return typeof value === 'string' ? value.includes('](') : Buffer.from(value.buffer, value.byteOffset, value.byteLength).includes('](');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function noteLink(target: Linkable, anchor: string | undefined, label: string, position: Position | undefined): Link {
  return withPosition(
    {
      type: 'link',
      url: anchor === undefined ? target.url : `${target.url}#${anchor}`,
      children: [text(label)],
      data: { hProperties: { className: ['mention'], dataTarget: target.id } },
    },
    position,
  );
}

// ---------------------------------------------------------------------------------------------
// Embeds

/** `root` with every note embed replaced by the note (or its section), to `MAX_EMBED_DEPTH`. */
function expandEmbeds(parent: Parents, stack: readonly string[], linked: ReadonlyMap<string, Root>, vault: Vault, reported: Set<string>): Parents {
  const old = parent.children as Nodes[];
  let out: Nodes[] | undefined;
  for (let i = 0; i < old.length; i++) {
    const child = old[i]!;
    let replaced: Nodes | undefined;
    const request = child.type === 'paragraph' ? vault.embeds.get(child) : undefined;
    if (request) {
      replaced = embedBlock(child as Paragraph, request, stack, linked, vault, reported);
    } else if ('children' in child && !OPAQUE.has(child.type) && child.type !== 'paragraph') {
      const inner = expandEmbeds(child, stack, linked, vault, reported);
      if (inner !== child) replaced = inner;
    }
    if (replaced && !out) out = old.slice(0, i);
    if (out) out.push(replaced ?? child);
  }
  return out ? ({ ...parent, children: out } as Parents) : parent;
}

function embedBlock(paragraph: Paragraph, request: EmbedRequest, stack: readonly string[], linked: ReadonlyMap<string, Root>, vault: Vault, reported: Set<string>): Nodes {
  const { target } = request;
  const host = vault.records.get(stack[stack.length - 1]!);
  const file = host ? vault.fileOf(host.file) : undefined;
  const key = `${host?.file}:${request.position?.start.line}:${request.position?.start.column}`;
  const refuse = (reason: string, rule: RuleId = 'embed-loop'): Nodes => {
    if (!reported.has(key)) problem(file, reason, request.position?.start, rule);
    reported.add(key);
    return paragraph; // a link to the note
  };
  if (stack.includes(target.id))
    return refuse(`Unexpected embed \`${target.title}\` inside itself (${[...stack, target.id].map((id) => vault.records.get(id)?.title ?? id).join(' → ')}), shown as a link`);
  if (stack.length > MAX_EMBED_DEPTH) return refuse(`Unexpected embed \`${target.title}\` more than ${MAX_EMBED_DEPTH} embeds deep, shown as a link`, 'embed-depth');
  const source = linked.get(target.id) ?? target.body;
  // The section first, then its embeds: what the section leaves out is never expanded.
  const part = request.fragment ? sectionOf(source, request.fragment, target.id, vault) : source.children;
  const section = part && (expandEmbeds({ type: 'root', children: part }, [...stack, target.id], linked, vault, reported) as Root).children;
  const heading: Paragraph = { type: 'paragraph', children: paragraph.children, data: { hProperties: { className: ['embed-source'] } } };
  const block = {
    type: 'blockquote' as const,
    children: [heading, ...(section ?? []).map((n) => withoutIds(n) as RootContent)] as RootContent[],
    data: { hName: 'div', hProperties: { className: ['embed'] } },
  };
  if (paragraph.position) Object.assign(block, { position: paragraph.position });
  return block as Nodes;
}

/** The heading `fragment` names and what follows it up to the next heading as high, or the block `^id`. */
function sectionOf(body: Root, fragment: string, id: string, vault: Vault): RootContent[] | undefined {
  const anchor = anchorIn(id, fragment, vault);
  if (anchor === undefined) return undefined;
  if (fragment.startsWith('^')) {
    const found = findById(body, anchor);
    if (!found) return undefined;
    return found.type === 'listItem' ? [{ type: 'list', ordered: false, spread: false, children: [found] }] : [found as RootContent];
  }
  const start = body.children.findIndex((n) => n.type === 'heading' && n.data?.hProperties?.id === anchor);
  if (start === -1) return undefined;
  const depth = (body.children[start] as { depth: number }).depth;
  let end = start + 1;
  while (end < body.children.length) {
    const node = body.children[end]!;
    if (node.type === 'heading' && node.depth <= depth) break;
    end++;
  }
  return body.children.slice(start, end);
}

function findById(node: Nodes, id: string): Nodes | undefined {
  if (node.data?.hProperties?.id === id) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const hit = findById(child, id);
    if (hit) return hit;
  }
  return undefined;
}

/** A copy without element ids: an embedded heading or block must not repeat an id of its own page. */
function withoutIds(node: Nodes): Nodes {
  let copy = node;
  if (node.data?.hProperties?.id !== undefined) {
    const { id: _id, ...props } = node.data.hProperties;
    copy = { ...node, data: { ...node.data, hProperties: props } };
  }
  if ('children' in copy) copy = { ...copy, children: (copy.children as Nodes[]).map(withoutIds) } as Nodes;
  return copy;
}

// ---------------------------------------------------------------------------------------------

function reportAmbiguous(file: VFile | undefined, written: string, others: readonly string[], at: Point | undefined): void {
  if (others.length === 0) return;
  problem(file, `Ambiguous link \`${written}\`: also fits ${others.map((o) => `\`${o}\``).join(', ')}; linked to the closest, as Obsidian does`, at, 'ambiguous-link');
}

function problem(file: VFile | undefined, reason: string, at: Point | undefined, rule: RuleId): void {
  if (file) report(file, reason, at, rule);
}

function text(value: string): Text {
  return { type: 'text', value };
}

function withPosition<T extends Nodes>(node: T, position: Position | undefined): T {
  if (position) node.position = position;
  return node;
}
