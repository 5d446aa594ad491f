/**
 * The files a build writes beside Eleventy's pages, all from the records and none read by
 * Eleventy: the graph's layout and its graph files, the Markdown twins with `llms.txt`, and the
 * search index. The same steps run in the build's own thread or, for a large library, in a thread
 * of their own while Eleventy renders (see `data-files-thread.ts`).
 */
import type { Layout } from '../../layout/layout-graph.ts';
import { layoutGraph } from '../../layout/layout-graph.ts';
import type { BuildProgress } from '../../library/build-progress.ts';
import { writeSearchIndex } from './search-index.ts';
import type { SiteData } from '../data/site-data.ts';
import { writeGraphFiles } from './write-graph-files.ts';
import { writeLlmFiles } from './write-llm-files.ts';

export interface DataFilesResult {
  layout: Layout;
  twins: number;
  graphFiles: number;
  searchDocuments: number;
  /** Problems of the build itself, as build errors. */
  errors: string[];
}

export async function writeDataFiles(outDir: string, site: SiteData, progress: BuildProgress): Promise<DataFilesResult> {
  const { lines, notes, graph } = site.atlas;
  const errors: string[] = [];
  progress.start('layout');
  const layout = layoutGraph(graph);
  progress.end('layout', graph.nodes.length);
  progress.start('twins', lines.length + notes.length);
  const twins = await writeLlmFiles(outDir, site, { onProgress: (done) => progress.advance('twins', done) });
  progress.end('twins', twins);
  progress.start('graph', site.records.size + 1);
  const graphFiles = await writeGraphFiles(outDir, site.atlas, layout);
  progress.end('graph', graphFiles);
  progress.start('index');
  let searchDocuments = 0;
  try {
    searchDocuments = writeSearchIndex(outDir, site.atlas);
  } catch (error) {
    errors.push(`Search index: ${(error as Error).message}`);
  }
  progress.end('index', searchDocuments);
  return { layout, twins, graphFiles, searchDocuments, errors };
}
