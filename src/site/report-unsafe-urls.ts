/**
 * Markdown links and images from input whose url would run code or smuggle content
 * (`javascript:`, `data:` …) render without their url; this reports each one where it stands.
 */
import type { VFile } from 'vfile';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Atlas } from '../model.ts';
import { report } from '../diagnostics.ts';
import { isSafeUrl } from './safe-url.ts';

export function reportUnsafeUrls(atlas: Atlas, files: readonly VFile[]): void {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const trees: { file: string | null; tree: Root }[] = [
    ...atlas.lines.flatMap((l) => [{ file: l.file, tree: l.body }, ...(l.prompt ? [{ file: l.file, tree: l.prompt.display }] : [])]),
    ...atlas.notes.map((n) => ({ file: n.file, tree: n.body })),
  ];
  for (const { file, tree } of trees) {
    const vfile = file === null ? undefined : byPath.get(file);
    if (!vfile) continue;
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
        const scheme = node.url.split(':')[0] ?? '';
        report(vfile, `Unexpected \`${scheme.slice(0, 20)}:\` url in a ${node.type}, expected an http(s) or mailto address or a path; shown without it`, node.position, 'unsafe-url');
      }
    });
  }
}
