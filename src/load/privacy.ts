/**
 * What a vault keeps to itself: files matched by the settings' `ignore:` patterns are not even
 * parsed, and notes saying `draft: true` or `publish: false` are dropped once parsed. Nothing of
 * them reaches any output (pages, search index, graph, twins, llms files, sitemap, feed), since
 * everything is built from the atlas, which never holds them. Their titles are remembered so a
 * link, list entry or wikilink naming one is shown as plain text and reported, instead of
 * making a stub page that would publish the title and what the referrer said of it.
 */
import type { Nodes, Root } from 'mdast';
import picomatch from 'picomatch';
import { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import type { ParsedDocument } from '../model.ts';
import { normalizeTitle } from '../resolve/normalize-title.ts';
import { findWikilinks } from '../resolve/wikilink-target.ts';
import { claimPermalinks } from './permalinks.ts';

/**
 * `templates/**`, `private/`, `*.excalidraw.md`, `Daily` → a test on `/`-separated paths, read as
 * .gitignore lines are (picomatch does the globbing, without case): a pattern without `/` names a
 * file or folder anywhere, one with `/` names it from the folder's root, a final `/` is a folder,
 * and a folder takes its contents.
 */
export function ignoreMatcher(patterns: readonly string[]): (relative: string) => boolean {
  const globs = patterns.flatMap((pattern) => {
    let glob = pattern.trim().replace(/^\.\//, '').replace(/^\/+/, '');
    if (glob === '') return [];
    if (glob.endsWith('/')) glob += '**';
    const anchored = glob.includes('/') ? glob : `**/${glob}`;
    return [anchored, `${anchored}/**`];
  });
  if (globs.length === 0) return () => false;
  return picomatch(globs, { nocase: true, dot: true });
}

export interface PublicDocuments {
  documents: ParsedDocument[];
  /** Folded titles (and file names, aliases) of what was left out. */
  privateTitles: Set<string>;
  /** The folded names each file left out keeps private, by path (`privateNamesOf`). */
  privateNames: Map<string, string[]>;
  /** The private names scrubbed from each kept document, by path (files that named none are absent). */
  scrubbed: Map<string, Set<string>>;
}

/**
 * The documents to publish: unpublished ones dropped (reported on their file), the titles of
 * those and of the ignored files remembered. References to them are scrubbed from the rest.
 */
export function keepPublished(documents: readonly ParsedDocument[], files: readonly VFile[], ignoredPaths: readonly string[]): PublicDocuments {
  const privateNames = new Map<string, string[]>();
  for (const relative of ignoredPaths) privateNames.set(relative, privateNamesOf(relative));
  const fileOf = new Map(files.map((f) => [f.path, f]));
  const kept: ParsedDocument[] = [];
  for (const doc of documents) {
    if (!doc.unpublished) {
      kept.push(doc);
      continue;
    }
    privateNames.set(doc.file, privateNamesOf(doc.file, doc));
    const file = fileOf.get(doc.file);
    if (file) report(file, 'Not published: `draft: true` or `publish: false`; no page, index entry or link names it', doc.position ?? { line: 1, column: 1 }, 'private-file');
  }
  const privateTitles = privateTitleSet(privateNames.values(), kept);
  const scrubbed = new Map<string, Set<string>>();
  if (privateTitles.size > 0) {
    for (const doc of kept) {
      const names = scrubPrivateReferences(doc, privateTitles, fileOf.get(doc.file));
      if (names.size > 0) scrubbed.set(doc.file, names);
    }
  }
  claimPermalinks(kept, fileOf);
  return { documents: kept, privateTitles, privateNames, scrubbed };
}

/**
 * The folded names a file left out keeps private: its file name, and for an unpublished note
 * (`doc`) its title and aliases too.
 */
export function privateNamesOf(relative: string, doc?: ParsedDocument): string[] {
  const names = [stemOf(relative), ...(doc ? [doc.title, ...(doc.aliases ?? [])] : [])].map(normalizeTitle).filter((name) => name !== '');
  return [...new Set(names)];
}

/**
 * Every name some file keeps private, but a title a published note (of `published`) also has,
 * which still leads to the published one.
 */
export function privateTitleSet(privateNames: Iterable<readonly string[]>, published: Iterable<ParsedDocument>): Set<string> {
  const titles = new Set<string>();
  for (const names of privateNames) for (const name of names) titles.add(name);
  if (titles.size > 0) for (const doc of published) titles.delete(normalizeTitle(doc.title));
  return titles;
}

/** A file that `ignore:` leaves out: kept as a file (for its message), with nothing to parse. */
export function ignoredFile(file: VFile): VFile {
  const out = new VFile({ path: file.path, cwd: file.cwd });
  report(out, 'Not published: it matches an `ignore:` pattern of the settings', undefined, 'private-file');
  return out;
}

function stemOf(relative: string): string {
  const name = relative.split('/').at(-1) ?? relative;
  return name.replace(/\.[^.]+$/, '');
}

/**
 * Drop list entries naming a private note, and turn `[[wikilinks]]` to one into their label, so
 * nothing makes a stub of it; each reported where it stands. Returns the folded names it took
 * out (the document must be read again should one of them be published).
 */
export function scrubPrivateReferences(doc: ParsedDocument, privateTitles: ReadonlySet<string>, file: VFile | undefined): Set<string> {
  const found = new Set<string>();
  const isPrivate = (title: string): boolean => privateTitles.has(normalizeTitle(title));
  const tell = (title: string, place: ParsedDocument['position']): void => {
    found.add(normalizeTitle(title));
    if (file) report(file, `\`${title}\` is not published; named here as plain text`, place, 'private-reference');
  };
  const keep = <T extends { title: string; position?: ParsedDocument['position'] }>(items: T[]): T[] =>
    items.filter((item) => {
      if (!isPrivate(item.title)) return true;
      tell(item.title, item.position);
      return false;
    });
  if (doc.kind === 'note') doc.related = keep(doc.related);
  else {
    doc.sources = keep(doc.sources);
    doc.next = keep(doc.next);
  }
  scrubWikilinks(doc.body, isPrivate, tell);
  return found;
}

const OPAQUE = new Set(['link', 'linkReference', 'inlineCode', 'code', 'definition', 'html']);

function scrubWikilinks(root: Root, isPrivate: (title: string) => boolean, tell: (title: string, place: ParsedDocument['position']) => void): void {
  const visit = (node: Nodes): void => {
    if (!('children' in node) || OPAQUE.has(node.type)) return;
    for (const child of node.children as Nodes[]) {
      if (child.type !== 'text') {
        visit(child);
        continue;
      }
      // Read as the link resolver reads them (`findWikilinks`); reported in order, replaced
      // from the last so the offsets hold.
      const scrubbed: { start: number; end: number; shown: string }[] = [];
      for (const link of findWikilinks(child.value)) {
        const name = link.path.split('/').at(-1)!.replace(/\.md$/i, '').trim();
        if (name === '' || !isPrivate(name)) continue;
        tell(name, child.position);
        // An embed of a private note shows nothing of it.
        scrubbed.push({ start: link.start, end: link.end, shown: link.embed ? '' : link.label || name });
      }
      for (const { start, end, shown } of scrubbed.reverse()) child.value = child.value.slice(0, start) + shown + child.value.slice(end);
    }
  };
  visit(root);
}
