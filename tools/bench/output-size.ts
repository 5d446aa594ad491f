/**
 * How much a build wrote: every file, the search index apart, and the network's `graph.json`
 * raw and gzipped (as a server would send it).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isSearchIndexFile } from '../../src/site/outputs/search-index.ts';

export interface OutputSize {
  files: number;
  bytes: number;
  /** Everything but the search index (`search/index.json` and its shards). */
  bytesWithoutSearch: number;
  searchBytes: number;
  graphJsonBytes: number;
  graphJsonGzipBytes: number;
}

export async function measureOutput(outDir: string): Promise<OutputSize> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  let files = 0;
  let bytes = 0;
  let searchBytes = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const size = (await stat(full)).size;
    files++;
    bytes += size;
    if (isSearchIndexFile(path.relative(outDir, full).split(path.sep).join('/'))) searchBytes += size;
  }
  const graph = await readFile(path.join(outDir, 'graph.json')).catch(() => Buffer.alloc(0));
  return {
    files,
    bytes,
    bytesWithoutSearch: bytes - searchBytes,
    searchBytes,
    graphJsonBytes: graph.length,
    graphJsonGzipBytes: graph.length > 0 ? gzipSync(graph).length : 0,
  };
}
