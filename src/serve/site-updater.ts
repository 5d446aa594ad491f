/**
 * `atlas serve`'s rebuild after an edit, without a full build: read and parse again only the files
 * that changed, resolve the atlas again, and render again only the pages that can show what
 * changed (see `affected-records.ts`) plus the single pages; write the files whose bytes differ.
 * The pages come out as a full build writes them (the same templates render them).
 *
 * What a reader does not see at once is written after the pages, in `background`: the changed
 * records' Markdown twins, `llms.txt`, the network's `graph.json` (the layout keeps every known node where
 * it was; a new node starts where its neighbours are) and the search index, made again from the
 * records (about a second at full size, so after every edit rather than once edits pause).
 */
import { readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Library } from '../library/library.ts';
import type { Atlas } from '../model.ts';
import type { LayoutPoint } from '../layout/layout-graph.ts';
import { copyAttachments, removeUnusedAttachments } from '../site/outputs/attachments.ts';
import { affectedRecords, graphShapeChanged, neighboursOf } from './affected-records.ts';
import { networkJson } from '../wire/graph-data.ts';
import type { PageTemplate } from '../site/eleventy/page-templates.ts';
import { sitePages } from '../site/eleventy/page-templates.ts';
import { markdownTwinUrl, recordTwins } from '../site/pages/markdown-twin.ts';
import { renderLlmsTxt } from '../site/pages/llms-txt.ts';
import { llmsFullFiles, LLMS_FULL_PARTS } from '../site/outputs/llms-full-files.ts';
import { reportUnsafeUrls } from '../site/data/report-unsafe-urls.ts';
import { updateSearchIndex } from '../site/outputs/search-index.ts';
import { SiteData } from '../site/data/site-data.ts';
import type { SiteSession } from '../site/eleventy/site-session.ts';
import { writeIntoFolder } from '../site/outputs/write-into-folder.ts';

export interface SiteUpdate {
  /** Files written, relative to the site folder; pages first. */
  written: string[];
  /** Page folders deleted (records that are gone). */
  removed: string[];
  /** Pages rendered again (written or found unchanged). */
  rendered: number;
  milliseconds: number;
  /** Where the time went: reading and parsing, resolving, rendering and writing, in ms. */
  timings: { parse: number; resolve: number; render: number };
  /** Twins, llms.txt, graph files and the search index: written after the pages. */
  background: Promise<void>;
}

export class SiteUpdater {
  readonly #session: SiteSession;
  readonly #templates: readonly PageTemplate[];
  readonly #library: Library;
  #site: SiteData;
  readonly #layout: Map<string, LayoutPoint>;

  /** Starts from the session's last full build. */
  constructor(session: SiteSession, templates: readonly PageTemplate[]) {
    const built = session.built;
    if (!built || !session.layout) throw new Error('SiteUpdater needs a session that has built once');
    this.#session = session;
    this.#templates = templates;
    this.#library = session.library;
    this.#site = session.site();
    this.#layout = new Map(session.layout);
    this.#otherFiles = session.files.filter((file) => !built.files.includes(file));
  }
  /** The settings file's, kept as they are: a change of settings needs a new `atlas serve`. */
  readonly #otherFiles: VFile[];

  /** Take in the files at `paths` (relative to the notes folder; gone ones are removed). */
  async update(paths: readonly string[]): Promise<SiteUpdate> {
    const started = performance.now();
    const { notesDir, outDir } = this.#session.options;
    const before = this.#site.atlas;
    const { atlas, files, changes, filesRead, timings } = await this.#library.update(paths);
    reportUnsafeUrls(atlas, files, new Set(filesRead));
    const previous = this.#site;
    const site = new SiteData(atlas, this.#site.config);
    site.adoptRendered(this.#site);
    const affected = affectedRecords(before, atlas, changes);
    // A page's inline local graph names its neighbours' neighbours too: one ring further, when
    // what the graph draws of the changed records moved (at full size the ring is thousands of pages).
    if (graphShapeChanged(before.graph, atlas.graph, affected.changed)) {
      for (const graph of [before.graph, atlas.graph]) for (const id of neighboursOf(graph, new Set(affected.render))) if (site.record(id)) affected.render.add(id);
    }
    // Claim ages are measured from the newest date in the library: when it moves, every line.
    if (JSON.stringify(site.referenceDate) !== JSON.stringify(this.#site.referenceDate)) for (const line of atlas.lines) affected.render.add(line.id);
    this.#site = site;
    this.#session.updated(site, [...files, ...this.#otherFiles]);
    await copyAttachments(notesDir, outDir, atlas.attachments ?? []);
    const unusedAttachments = await removeUnusedAttachments(outDir, before.attachments ?? [], atlas.attachments ?? []);
    const resolved = performance.now();

    const removed: string[] = [...unusedAttachments];
    for (const record of affected.removed) {
      const folder = path.join(outDir, ...record.url.split('/').filter(Boolean));
      if (!isUrlInUse(site, record.url)) {
        await rm(folder, { recursive: true, force: true });
        removed.push(record.url);
      }
    }
    // A list that got shorter leaves its last pages behind: gone, as from a fresh build.
    const listUrls = new Set(Object.values(site.lists).flatMap((pages: { url: string }[]) => pages.map((p) => p.url)));
    for (const page of Object.values(previous.lists).flat() as { url: string }[]) {
      if (listUrls.has(page.url) || isUrlInUse(site, page.url)) continue;
      await rm(path.join(outDir, ...page.url.split('/').filter(Boolean)), { recursive: true, force: true });
      removed.push(page.url);
    }
    // A tag no record carries any more, an alias no note gives: their pages go too, deepest
    // first, so a nested tag's folder is empty when its parent's goes.
    const kept = new Set([...site.tagPages, ...site.aliasRedirects].map((page) => page.url));
    const gone = [...previous.tagPages, ...previous.aliasRedirects].filter((page) => !kept.has(page.url) && !isUrlInUse(site, page.url));
    for (const page of gone.sort((a, b) => b.url.length - a.url.length)) {
      const folder = path.join(outDir, ...page.url.split('/').filter(Boolean));
      await rm(path.join(folder, 'index.html'), { force: true });
      await rmdir(folder).catch(() => undefined); // not empty: a page still lives below it
      removed.push(page.url);
    }
    const written: string[] = [];
    // Tag pages and alias redirects list records by title and tag: any edit may change them.
    const pages = sitePages(site, this.#templates, (id) => affected.render.has(id) || id.startsWith('tag:') || id.startsWith('alias:'));
    for (const page of pages) if (await writeIfChanged(path.join(outDir, page.outputPath), page.render())) written.push(page.outputPath);

    return {
      written,
      removed,
      rendered: pages.length,
      milliseconds: performance.now() - started,
      timings: { parse: timings.parse, resolve: resolved - started - timings.parse, render: performance.now() - resolved },
      background: this.#writeRest(site, affected.render, written),
    };
  }

  /** Twins of the records whose pages were rendered, llms.txt, graph.json, the search index. */
  async #writeRest(site: SiteData, ids: ReadonlySet<string>, written: string[]): Promise<void> {
    const { outDir } = this.#session.options;
    const { atlas } = site;
    // Every twin is made once: the changed ones are written, and all of them make llms-full.txt.
    const twins = recordTwins(site);
    for (const { record, markdown } of twins) {
      if (!ids.has(record.id) || !site.config.twins) continue;
      const file = markdownTwinUrl(record.url).replace(/^\//, '');
      if (await writeIfChanged(path.join(outDir, file), markdown)) written.push(file);
    }
    await writeFile(path.join(outDir, 'llms.txt'), renderLlmsTxt(site));
    const full = llmsFullFiles(site, twins);
    for (const { file, text } of full) if (await writeIfChanged(path.join(outDir, ...file.split('/')), text)) written.push(file);
    // Parts the library no longer has (it shrank, or a collection went).
    const parts = new Set(full.map(({ file }) => file));
    for (const name of await readdir(path.join(outDir, LLMS_FULL_PARTS)).catch(() => [] as string[])) {
      if (!parts.has(`${LLMS_FULL_PARTS}/${name}`)) await rm(path.join(outDir, LLMS_FULL_PARTS, name), { force: true });
    }

    placeNewNodes(atlas, this.#layout);
    await writeFile(path.join(outDir, 'graph.json'), networkJson(atlas.graph, this.#layout));

    written.push(...(await updateSearchIndex(outDir, atlas)));
  }
}

/** A record that is gone may have left its url to a new one (a renamed file keeping its slug). */
function isUrlInUse(site: SiteData, url: string): boolean {
  for (const record of site.records.values()) if (record.url === url) return true;
  return false;
}

/** Nodes the layout has not seen start at the middle of their known neighbours (or at the origin). */
function placeNewNodes(atlas: Atlas, layout: Map<string, LayoutPoint>): void {
  const fresh = atlas.graph.nodes.filter((n) => !layout.has(n.id));
  for (const node of fresh) {
    const known = atlas.graph.edges
      .flatMap((e) => (e.source === node.id ? [e.target] : e.target === node.id ? [e.source] : []))
      .map((id) => layout.get(id))
      .filter((p): p is LayoutPoint => p !== undefined);
    const x = known.length ? Math.round(known.reduce((s, p) => s + p.x, 0) / known.length) : 0;
    const y = known.length ? Math.round(known.reduce((s, p) => s + p.y, 0) / known.length) : 0;
    layout.set(node.id, { x: x + 0, y: y + 0 });
  }
}

/**
 * Write `data` unless the file already holds exactly it; true when written. `whole`: write it
 * beside and rename it into place, so no reader ever sees half of it.
 */
async function writeIfChanged(file: string, data: string, options: { whole?: boolean } = {}): Promise<boolean> {
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === data) return false;
  if (options.whole) {
    const temporary = `${file}.${process.pid}.tmp`;
    await writeIntoFolder(temporary, data);
    await rename(temporary, file);
  } else {
    await writeIntoFolder(file, data);
  }
  return true;
}
