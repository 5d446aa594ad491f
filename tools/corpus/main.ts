/**
 * `npm run corpus -- --lines 6000 --notes 2500 --papers 1700 --collections 90 --seed 1 --out DIR`:
 * generates the synthetic benchmark corpus into DIR. Returns the exit code (0 done, 1 could not
 * write, 2 bad arguments).
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { checkCorpusOptions, DEFAULT_CORPUS_OPTIONS, type CorpusOptions } from './options.ts';
import { writeCorpus } from './write-corpus.ts';

const USAGE = `Usage: corpus --out DIR [--lines N] [--notes N] [--papers N] [--collections N] [--seed N]
              [--markdown-share F] [--stub-share F] [--obsidian-share F] [--force]

Writes a deterministic synthetic corpus of inquiring lines and concept notes into DIR.
  --lines N            inquiring line files (default ${DEFAULT_CORPUS_OPTIONS.lines})
  --notes N            distinct note titles, ~35% only cited (default ${DEFAULT_CORPUS_OPTIONS.notes})
  --papers N           distinct arXiv ids cited by prompts (default ${DEFAULT_CORPUS_OPTIONS.papers})
  --collections N      collection names (default ${DEFAULT_CORPUS_OPTIONS.collections})
  --seed N             same options and seed give byte-identical files (default ${DEFAULT_CORPUS_OPTIONS.seed})
  --markdown-share F   share of files as Markdown with front matter (default ${DEFAULT_CORPUS_OPTIONS.markdownShare})
  --stub-share F       share of note titles never written (default ${DEFAULT_CORPUS_OPTIONS.stubShare})
  --obsidian-share F   share of Markdown notes written as in an Obsidian vault: folders,
                       wikilinks of every form, embeds, callouts, tables, images (default 0)
  --force              replace DIR's contents if it is not empty
`;

function number(value: string | undefined, fallback: number): number {
  return value === undefined ? fallback : value.trim() === '' ? Number.NaN : Number(value);
}

export function main(argv: readonly string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string' },
        lines: { type: 'string' },
        notes: { type: 'string' },
        papers: { type: 'string' },
        collections: { type: 'string' },
        seed: { type: 'string' },
        'markdown-share': { type: 'string' },
        'stub-share': { type: 'string' },
        'obsidian-share': { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const d = DEFAULT_CORPUS_OPTIONS;
  const options: CorpusOptions = {
    lines: number(values.lines, d.lines),
    notes: number(values.notes, d.notes),
    papers: number(values.papers, d.papers),
    collections: number(values.collections, d.collections),
    seed: number(values.seed, d.seed),
    markdownShare: number(values['markdown-share'], d.markdownShare),
    stubShare: number(values['stub-share'], d.stubShare),
    obsidianShare: number(values['obsidian-share'], d.obsidianShare),
  };
  const problems = checkCorpusOptions(options);
  if (values.out === undefined) problems.unshift('--out DIR is required');
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n\n${USAGE}`);
    return 2;
  }
  const files = generateCorpus(options);
  try {
    const result = writeCorpus(values.out as string, files, { replace: values.force });
    const mb = (result.bytes / 1e6).toFixed(1);
    process.stdout.write(`Wrote ${result.files} files (${mb} MB) to ${values.out}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
}
