import { parseArgs } from 'node:util';
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import { readSiteConfig } from '../config/read-site-config.ts';
import { buildSite } from '../site/eleventy/build-site.ts';
import { serveSite } from '../serve/serve-site.ts';
import { StageLines } from './build-report.ts';
import { BUILD_OPTIONS, cacheOption, checkNotesDir, checkToday, configOverrides, displayPath } from './build-command.ts';
import { summarizeDiagnostics } from './format-diagnostics.ts';

const HELP = `Usage: atlas serve [DIR] [options]

Build the site for the notes in DIR (default: seeds), serve it on localhost with live reload,
and, whenever a file in DIR changes, read that file again and write again only the outputs it
changed (the pages at once, the twins, graph file and search index just after). Stop with Ctrl-C.
  --port N             port to listen on (default: 8080; the next free one if taken)
  --output DIR         where to write the site (default: _site)
  --path-prefix PATH   serve under this folder, e.g. /atlas/
  --base-url URL       absolute origin for canonical links, sitemap and feed
  --config FILE        settings file (default: DIR/atlas.config.yml)
  --today DATE         measure the age of claims from DATE (2026-05)
  --no-cache           parse every file and write every output of the first build afresh
  --quiet              print errors only, and the summary
`;

export async function serveCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...BUILD_OPTIONS, port: { type: 'string', short: 'p' } } });
  } catch (error) {
    process.stderr.write(`atlas serve: ${(error as Error).message}\n\n${HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`atlas serve: Unexpected port \`${values.port}\`, expected a number from 0 to 65535\n`);
    return 1;
  }
  const notesDir = path.resolve(positionals[0] ?? 'seeds');
  const problem = (await checkNotesDir(notesDir)) ?? checkToday(values.today);
  if (problem) {
    process.stderr.write(`atlas serve: ${problem}\n`);
    return 1;
  }
  const overrides = configOverrides(values);
  // The dev server needs the path prefix before the first build reads the settings.
  const { config } = await readSiteConfig(notesDir, values.config);
  const pathPrefix = overrides.pathPrefix ?? config.pathPrefix;

  const outDir = path.resolve(values.output ?? '_site');
  const quiet = values.quiet ?? false;
  const progress = new StageLines({ lines: !quiet, bar: process.stderr.isTTY === true && !quiet });
  let session;
  try {
    session = await buildSite({ notesDir, outDir, configFile: values.config, overrides, minify: false, progress, ...cacheOption(values) });
  } catch (error) {
    process.stderr.write(`atlas serve: the build failed: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
  const noteFiles = () => session.files.filter((f: { value?: unknown }) => f.value !== undefined).length;
  const report = () => {
    const text = reporter(session.files, { quiet: true, silent: quiet });
    if (text) process.stderr.write(text + '\n');
  };
  report();
  for (const message of session.buildErrors) process.stderr.write(`atlas serve: ${message}\n`);
  process.stdout.write(`Built ${session.stats.records} records (${summarizeDiagnostics(session.diagnostics, noteFiles())})\n`);

  const served = await serveSite(session, {
    port,
    pathPrefix,
    onServing: (url) => process.stdout.write(`Serving ${url} (live reload; rebuilds when ${displayPath(notesDir)} changes; Ctrl-C stops)\n`),
    onUpdate: (update, paths) => {
      report();
      const changed = paths.length === 1 ? paths[0] : `${paths.length} files`;
      process.stdout.write(
        `Updated ${changed}: ${update.rendered} ${update.rendered === 1 ? 'page' : 'pages'} written in ${Math.round(update.milliseconds)} ms (read ${Math.round(update.timings.parse)}, resolve ${Math.round(update.timings.resolve)}, render ${Math.round(update.timings.render)}; ${summarizeDiagnostics(session.diagnostics, noteFiles())})\n`,
      );
    },
    onError: (message) => process.stderr.write(`atlas serve: ${message}\n`),
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await served.close();
  return 0;
}
