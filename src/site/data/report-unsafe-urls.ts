/**
 * Markdown links and images from input whose url would run code or smuggle content
 * (`javascript:`, `data:` …) render without their url; this reports each one where it stands.
 */
import type { VFile } from 'vfile';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Position } from 'unist';
import { location } from 'vfile-location';
import type { Atlas } from '../../model.ts';
import { report } from '../../diagnostics.ts';
import { isRemoteUrl } from '../render/render-markdown.ts';
import { isSafeUrl } from '../render/safe-url.ts';

/**
 * `only`: the paths of the files to check (all when absent). A url's safety is a matter of its
 * own file's text, so `atlas serve` checks only the files an edit changed: walking every body of
 * a full-size library took 0.6 s of each update.
 */
export function reportUnsafeUrls(atlas: Atlas, files: readonly VFile[], only?: ReadonlySet<string>): void {
  const byPath = new Map(files.filter((f) => !only || only.has(f.path)).map((f) => [f.path, f]));
  const trees: { file: string | null; tree: Root }[] = [
    ...atlas.lines.flatMap((l) => [{ file: l.file, tree: l.body }, ...(l.prompt ? [{ file: l.file, tree: l.prompt.display }] : [])]),
    ...atlas.notes.map((n) => ({ file: n.file, tree: n.body })),
  ];
  // Decks, source summaries and related descriptions are one-line Markdown rendered the same way.
  const summaries: { file: string | null; text: string; position: Position | undefined }[] = [
    ...atlas.lines.flatMap((l) => [{ file: l.file, text: l.summary, position: l.position }, ...l.sources.map((s) => ({ file: l.file, text: s.summary, position: s.position ?? l.position }))]),
    ...atlas.notes.flatMap((n) => [{ file: n.file, text: n.summary, position: n.position }, ...n.related.map((r) => ({ file: n.file, text: r.description, position: r.position ?? n.position }))]),
  ];
  const locate = createLocator();
  for (const { file, text, position } of summaries) {
    if (!MAY_HOLD_URL.test(text)) continue;
    const vfile = file === null ? undefined : byPath.get(file);
    trees.push({ file, tree: relocate(summaryParser.parse(text), (vfile && locate(vfile, text)) ?? position) });
  }
  for (const { file, tree } of trees) {
    const vfile = file === null ? undefined : byPath.get(file);
    if (!vfile) continue;
    walk(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
        const scheme = node.url.split(':')[0] ?? '';
        report(vfile, `Unexpected \`${scheme.slice(0, 20)}:\` url in a ${node.type}, expected an http(s) or mailto address or a path; shown without it`, node.position, 'unsafe-url');
      } else if (node.type === 'image' && isRemoteUrl(node.url)) {
        report(
          vfile,
          `Unexpected image from another host \`${node.url.slice(0, 80)}\`, expected a path on this site; shown as a link, so no reader's browser fetches it`,
          node.position,
          'remote-image',
        );
      }
    });
  }
}

/**
 * Every node of `tree`, parents before children, as `visit` goes: without its ancestor stacks and
 * test functions, which made walking every body of a full-size library take a second.
 */
function walk(node: Nodes, each: (node: Nodes) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children) walk(child, each);
}

const summaryParser = unified().use(remarkParse);

/** A summary's own positions count from its first character; report at its entry in the file instead. */
function relocate(tree: Root, position: Position | undefined): Root {
  visit(tree, (node) => {
    if (position) node.position = position;
    else delete node.position;
  });
  return tree;
}

/** `](`, `][`, `]:` or `<scheme:`: the only ways one line of Markdown makes a link or an image. */
const MAY_HOLD_URL = /\][([:]|<[a-z][a-z0-9+.-]*:/i;

/** Where a text first stands verbatim in a file, when it does; each file decoded once. */
function createLocator(): (file: VFile, text: string) => Position | undefined {
  const sources = new Map<VFile, { text: string; place: ReturnType<typeof location> }>();
  return (file, text) => {
    let source = sources.get(file);
    if (!source) {
      const value = typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value);
      sources.set(file, (source = { text: value, place: location(value) }));
    }
    const offset = source.text.indexOf(text);
    if (offset === -1) return undefined;
    const start = source.place.toPoint(offset);
    const end = source.place.toPoint(offset + text.length);
    return start && end ? { start, end } : undefined;
  };
}
