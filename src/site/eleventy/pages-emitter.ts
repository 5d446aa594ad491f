/**
 * The pages emitter: every HTML page (and the feed and sitemap), rendered and written by
 * Eleventy from the `.11ty.ts` templates. A record's page reads its neighbourhood
 * (`data/page-reads.ts`); every other page (home, lists, indexes, tags, feed) reads the whole
 * library. Writing some pages runs Eleventy with a `pageFilter` that keeps their items only;
 * single pages read everything, so they are in every run that has anything to write.
 */
import path from 'node:path';
import type { EmitContext, Emitted, Emitter, PlannedOutput } from '../outputs/emitter.ts';
import { recordPageReads } from '../data/page-reads.ts';
import { createEleventy } from './eleventy-config.ts';
import type { PageItem, PageTemplate } from './page-templates.ts';
import { plannedPages } from './page-templates.ts';

export function pagesEmitter(templates: readonly PageTemplate[]): Emitter {
  /** The pagination item of each planned page, by path, from the last plan. */
  let items = new Map<string, PageItem>();
  return {
    name: 'pages',
    plan({ site }: EmitContext): PlannedOutput[] {
      items = new Map();
      return plannedPages(site, templates).map(({ outputPath, item }) => {
        if (item) items.set(outputPath, item);
        const isRecord = item !== undefined && site.records.get(item.id) === item;
        return { path: outputPath, reads: isRecord ? recordPageReads(site, item.id) : 'all' };
      });
    },
    async write({ site, outDir, progress }: EmitContext, outputs: readonly PlannedOutput[]): Promise<Emitted> {
      const wanted = new Set(outputs.map((output) => items.get(output.path)).filter((item) => item !== undefined));
      const everything = wanted.size === items.size;
      let rendered = 0;
      progress.start('render', outputs.length);
      const eleventy = createEleventy(outDir, {
        site: () => site,
        ...(everything ? {} : { pageFilter: (list: readonly unknown[]) => list.filter((item) => wanted.has(item as PageItem)) }),
        onPage: () => progress.advance('render', ++rendered),
      });
      const results = (await eleventy.write()) as { outputPath?: string | false }[] | undefined;
      progress.end('render', rendered);
      const files = new Map<string, string[]>();
      const written = new Set((results ?? []).flatMap((r) => (typeof r.outputPath === 'string' ? [r.outputPath] : [])));
      for (const output of outputs) files.set(output.path, [output.path]);
      // Single pages come with every run; they count as written too.
      for (const file of written) {
        const relative = relativeTo(outDir, file);
        if (!files.has(relative)) files.set(relative, [relative]);
      }
      return { files, errors: [] };
    },
  };
}

function relativeTo(outDir: string, file: string): string {
  return path.relative(path.resolve(outDir), path.resolve(file)).split(path.sep).join('/');
}
