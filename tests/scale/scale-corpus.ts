/**
 * The corpus the scale tests build: the benchmark's shape (`corpusOptionsFor`) at 200 inquiring
 * lines, about 290 files and 500 pages, written to a fresh temporary folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { corpusOptionsFor } from '../../tools/bench/corpus-size.ts';
import { generateCorpus, writeCorpus } from '../../tools/corpus/index.ts';

export const SCALE_LINES = 200;

export interface ScaleCorpus {
  dir: string;
  files: number;
  remove(): Promise<void>;
}

export async function writeScaleCorpus(lines = SCALE_LINES, seed = 1): Promise<ScaleCorpus> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-scale-'));
  const dir = path.join(root, 'notes');
  const { files } = writeCorpus(dir, generateCorpus(corpusOptionsFor(lines, seed)), { replace: false });
  return { dir, files, remove: () => rm(root, { recursive: true, force: true }) };
}
