/**
 * The graph's data files, written with plain fs rather than as Eleventy pages (there is one per
 * record): `graph.json` for the network page, `<record url>graph.json` for each local graph.
 *
 * Each file goes into its record's page folder, which Eleventy has made already (see
 * `write-into-folder.ts`). Writes run a few at a time, so the disk works while the next file is
 * made.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Atlas } from '../model.ts';
import type { Layout } from '../layout/layout-graph.ts';
import { createNeighbourhoods, networkJson } from './graph-data.ts';
import { writeIntoFolder } from './write-into-folder.ts';

/** Files in flight at once. */
const CONCURRENT_WRITES = 32;

export async function writeGraphFiles(outDir: string, atlas: Atlas, layout: Layout): Promise<number> {
  await writeFile(path.join(outDir, 'graph.json'), networkJson(atlas.graph, layout));
  const neighbourhoodJson = createNeighbourhoods(atlas.graph, layout);
  const records = [...atlas.lines, ...atlas.notes, ...atlas.papers, ...atlas.collections];
  let next = 0;
  const worker = async () => {
    while (next < records.length) {
      const record = records[next++]!;
      await writeIntoFolder(path.join(outDir, ...record.url.split('/').filter(Boolean), 'graph.json'), neighbourhoodJson(record.id));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_WRITES }, worker));
  return records.length + 1;
}
