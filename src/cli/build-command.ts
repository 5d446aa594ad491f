import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import { normalizeBaseUrl, normalizePathPrefix } from '../config/site-config.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { buildSite } from '../site/build-site.ts';
import { exitCodeFor } from './exit-code.ts';
import { summarizeDiagnostics } from './format-diagnostics.ts';

const HELP = `Usage: atlas build [DIR] [options]

Build the site for the notes in DIR (default: seeds): pages, graph data, scripts, search index.
  --output DIR         where to write the site (default: _site)
  --path-prefix PATH   folder the site is served from, e.g. /atlas/ (default: from the config, else /)
  --base-url URL       absolute origin for canonical links, sitemap and feed, e.g. https://example.org
  --config FILE        settings file (default: DIR/atlas.config.yml)
  --strict             exit 1 when any warning or error exists
  --quiet              print errors only, and the summary
`;

export const BUILD_OPTIONS = {
  output: { type: 'string', short: 'o' },
  'path-prefix': { type: 'string' },
  'base-url': { type: 'string' },
  config: { type: 'string' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The settings the command line overrides; only those given. */
export function configOverrides(values: { 'path-prefix'?: string; 'base-url'?: string }): Partial<SiteConfig> {
  const overrides: Partial<SiteConfig> = {};
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
    parsed = parseArgs({ args: argv, allowPositionals: true, options: BUILD_OPTIONS });
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
  const problem = await checkNotesDir(notesDir);
  if (problem) {
    process.stderr.write(`atlas build: ${problem}\n`);
    return 1;
  }
  const started = performance.now();
  let session;
  try {
    session = await buildSite({ notesDir, outDir, configFile: values.config, overrides: configOverrides(values) });
  } catch (error) {
    process.stderr.write(`atlas build: the build failed: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
  const report = reporter(session.files, { quiet: true, silent: values.quiet ?? false });
  if (report) process.stderr.write(report + '\n');
  for (const message of session.buildErrors) process.stderr.write(`atlas build: ${message}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const notesFiles = session.files.filter((f) => f.value !== undefined).length;
  process.stdout.write(
    `Built ${session.stats.records} records into ${displayPath(session.options.outDir)} in ${seconds}s (${summarizeDiagnostics(session.diagnostics, notesFiles)})\n`,
  );
  return session.buildErrors.length > 0 ? 1 : exitCodeFor(session.diagnostics, values.strict ?? false);
}
