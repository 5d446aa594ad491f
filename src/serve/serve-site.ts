/**
 * `atlas serve` after its first build: Eleventy's dev server on the built site (live reload, DOM
 * diffing of the page in view), the notes folder watched, and each edit applied by the build's
 * own pipeline (`SitePipeline.update`: only the outputs whose inputs changed are written), then
 * the browser told. The rest (twins, graph file, search index) is written in the background
 * before the next edit is taken in.
 */
import path from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import type { SitePipeline } from '../site/site-pipeline.ts';
import type { SiteUpdate } from '../site/site-pipeline.ts';
import { watchNotes } from './watch-notes.ts';

export interface ServeSiteOptions {
  port: number;
  pathPrefix: string;
  onServing: (url: string) => void;
  /** After each edit's pages are written and the browser told. */
  onUpdate: (update: SiteUpdate, paths: readonly string[]) => void;
  onError: (message: string) => void;
}

export const defaultServeSiteOptions: ServeSiteOptions = {
  port: 8080,
  pathPrefix: '/',
  onServing: () => {},
  onUpdate: () => {},
  onError: () => {},
};

export interface ServedSite {
  /** Where it is served, e.g. `http://localhost:8080/`. */
  url: string;
  close(): Promise<void>;
}

export async function serveSite(pipeline: SitePipeline, options: Partial<ServeSiteOptions> = {}): Promise<ServedSite> {
  const o = { ...defaultServeSiteOptions, ...options };
  const { outDir, notesDir } = pipeline.options;
  let url = '';
  const server = EleventyDevServer.getServer('atlas', outDir, {
    pathPrefix: o.pathPrefix,
    domDiff: true,
    showVersion: false,
    messageOnStart: ({ localhostUrl }: { localhostUrl: string }) => ((url = localhostUrl), o.onServing(localhostUrl), false),
    logger: { info: () => {}, log: () => {}, error: (message: string) => o.onError(message) },
  });
  server.serve(o.port);
  await server.ready();

  let updating: Promise<unknown> = Promise.resolve();
  const watcher = watchNotes(notesDir, async (paths) => {
    try {
      const update = await pipeline.update(paths);
      const pages = update.written.filter((file) => file.endsWith('.html'));
      server.reloadFiles((pages.length > 0 ? pages : update.written).map((file) => path.join(outDir, file)));
      o.onUpdate(update, paths);
      // The watcher hands over the next edit only after this one's files are all written.
      updating = update.background;
      await updating;
    } catch (error) {
      o.onError(`The update failed: ${(error as Error).stack ?? String(error)}`);
    }
  });
  // An edit saved before the folder is scanned would be missed.
  await watcher.ready;

  return {
    url,
    async close() {
      await watcher.close();
      await updating.catch(() => undefined);
      await server.close();
    },
  };
}
