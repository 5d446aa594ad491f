import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import { normalizeBaseUrl, normalizePathPrefix } from '../config/site-config.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { isReferenceDate } from '../config/read-site-config.ts';
import { DEFAULT_CACHE_DIR } from '../library/parse-cache.ts';
import { buildSite } from '../site/eleventy/build-site.ts';
import type { SitePipeline } from '../site/site-pipeline.ts';
import { exitCodeFor } from './exit-code.ts';
import { summarizeDiagnostics } from './format-diagnostics.ts';
import type { BuildReport } from './build-report.ts';
import { StageLines } from './build-report.ts';

const HELP = `Usage: atlas build [DIR] [options]

Build the site for the notes in DIR (default: seeds): pages, graph data, scripts, search index.
  --output DIR         where to write the site (default: _site)
  --path-prefix PATH   folder the site is served from, e.g. /atlas/ (default: from the config, else /)
  --base-url URL       absolute origin for canonical links, Open Graph tags, sitemap, feed and
                       Markdown twins, e.g. https://example.org
  --config FILE        settings file (default: DIR/atlas.config.yml)
  --today DATE         measure the age of claims from DATE (2026-05); default: the newest date
                       in the library, so rebuilds of the same notes are identical
  --no-cache           build everything afresh: parse every file and write every output. By
                       default the build cache (node_modules/.cache/atlas) keeps what each file
                       parsed to and what the last build into the same folder wrote, and a
                       build parses only the files that changed and writes only the outputs
                       whose inputs changed (the output is the same, byte for byte)
  --strict             exit 1 when any warning or error exists
  --quiet              print errors only, and the summary
  --json               print one JSON report (stages, counts, diagnostics) on stdout, nothing else

Each stage is printed with its count and time on stderr (a progress bar on a terminal), then
the diagnostics, then a one-line summary on stdout.
`;

export const BUILD_OPTIONS = {
  output: { type: 'string', short: 'o' },
  'path-prefix': { type: 'string' },
  'base-url': { type: 'string' },
  config: { type: 'string' },
  today: { type: 'string' },
  cache: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The settings the command line overrides; only those given. */
export function configOverrides(values: { 'path-prefix'?: string; 'base-url'?: string; today?: string }): Partial<SiteConfig> {
  const overrides: Partial<SiteConfig> = {};
  if (values.today !== undefined) overrides.today = values.today;
  if (values['path-prefix'] !== undefined) overrides.pathPrefix = normalizePathPrefix(values['path-prefix']);
  if (values['base-url'] !== undefined) overrides.baseUrl = normalizeBaseUrl(values['base-url']);
  return overrides;
}

/** A path as the user would type it: relative when below the working directory, else absolute. */
export function displayPath(target: string): string {
  const relative = path.relative(process.cwd(), path.resolve(target));
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(target) : relative;
}

/** The notes folder, or a message saying why it cannot be one. */
export async function checkNotesDir(dir: string): Promise<string | undefined> {
  try {
    if ((await stat(dir)).isDirectory()) return undefined;
    return `Unexpected file \`${dir}\`, expected a folder of notes`;
  } catch {
    return `Unexpected missing folder \`${dir}\`, expected a folder of notes`;
  }
}

export async function buildCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...BUILD_OPTIONS, json: { type: 'boolean' } } });
  } catch (error) {
    process.stderr.write(`atlas build: ${(error as Error).message}\n\n${HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const notesDir = positionals[0] ?? 'seeds';
  const outDir = values.output ?? '_site';
  const problem = (await checkNotesDir(notesDir)) ?? checkToday(values.today);
  if (problem) {
    process.stderr.write(`atlas build: ${problem}\n`);
    return 1;
  }
  const json = values.json ?? false;
  const quiet = values.quiet ?? false;
  const progress = new StageLines({ lines: !json && !quiet, bar: process.stderr.isTTY === true && !json && !quiet });
  const started = performance.now();
  let session;
  try {
    session = await buildSite({ notesDir, outDir, configFile: values.config, overrides: configOverrides(values), progress, ...cacheOption(values) });
  } catch (error) {
    process.stderr.write(`atlas build: the build failed: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
  const exitCode = session.buildErrors.length > 0 ? 1 : exitCodeFor(session.diagnostics, values.strict ?? false);
  const milliseconds = Math.round(performance.now() - started);
  if (json) {
    process.stdout.write(JSON.stringify(buildReport(session, progress, { notesDir, exitCode, milliseconds }), null, 2) + '\n');
    return exitCode;
  }
  const report = reporter(session.files, { quiet: true, silent: quiet });
  if (report) process.stderr.write(report + '\n');
  for (const message of session.buildErrors) process.stderr.write(`atlas build: ${message}\n`);
  const seconds = (milliseconds / 1000).toFixed(1);
  process.stdout.write(`Built ${session.stats.records} records into ${displayPath(session.options.outDir)} in ${seconds}s (${summarizeDiagnostics(session.diagnostics, noteFileCount(session))})\n`);
  return exitCode;
}

/** The build cache's folder, unless `--no-cache` (`--cache` is the default, accepted for scripts). */
export function cacheOption(values: { cache?: boolean; 'no-cache'?: boolean }): { cacheDir?: string } {
  return values['no-cache'] ? {} : { cacheDir: path.resolve(DEFAULT_CACHE_DIR) };
}

export function checkToday(today: string | undefined): string | undefined {
  if (today === undefined || isReferenceDate(today)) return undefined;
  return `Unexpected \`--today ${today}\`, expected a date like 2026-05 or 2026-05-31`;
}

function noteFileCount(session: SitePipeline): number {
  return session.files.filter((f) => f.value !== undefined).length;
}

/** The report `--json` prints: what the maintainer sees, for scripts. */
export function buildReport(session: SitePipeline, progress: StageLines, run: { notesDir: string; exitCode: number; milliseconds: number }): BuildReport {
  const { lines, notes, papers, collections } = session.site().atlas;
  const count = (severity: string) => session.diagnostics.filter((d) => d.severity === severity).length;
  return {
    notesDir: run.notesDir,
    outDir: session.options.outDir,
    exitCode: run.exitCode,
    stages: progress.stages,
    counts: {
      files: noteFileCount(session),
      records: session.stats.records,
      lines: lines.length,
      notes: notes.length,
      papers: papers.length,
      collections: collections.length,
      pages: session.stats.pages,
      twins: session.stats.twins,
      graphFiles: session.stats.graphFiles,
      searchDocuments: session.stats.searchDocuments,
    },
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    diagnostics: session.diagnostics,
    buildErrors: session.buildErrors,
    milliseconds: run.milliseconds,
    pipeline: {
      incremental: session.incremental,
      fingerprints: Math.round(session.fingerprintMilliseconds),
      emitters: session.emitterTimings.map((t) => ({ ...t, plan: Math.round(t.plan), write: Math.round(t.write) })),
    },
  };
}
