/**
 * The graph's data file, `graph.json` for the network page, written with plain fs rather than as
 * an Eleventy page. The local graphs have no files: each record page carries its own data inline
 * (`local-graph-data.ts`), which at full size saved 11,000 files of 140 MB.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Atlas } from '../../model.ts';
import type { Layout } from '../../layout/layout-graph.ts';
import { networkJson } from '../../wire/graph-data.ts';

export async function writeGraphFiles(outDir: string, atlas: Atlas, layout: Layout): Promise<number> {
  await writeFile(path.join(outDir, 'graph.json'), networkJson(atlas.graph, layout));
  return 1;
}
