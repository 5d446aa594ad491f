/**
 * What `npm run bench` is asked for: which corpus sizes, where results go, whether to drive the
 * browser. Sizes count inquiring lines; `full` is the library the issue describes.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Inquiring lines per corpus; notes, papers and collections scale with them. */
  sizes: number[];
  /** Folder for `<timestamp>.json` and `latest.json`. */
  out: string;
  /** Skip the headless Chromium measurements of `/network/`. */
  skipBrowser: boolean;
  /** Keep the generated corpora and built sites (printed), for a look afterwards. */
  keep: boolean;
  /** Corpus seed: same seed, same corpora, comparable runs. */
  seed: number;
  /** Skip `atlas build` twice with an edit between (two more builds per size). */
  skipWarm: boolean;
  /** Skip the Markdown-only corpus's parse rate. */
  skipMarkdown: boolean;
}

/** The full library: 6,000 lines (with 2,500 notes, 1,700 papers, 90 collections). */
export const FULL_SIZE = 6000;

export const defaultBenchOptions: BenchOptions = {
  sizes: [1000, 5000, FULL_SIZE],
  out: 'tools/bench/results',
  skipBrowser: false,
  keep: false,
  seed: 1,
  skipWarm: false,
  skipMarkdown: false,
};

export const BENCH_USAGE = `Usage: npm run bench -- [--sizes 1000,5000,full] [--out tools/bench/results] [--skip-browser] [--skip-warm] [--skip-markdown] [--keep]

Builds synthetic corpora of each size (inquiring lines; \`full\` = ${FULL_SIZE}) and prints, per size, the
time of each build stage, pages per second, peak memory, output size, the time bare Eleventy takes
for as many Markdown pages, Eleventy's paginated floor for as many pages (render ÷ floor), \`atlas build\`
run twice with one note edited between (unless --skip-warm), and (unless --skip-browser) /network/ in
headless Chromium; then, for the largest size, the parse rate of a corpus all in Markdown (unless
--skip-markdown). Writes
<out>/<timestamp>.json and <out>/latest.json, and compares with the previous latest.json.
`;

/** Parsed options, or the problems that stop them being parsed. */
export function parseBenchArgs(argv: readonly string[]): { options: BenchOptions } | { problems: string[]; help?: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string' },
        out: { type: 'string' },
        'skip-browser': { type: 'boolean', default: false },
        'skip-warm': { type: 'boolean', default: false },
        'skip-markdown': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  if (values.help) return { problems: [], help: true };
  const problems: string[] = [];
  const sizes = (values.sizes ?? '')
    .split(',')
    .filter((s) => s.trim() !== '')
    .map((s) => (s.trim() === 'full' ? FULL_SIZE : Number(s)));
  for (const size of sizes) if (!Number.isInteger(size) || size < 1 || size > 100_000) problems.push(`Unexpected size \`${size}\`, expected a whole number from 1 to 100000 or \`full\``);
  const seed = values.seed === undefined ? defaultBenchOptions.seed : Number(values.seed);
  if (!Number.isInteger(seed)) problems.push(`Unexpected seed \`${values.seed}\`, expected a whole number`);
  if (problems.length > 0) return { problems };
  return {
    options: {
      sizes: sizes.length > 0 ? sizes : defaultBenchOptions.sizes,
      out: values.out ?? defaultBenchOptions.out,
      skipBrowser: values['skip-browser'] ?? false,
      keep: values.keep ?? false,
      seed,
      skipWarm: values['skip-warm'] ?? false,
      skipMarkdown: values['skip-markdown'] ?? false,
    },
  };
}
