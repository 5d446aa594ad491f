/**
 * The corpus as text: the plan rendered file by file, each from its own random stream (keyed by
 * its path), so a file's text depends only on the options, never on generation order.
 */
import { renderLineExport, renderNoteExport } from './export-format.ts';
import { renderLineMarkdown, renderNoteMarkdown } from './markdown-format.ts';
import { DEFAULT_CORPUS_OPTIONS, type CorpusOptions } from './options.ts';
import type { CorpusPlan, FilePlan } from './corpus-plan.ts';
import { planCorpus } from './plan-corpus.ts';
import { applyQuirks } from './quirks.ts';
import { toObsidianVault } from './obsidian-vault.ts';
import { randomFor } from './random.ts';

export interface CorpusFile {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  text: string;
}

export function renderFile(seed: number, file: FilePlan): CorpusFile {
  const r = randomFor(seed, 'text', file.path);
  const text =
    file.kind === 'inquiring-line'
      ? file.format === 'markdown'
        ? renderLineMarkdown(r, file)
        : renderLineExport(r, file)
      : file.format === 'markdown'
        ? renderNoteMarkdown(r, file)
        : renderNoteExport(r, file);
  return { path: file.path, text: applyQuirks(randomFor(seed, 'quirks', file.path), text, file.quirks) };
}

/** Every file of `plan`, sorted by path. */
export function renderCorpus(plan: CorpusPlan): CorpusFile[] {
  const files: FilePlan[] = [...plan.lines, ...plan.noteFiles];
  const rendered = files.map((f) => renderFile(plan.options.seed, f)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return plan.options.obsidianShare > 0 ? toObsidianVault(plan, rendered) : rendered;
}

/** The synthetic corpus for `options` (defaults: the benchmark size); same options, same files. */
export function generateCorpus(options: Partial<CorpusOptions> = {}): CorpusFile[] {
  return renderCorpus(planCorpus({ ...DEFAULT_CORPUS_OPTIONS, ...options }));
}
