/**
 * The graph's data files, written with plain fs rather than as Eleventy pages (there is one per
 * record): `graph.json` for the network page, `<record url>graph.json` for each local graph.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Atlas } from '../model.ts';
import type { Layout } from '../layout/layout-graph.ts';
import { createNeighbourhoods, networkJson } from './graph-data.ts';

export async function writeGraphFiles(outDir: string, atlas: Atlas, layout: Layout): Promise<number> {
  await writeFile(path.join(outDir, 'graph.json'), networkJson(atlas.graph, layout));
  const neighbourhoodJson = createNeighbourhoods(atlas.graph, layout);
  const records = [...atlas.lines, ...atlas.notes, ...atlas.papers, ...atlas.collections];
  const dirs = new Set<string>();
  for (const record of records) {
    const dir = path.join(outDir, ...record.url.split('/').filter(Boolean));
    if (!dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
    await writeFile(path.join(dir, 'graph.json'), neighbourhoodJson(record.id));
  }
  return records.length + 1;
}
