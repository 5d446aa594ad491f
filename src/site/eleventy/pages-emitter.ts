/**
 * The pages emitter: every HTML page (and the feed and sitemap), rendered and written by
 * Eleventy from the `.11ty.ts` templates. A record's page reads its neighbourhood
 * (`data/page-reads.ts`); every other page (home, lists, indexes, tags, feed) reads the whole
 * library. Writing some pages runs Eleventy with a `pageFilter` that keeps their items only;
 * single pages read everything, so they are in every run that has anything to write.
 */
import path from 'node:path';
import type { EmitContext, Emitted, Emitter, PlannedOutput } from '../outputs/emitter.ts';
import type { PageReads } from '../data/page-reads.ts';
import type { SiteData } from '../data/site-data.ts';
import type { ListPage } from '../data/list-pages.ts';
import type { TagPage } from '../data/tag-pages.ts';
import { createEleventy } from './eleventy-config.ts';
import type { PageItem, PageTemplate } from './page-templates.ts';
import { plannedPages } from './page-templates.ts';

export function pagesEmitter(templates: readonly PageTemplate[]): Emitter {
  /** The pagination item of each planned page, by path, from the last plan. */
  let items = new Map<string, PageItem>();
  return {
    name: 'pages',
    plan({ site, pageReads }: EmitContext): PlannedOutput[] {
      items = new Map();
      const tags = new Map(site.tagPages.map((tag) => [tag.path, tag]));
      return plannedPages(site, templates).map(({ outputPath, item }) => {
        if (item) items.set(outputPath, item);
        return { path: outputPath, ...(item ? itemReads(site, item, tags, pageReads) : { reads: 'all' as const }) };
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

/**
 * What the page of a pagination item shows: a record's page its neighbourhood; a page of a list
 * its entries (and where it stands among the list's pages); a tag's page its records; an alias
 * redirect only itself. The list of lines to re-run weighs each line's papers and dates: it reads
 * everything, like the single pages.
 */
function itemReads(site: SiteData, item: PageItem, tags: ReadonlyMap<string, TagPage>, pageReads: PageReads): Pick<PlannedOutput, 'reads' | 'stamp'> {
  if (site.records.get(item.id) === item) return { reads: pageReads.of(item.id) };
  if ('kind' in item && item.kind === 'list-page') {
    const page = item as ListPage<{ id: string; collectionId?: string }>;
    if (page.list === 'stale') return { reads: 'all' };
    // A note's entry names its collection.
    const reads = page.items.flatMap((entry) => (entry.collectionId ? [entry.id, entry.collectionId] : [entry.id]));
    return { reads, stamp: JSON.stringify([page.number, page.count, page.total, page.urls]) };
  }
  if (item.id.startsWith('tag:')) {
    // Its records, and each narrower tag's name and count.
    const tag = item as TagPage;
    const children = tag.children.map((child) => tags.get(child)).map((child) => child && [child.name, child.url, child.records.length]);
    return { reads: tag.records.map((record) => record.id), stamp: JSON.stringify([tag.name, tag.path, children]) };
  }
  if (item.id.startsWith('alias:')) return { reads: [], stamp: JSON.stringify(item) };
  return { reads: 'all' };
}
