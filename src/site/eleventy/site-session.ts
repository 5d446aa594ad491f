/**
 * One site build's state, shared by a single build and by `atlas serve`'s rebuilds: before
 * Eleventy renders, (re)load the settings and the notes; after it has written the pages, write
 * the graph files, the scripts, the static assets and the search index.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import type { BuiltAtlas } from '../../library/library.ts';
import { Library } from '../../library/library.ts';
import { ParseCache } from '../../library/parse-cache.ts';
import type { Diagnostic } from '../../model.ts';
import { collectDiagnostics } from '../../diagnostics.ts';
import type { Layout } from '../../layout/layout-graph.ts';
import type { SiteConfig } from '../../config/site-config.ts';
import { readSiteConfig } from '../../config/read-site-config.ts';
import { bundleClient, CLIENT_ENTRIES } from '../outputs/bundle-client.ts';
import { copyPublic } from '../outputs/copy-public.ts';
import { copyAttachments } from '../outputs/attachments.ts';
import { copyMermaid } from '../render/mermaid.ts';
import { reportUnsafeUrls } from '../data/report-unsafe-urls.ts';
import { SiteData } from '../data/site-data.ts';
import { writeDataFiles } from '../outputs/write-data-files.ts';
import type { BuildProgress } from '../../library/build-progress.ts';
import { silentProgress } from '../../library/build-progress.ts';

export interface SiteSessionOptions {
  notesDir: string;
  outDir: string;
  /** A config file other than `<notesDir>/atlas.config.yml`. */
  configFile?: string;
  /** Settings from the command line; they win over the config file. */
  overrides: Partial<SiteConfig>;
  minify: boolean;
  /** A ready-made atlas instead of the notes folder's (tests); the session's `Library` adopts it. */
  load?: (notesDir: string, progress: BuildProgress, config: SiteConfig) => Promise<BuiltAtlas>;
  /** Told of every stage as it runs (the command line's stage lines and progress bar). */
  progress: BuildProgress;
  /** Where parsed documents are kept between builds (`library/parse-cache.ts`); none: parse every file. */
  cacheDir?: string;
}

export const defaultSiteSessionOptions: Omit<SiteSessionOptions, 'notesDir' | 'outDir'> = {
  overrides: {},
  minify: true,
  progress: silentProgress,
};

export const REPO_DIR = fileURLToPath(new URL('../../../', import.meta.url));
export const TEMPLATES_DIR = path.join(REPO_DIR, 'templates');
export const PUBLIC_DIR = path.join(REPO_DIR, 'public');

export interface SiteStats {
  records: number;
  /** Files Eleventy wrote: HTML pages, the feed, the sitemap. */
  pages: number;
  /** Markdown twins of line and note pages. */
  twins: number;
  graphFiles: number;
  /** Records in the search index: one document each. */
  searchDocuments: number;
}

export class SiteSession {
  readonly options: SiteSessionOptions;
  #site?: SiteData;
  files: VFile[] = [];
  diagnostics: Diagnostic[] = [];
  /** The notes folder, read, parsed and resolved; `atlas serve` updates it after each edit. */
  readonly library: Library;
  /** The notes as last loaded (documents included). */
  built?: BuiltAtlas;
  /** The graph's layout as last computed. */
  layout?: Layout;
  /** Problems of the build itself (not of the notes): a failed bundle or search index. */
  buildErrors: string[] = [];
  stats: SiteStats = { records: 0, pages: 0, twins: 0, graphFiles: 0, searchDocuments: 0 };

  constructor(options: Pick<SiteSessionOptions, 'notesDir' | 'outDir'> & Partial<SiteSessionOptions>) {
    this.options = { ...defaultSiteSessionOptions, ...options };
    const { notesDir, cacheDir } = this.options;
    this.library = new Library(notesDir, cacheDir ? { cache: new ParseCache(cacheDir, notesDir) } : {});
  }
  /** Note files the last load parsed; the others came from the parse cache. */
  parsedFiles = 0;

  /** The data every template renders from; only valid after `load()`. */
  site(): SiteData {
    if (!this.#site) throw new Error('SiteSession.site() called before load()');
    return this.#site;
  }

  async load(): Promise<void> {
    const { notesDir, configFile, overrides } = this.options;
    const { config, file: configVFile } = await readSiteConfig(notesDir, configFile);
    const { progress } = this.options;
    const { load } = this.options;
    const settings = { ...config, ...definedOnly(overrides) };
    const built = load ? this.library.adopt(await load(notesDir, progress, settings)) : await this.library.load(progress, { vault: settings.vault, ignore: settings.ignore });
    this.parsedFiles = 'parsed' in built && typeof built.parsed === 'number' ? built.parsed : 0;
    this.built = built;
    reportUnsafeUrls(built.atlas, built.files);
    this.files = configVFile ? [...built.files, configVFile] : [...built.files];
    this.diagnostics = collectDiagnostics(this.files);
    this.#site = new SiteData(built.atlas, settings);
    this.buildErrors = [];
    this.#rendered = 0;
    progress.start('render', this.#site.records.size + SINGLE_PAGES);
  }

  /** `atlas serve` applied an edit (see `site-updater.ts`): the data the pages now render from. */
  updated(site: SiteData, files: VFile[]): void {
    this.#site = site;
    this.files = files;
    this.diagnostics = collectDiagnostics(files);
    this.stats = { ...this.stats, records: site.records.size };
  }

  /** Eleventy rendered one more page (its transforms run once per output file). */
  pageRendered(): void {
    this.options.progress.advance('render', ++this.#rendered);
  }
  #rendered = 0;

  /** Eleventy has written the pages, `pages` of them, into `outDir`. */
  rendered(outDir: string, pages: number | undefined): void {
    this.#renderedInto = { outDir, pages: pages ?? this.#rendered };
  }
  #renderedInto?: { outDir: string; pages: number };

  /** Everything after Eleventy: graph files, scripts, stylesheet, search index. */
  async finish(outDir: string = this.#renderedInto?.outDir ?? this.options.outDir, pages: number = this.#renderedInto?.pages ?? this.#rendered): Promise<void> {
    const { minify, progress } = this.options;
    const site = this.site();
    progress.end('render', pages);
    const data = await writeDataFiles(outDir, site, progress);
    this.buildErrors.push(...data.errors);
    this.layout = data.layout;
    progress.start('assets');
    try {
      await bundleClient(path.join(outDir, 'assets'), { entries: CLIENT_ENTRIES, minify });
    } catch (error) {
      this.buildErrors.push(`Bundling the browser scripts failed: ${(error as Error).message}`);
    }
    await copyPublic(PUBLIC_DIR, outDir, { minify });
    await copyAttachments(this.options.notesDir, outDir, site.atlas.attachments ?? []);
    await copyMermaid(outDir, site);
    progress.end('assets', CLIENT_ENTRIES.length);
    const { twins, graphFiles, searchDocuments } = data;
    this.stats = { records: site.records.size, pages, twins, graphFiles, searchDocuments };
  }
}

/** Pages that are not one per record: home, collections, papers, stale, search, network, 404, feed, sitemap. */
const SINGLE_PAGES = 9;

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
