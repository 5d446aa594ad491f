/**
 * One site build's state, shared by a single build and by `atlas serve`'s rebuilds: before
 * Eleventy renders, (re)load the settings and the notes; after it has written the pages, write
 * the graph files, the scripts, the static assets and the search index.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import type { BuiltAtlas } from '../atlas.ts';
import type { Diagnostic } from '../model.ts';
import { collectDiagnostics } from '../diagnostics.ts';
import { layoutGraph } from '../layout/layout-graph.ts';
import type { Layout } from '../layout/layout-graph.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { readSiteConfig } from '../config/read-site-config.ts';
import { bundleClient, CLIENT_ENTRIES } from './bundle-client.ts';
import { copyPublic } from './copy-public.ts';
import { reportUnsafeUrls } from './report-unsafe-urls.ts';
import { writeSearchIndex } from './search-index.ts';
import { SiteData } from './site-data.ts';
import { writeGraphFiles } from './write-graph-files.ts';

export interface SiteSessionOptions {
  notesDir: string;
  outDir: string;
  /** A config file other than `<notesDir>/atlas.config.yml`. */
  configFile?: string;
  /** Settings from the command line; they win over the config file. */
  overrides: Partial<SiteConfig>;
  minify: boolean;
  /** How the notes become an atlas; tests hand in a ready-made one. */
  load: (notesDir: string) => Promise<BuiltAtlas>;
}

export const defaultSiteSessionOptions: Omit<SiteSessionOptions, 'notesDir' | 'outDir'> = {
  overrides: {},
  minify: true,
  // Imported on use, so a session built over a ready-made atlas does not load the parser.
  load: async (notesDir) => (await import('../load/load-atlas.ts')).loadAtlas(notesDir),
};

export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATES_DIR = path.join(REPO_DIR, 'templates');
export const PUBLIC_DIR = path.join(REPO_DIR, 'public');

export interface SiteStats {
  records: number;
  graphFiles: number;
  searchPages: number;
}

export class SiteSession {
  readonly options: SiteSessionOptions;
  #site?: SiteData;
  #layout?: Layout;
  files: VFile[] = [];
  diagnostics: Diagnostic[] = [];
  /** Problems of the build itself (not of the notes): a failed bundle or search index. */
  buildErrors: string[] = [];
  stats: SiteStats = { records: 0, graphFiles: 0, searchPages: 0 };

  constructor(options: Pick<SiteSessionOptions, 'notesDir' | 'outDir'> & Partial<SiteSessionOptions>) {
    this.options = { ...defaultSiteSessionOptions, ...options };
  }

  /** The data every template renders from; only valid after `load()`. */
  site(): SiteData {
    if (!this.#site) throw new Error('SiteSession.site() called before load()');
    return this.#site;
  }

  async load(): Promise<void> {
    const { notesDir, configFile, overrides } = this.options;
    const { config, file: configVFile } = await readSiteConfig(notesDir, configFile);
    const built = await this.options.load(notesDir);
    reportUnsafeUrls(built.atlas, built.files);
    this.files = configVFile ? [...built.files, configVFile] : [...built.files];
    this.diagnostics = collectDiagnostics(this.files);
    this.#layout = layoutGraph(built.atlas.graph);
    this.#site = new SiteData(built.atlas, { ...config, ...definedOnly(overrides) });
    this.buildErrors = [];
  }

  /** Everything after Eleventy: graph files, scripts, stylesheet, search index. */
  async finish(outDir: string = this.options.outDir): Promise<void> {
    const { minify } = this.options;
    const site = this.site();
    const graphFiles = await writeGraphFiles(outDir, site.atlas, this.#layout!);
    try {
      await bundleClient(path.join(outDir, 'assets'), { entries: CLIENT_ENTRIES, minify });
    } catch (error) {
      this.buildErrors.push(`Bundling the browser scripts failed: ${(error as Error).message}`);
    }
    await copyPublic(PUBLIC_DIR, outDir, { minify });
    const search = await writeSearchIndex(outDir, site.config.language);
    this.buildErrors.push(...search.errors.map((e) => `Search index: ${e}`));
    const { lines, notes, papers, collections } = site.atlas;
    this.stats = { records: lines.length + notes.length + papers.length + collections.length, graphFiles, searchPages: search.pages };
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
