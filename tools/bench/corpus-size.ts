/**
 * A corpus of N inquiring lines with the full library's proportions: 2,500 notes, 1,700 papers and
 * 90 collections per 6,000 lines, so every size has the same shape and only the scale changes.
 */
import { DEFAULT_CORPUS_OPTIONS } from '../corpus/options.ts';
import type { CorpusOptions } from '../corpus/options.ts';
import { FULL_SIZE } from './options.ts';

export function corpusOptionsFor(lines: number, seed: number): CorpusOptions {
  const scale = (full: number) => Math.max(1, Math.round((full * lines) / FULL_SIZE));
  return {
    ...DEFAULT_CORPUS_OPTIONS,
    lines,
    notes: scale(DEFAULT_CORPUS_OPTIONS.notes),
    papers: scale(DEFAULT_CORPUS_OPTIONS.papers),
    collections: scale(DEFAULT_CORPUS_OPTIONS.collections),
    seed,
  };
}

/** `1000`, `5000`, `full (6000)`. */
export function sizeLabel(lines: number): string {
  return lines === FULL_SIZE ? `full (${lines})` : String(lines);
}
