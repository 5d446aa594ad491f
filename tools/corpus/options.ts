/** What the corpus generator is asked for. */
export interface CorpusOptions {
  /** Inquiring line files. */
  lines: number;
  /** Distinct note titles; `stubShare` of them are only cited, never written. */
  notes: number;
  /** Distinct arXiv ids the research prompts cite. */
  papers: number;
  /** Distinct collection names. */
  collections: number;
  seed: number;
  /** Share of files written as Markdown with YAML front matter rather than in the export format. */
  markdownShare: number;
  /** Share of note titles that are cited but have no file of their own (they become stubs). */
  stubShare: number;
  /** Share of Markdown note files written as in an Obsidian vault (`obsidian-vault.ts`). */
  obsidianShare: number;
}

/** The benchmark size (`npm run corpus -- --out DIR`). */
export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  lines: 6000,
  notes: 2500,
  papers: 1700,
  collections: 90,
  seed: 1,
  markdownShare: 0.1,
  stubShare: 0.35,
  obsidianShare: 0,
};

/** Upper bounds that keep generation finite (the arXiv id space, the title space). */
export const CORPUS_LIMITS = {
  lines: 200_000,
  notes: 200_000,
  papers: 1_000_000,
  collections: 10_000,
} as const;

/** Reasons `options` cannot be generated; empty when they can. */
export function checkCorpusOptions(options: CorpusOptions): string[] {
  const problems: string[] = [];
  for (const key of ['lines', 'notes', 'papers', 'collections'] as const) {
    const value = options[key];
    if (!Number.isInteger(value) || value < 0 || value > CORPUS_LIMITS[key]) {
      problems.push(`--${key} must be an integer from 0 to ${CORPUS_LIMITS[key]}, got ${value}`);
    }
  }
  if (!Number.isInteger(options.seed)) problems.push(`--seed must be an integer, got ${options.seed}`);
  for (const key of ['markdownShare', 'stubShare', 'obsidianShare'] as const) {
    const value = options[key];
    if (!(value >= 0 && value <= 1)) problems.push(`${key} must be between 0 and 1, got ${value}`);
  }
  if (options.notes > 0 && options.collections < 1) problems.push('--collections must be at least 1 when there are notes');
  if (options.lines > 0 && options.notes < 1) problems.push('--notes must be at least 1 when there are lines');
  if (options.lines > 0 && options.papers < 1) problems.push('--papers must be at least 1 when there are lines');
  return problems;
}
