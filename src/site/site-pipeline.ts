/**
 * One pipeline for `atlas build` and `atlas serve`: the library (`library/library.ts`) reads,
 * parses and resolves the notes, and the emitters (`outputs/emitter.ts`) write the site from
 * them. A build emits everything, or, with the build cache and a previous build of the same
 * folder, only the outputs whose inputs changed; an edit under `atlas serve` is the same partial
 * emit, after `Library.update`. Eleventy renders the pages on both paths (`eleventy/pages-emitter.ts`).
 */
import { createHash } from 'node:crypto';
import { access, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { BuiltAtlas } from '../library/library.ts';
import { Library } from '../library/library.ts';
import { ParseCache } from '../library/parse-cache.ts';
import { recordFingerprints, updatedFingerprints } from '../library/record-fingerprints.ts';
import { toolVersion } from '../library/tool-version.ts';
import type { BuildProgress } from '../library/build-progress.ts';
import { silentProgress } from '../library/build-progress.ts';
import type { RecordChanges } from '../library/record-changes.ts';
import type { Diagnostic } from '../model.ts';
import { collectDiagnostics } from '../diagnostics.ts';
import type { Layout } from '../layout/layout-graph.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { readSiteConfig } from '../config/read-site-config.ts';
import { SiteData } from './data/site-data.ts';
import { reportUnsafeUrls } from './data/report-unsafe-urls.ts';
import { PageReads } from './data/page-reads.ts';
import { loadPageTemplates } from './eleventy/page-templates.ts';
import { pagesEmitter } from './eleventy/pages-emitter.ts';
import type { EmitContext, Emitter } from './outputs/emitter.ts';
import { libraryFingerprints, partialEmit } from './outputs/emitter.ts';
import { twinsEmitter } from './outputs/twins-emitter.ts';
import { graphEmitter } from './outputs/graph-emitter.ts';
import { searchEmitter } from './outputs/search-index.ts';
import { assetsEmitter } from './outputs/assets-emitter.ts';
import { manifestFile, readManifest, removeManifest, writeManifest } from './outputs/output-manifest.ts';

export interface SitePipelineOptions {
  notesDir: string;
  outDir: string;
  /** A config file other than `<notesDir>/atlas.config.yml`. */
  configFile?: string;
  /** Settings from the command line; they win over the config file. */
  overrides: Partial<SiteConfig>;
  minify: boolean;
  /** A ready-made atlas instead of the notes folder's (tests); the library adopts it. */
  load?: (notesDir: string, progress: BuildProgress, config: SiteConfig) => Promise<BuiltAtlas>;
  /** Told of every stage as it runs (the command line's stage lines and progress bar). */
  progress: BuildProgress;
  /**
   * The build cache (`node_modules/.cache/atlas` from the command line): parsed documents, and
   * what the last build into `outDir` wrote, so the next writes only what changed. None: parse
   * every file and write every output.
   */
  cacheDir?: string;
}

export const defaultSitePipelineOptions: Omit<SitePipelineOptions, 'notesDir' | 'outDir'> = {
  overrides: {},
  minify: true,
  progress: silentProgress,
};

export interface SiteStats {
  records: number;
  /** HTML pages, the feed and the sitemap. */
  pages: number;
  /** Markdown twins of line and note pages. */
  twins: number;
  graphFiles: number;
  /** Records in the search index: one document each. */
  searchDocuments: number;
}

/** What one run of the emitters wrote. */
export interface Emission {
  /** Files written, relative to the site folder; pages first. */
  written: string[];
  /** Files a previous run wrote that no output makes any more, deleted. */
  removed: string[];
}

/** An edit under `atlas serve`, applied. */
export interface SiteUpdate extends Emission {
  /** Records added, removed or changed by the edit. */
  changes: RecordChanges;
  /** Pages written again. */
  rendered: number;
  milliseconds: number;
  /** Where the time went: reading and parsing, resolving, rendering and writing the pages, in ms. */
  timings: { parse: number; resolve: number; render: number };
  /** The outputs after the pages (twins, graph file, search index, assets): written in the background. */
  background: Promise<Emission>;
}

/** What the emitters wrote last: each output's key and files, for the next partial emit. */
interface Written {
  keys: Map<string, string>;
  files: Map<string, string[]>;
}

export class SitePipeline {
  readonly options: SitePipelineOptions;
  /** The notes folder, read, parsed and resolved; kept between builds and edits. */
  readonly library: Library;
  /** The notes as last loaded (documents included). */
  built?: BuiltAtlas;
  files: VFile[] = [];
  diagnostics: Diagnostic[] = [];
  /** Problems of the build itself (not of the notes): a failed bundle or search index. */
  buildErrors: string[] = [];
  stats: SiteStats = { records: 0, pages: 0, twins: 0, graphFiles: 0, searchDocuments: 0 };
  /** Note files the last load parsed; the others came from the parse cache. */
  parsedFiles = 0;
  /** The graph's layout, when the last run laid it out. */
  layout?: Layout;
  /** Whether the last build reused a previous one (wrote only what changed). */
  incremental = false;
  /**
   * Where the last run's time went, per emitter: planning and keying its outputs, and writing the
   * stale ones (`stale` of `planned`); `fingerprints` before them all. Milliseconds.
   */
  emitterTimings: { emitter: string; planned: number; stale: number; plan: number; write: number }[] = [];
  fingerprintMilliseconds = 0;

  #site?: SiteData;
  #settingsFile?: VFile;
  #emitters?: Emitter[];
  #written?: Written;
  readonly #pageReads = new PageReads();
  /** Of the atlas the last run wrote from; an update hashes again only what it changed. */
  #fingerprints?: Map<string, string>;

  constructor(options: Pick<SitePipelineOptions, 'notesDir' | 'outDir'> & Partial<SitePipelineOptions>) {
    this.options = { ...defaultSitePipelineOptions, ...options };
    const { notesDir, cacheDir } = this.options;
    this.library = new Library(notesDir, cacheDir ? { cache: new ParseCache(cacheDir, notesDir) } : {});
  }

  /** The data every page renders from; only valid after `load()`. */
  site(): SiteData {
    if (!this.#site) throw new Error('SitePipeline.site() called before load()');
    return this.#site;
  }

  /** Read the settings and the notes folder, parse and resolve. */
  async load(): Promise<void> {
    const { notesDir, configFile, overrides, progress, load } = this.options;
    const { config, file } = await readSiteConfig(notesDir, configFile);
    const settings = { ...config, ...definedOnly(overrides) };
    const built = load ? this.library.adopt(await load(notesDir, progress, settings)) : await this.library.load(progress, { vault: settings.vault, ignore: settings.ignore });
    this.parsedFiles = 'parsed' in built && typeof built.parsed === 'number' ? built.parsed : 0;
    this.built = built;
    this.#settingsFile = file;
    reportUnsafeUrls(built.atlas, built.files);
    this.#setFiles(built.files);
    this.#site = new SiteData(built.atlas, settings);
    this.#fingerprints = undefined;
    this.buildErrors = [];
  }

  /**
   * Load and write the site: every output into an emptied folder, or, when the build cache holds
   * what the last build into this folder wrote (same tool, same settings), only the outputs whose
   * inputs changed, deleting what no output makes any more.
   */
  async build(): Promise<void> {
    await this.load();
    const { outDir, cacheDir, notesDir } = this.options;
    const manifestPath = cacheDir ? manifestFile(cacheDir, notesDir, outDir) : undefined;
    const global = this.#globalKey();
    const previous = manifestPath ? readManifest(manifestPath) : undefined;
    const reuse = previous !== undefined && previous.global === global && (await isPreviousBuild(outDir));
    if (manifestPath) removeManifest(manifestPath);
    if (!reuse) await removePreviousBuild(outDir);
    this.incremental = reuse;
    if (reuse) this.stats.searchDocuments = previous.counts.searchDocuments ?? 0;
    const run = await this.#emit(reuse ? previous : undefined, 'together');
    await run.background;
    if (manifestPath && this.buildErrors.length === 0)
      writeManifest(manifestPath, { global, keys: this.#written!.keys, files: this.#written!.files, counts: { searchDocuments: this.stats.searchDocuments } });
  }

  /**
   * `atlas serve`: take in the files at `paths` (relative to the notes folder; gone ones are
   * removed) and write what they changed: the pages at once, the rest in the background.
   */
  async update(paths: readonly string[]): Promise<SiteUpdate> {
    const started = performance.now();
    const site = this.site();
    const before = site.atlas;
    const state = await this.library.update(paths);
    reportUnsafeUrls(state.atlas, state.files, new Set(state.filesRead));
    const next = new SiteData(state.atlas, site.config);
    next.adoptRendered(site);
    this.#site = next;
    this.built = state;
    this.#setFiles(state.files);
    const resolved = performance.now();
    const hashing = performance.now();
    this.#fingerprints = this.#fingerprints ? updatedFingerprints(this.#fingerprints, before, state.atlas, this.files, state.changes) : undefined;
    const rehashed = performance.now() - hashing;
    const run = await this.#emit(this.#written, 'pages-first');
    this.fingerprintMilliseconds += rehashed;
    return {
      ...run.pages,
      changes: state.changes,
      rendered: run.pages.written.filter((file) => file.endsWith('.html')).length,
      milliseconds: performance.now() - started,
      timings: { parse: state.timings.parse, resolve: resolved - started - state.timings.parse, render: performance.now() - resolved },
      background: run.background,
    };
  }

  /**
   * Everything after the pages, written clean, for Eleventy's own command line (`.eleventy.js`),
   * which loads (`load`) and renders the pages itself.
   */
  async emitAfterPages(outDir: string = this.options.outDir): Promise<void> {
    const emitters = (await this.#allEmitters()).filter((emitter) => emitter.name !== 'pages');
    await (
      await this.#emit(undefined, 'together', emitters, outDir)
    ).background;
  }

  /**
   * Run the emitters: each writes the outputs whose key is not `previous`'s (all without one).
   * `pages-first` (an edit under `atlas serve`): resolves once the pages are written, with the
   * rest as `background`, and reports no stages (the command prints one line per update).
   */
  async #emit(
    previous: Written | undefined,
    order: 'together' | 'pages-first',
    emitters?: Emitter[],
    outDir: string = this.options.outDir,
  ): Promise<{ pages: Emission; background: Promise<Emission> }> {
    const list = emitters ?? (await this.#allEmitters());
    const site = this.site();
    const hashing = performance.now();
    this.#fingerprints ??= recordFingerprints(site.atlas, this.files);
    const fingerprints = libraryFingerprints(this.#fingerprints);
    this.fingerprintMilliseconds = performance.now() - hashing;
    this.emitterTimings = [];
    this.#pageReads.use(site);
    const context: EmitContext = {
      site,
      outDir,
      notesDir: this.options.notesDir,
      minify: this.options.minify,
      progress: order === 'pages-first' ? silentProgress : this.options.progress,
      pageReads: this.#pageReads,
    };
    const keys = new Map<string, string>();
    const files = new Map<string, string[]>();
    const runOne = async (emitter: Emitter): Promise<string[]> => {
      const emitted = await partialEmit(emitter, context, fingerprints, previous?.keys ?? new Map(), keys);
      this.emitterTimings.push({ emitter: emitter.name, planned: emitted.planned.length, stale: emitted.stale, ...emitted.milliseconds });
      for (const output of emitted.planned) files.set(output.path, emitted.files.get(output.path) ?? previous?.files.get(output.path) ?? []);
      this.buildErrors.push(...emitted.errors);
      this.#count(emitter.name, emitted.planned.length, site);
      return [...emitted.files.values()].flat();
    };
    const [pages, ...rest] = list[0]?.name === 'pages' ? list : [undefined, ...list];
    const pagesWritten = pages ? await runOne(pages) : [];
    const finish = async (): Promise<Emission> => {
      const written: string[] = [];
      for (const emitter of rest) if (emitter) written.push(...(await runOne(emitter)));
      const removed = previous ? await removeUnmade(outDir, previous.files, files) : [];
      this.#written = { keys, files };
      this.stats.records = site.records.size;
      return { written, removed };
    };
    if (order === 'together') {
      const emission = await finish();
      return { pages: { written: [...pagesWritten, ...emission.written], removed: emission.removed }, background: Promise.resolve(emission) };
    }
    return { pages: { written: pagesWritten, removed: [] }, background: finish() };
  }

  #count(emitter: string, planned: number, site: SiteData): void {
    if (emitter === 'pages') this.stats.pages = planned;
    if (emitter === 'twins') this.stats.twins = site.config.twins ? site.atlas.lines.length + site.atlas.notes.length : 0;
    if (emitter === 'graph') this.stats.graphFiles = planned;
  }

  async #allEmitters(): Promise<Emitter[]> {
    if (!this.#emitters) {
      this.#emitters = [
        pagesEmitter(await loadPageTemplates()),
        twinsEmitter(),
        graphEmitter({ onLayout: (layout) => (this.layout = layout) }),
        searchEmitter({ onIndexed: (documents) => (this.stats.searchDocuments = documents) }),
        assetsEmitter(),
      ];
    }
    return this.#emitters;
  }

  #setFiles(files: readonly VFile[]): void {
    this.files = this.#settingsFile ? [...files, this.#settingsFile] : [...files];
    this.diagnostics = collectDiagnostics(this.files);
  }

  /** What every output depends on besides records: the tool, the settings, the date ages are measured from. */
  #globalKey(): string {
    const site = this.site();
    const { notesDir, minify } = this.options;
    return createHash('sha1')
      .update(toolVersion())
      .update('\0')
      .update(JSON.stringify({ config: site.config, minify, notesDir: path.resolve(notesDir), referenceDate: site.referenceDate ?? null }))
      .digest('base64');
  }
}

/**
 * Delete the files `before` names that `after` does not (a record gone, a shard no longer made),
 * and the folders that leaves empty. Returns them, relative to the site folder.
 */
async function removeUnmade(outDir: string, before: ReadonlyMap<string, string[]>, after: ReadonlyMap<string, string[]>): Promise<string[]> {
  const kept = new Set([...after.values()].flat());
  const removed = [...new Set([...before.values()].flat())].filter((file) => !kept.has(file)).sort();
  const root = path.resolve(outDir);
  const folders = new Set<string>();
  for (const file of removed) {
    const full = path.resolve(root, file);
    if (!full.startsWith(root + path.sep)) continue;
    await rm(full, { force: true });
    for (let dir = path.dirname(full); dir.startsWith(root + path.sep); dir = path.dirname(dir)) folders.add(dir);
  }
  // Deepest first, so a parent is tried once its children are gone; a folder still in use stays.
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) await rmdir(dir).catch(() => undefined);
  return removed;
}

/** Markers of a folder a build wrote: only such a folder is ever emptied or updated. */
const MARKERS = ['index.html', 'assets/site.css', 'graph.json'];

async function isPreviousBuild(outDir: string): Promise<boolean> {
  try {
    await Promise.all(MARKERS.map((f) => access(path.join(outDir, f))));
    return true;
  } catch {
    return false;
  }
}

/**
 * Pages of renamed notes must not linger, but only a folder that holds a previous build is
 * emptied: never one that merely happens to be named as the output.
 */
async function removePreviousBuild(outDir: string): Promise<void> {
  if (await isPreviousBuild(outDir)) await rm(outDir, { recursive: true, force: true });
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
