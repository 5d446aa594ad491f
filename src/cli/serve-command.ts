import { parseArgs } from 'node:util';
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import { readSiteConfig } from '../config/read-site-config.ts';
import { createEleventy } from '../site/build-site.ts';
import { SiteSession } from '../site/site-session.ts';
import { BUILD_OPTIONS, checkNotesDir, checkToday, configOverrides, displayPath } from './build-command.ts';
import { summarizeDiagnostics } from './format-diagnostics.ts';

const HELP = `Usage: atlas serve [DIR] [options]

Build the site for the notes in DIR (default: seeds), serve it on localhost with live reload,
and rebuild whenever a file in DIR changes. Stop with Ctrl-C.
  --port N             port to listen on (default: 8080; the next free one if taken)
  --output DIR         where to write the site (default: _site)
  --path-prefix PATH   serve under this folder, e.g. /atlas/
  --base-url URL       absolute origin for canonical links, sitemap and feed
  --config FILE        settings file (default: DIR/atlas.config.yml)
  --today DATE         measure the age of claims from DATE (2026-05)
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

  const session = new SiteSession({ notesDir, outDir: path.resolve(values.output ?? '_site'), configFile: values.config, overrides, minify: false });
  const eleventy = createEleventy(session, 'serve', pathPrefix, {
    onBuilt: () => {
      const report = reporter(session.files, { quiet: true, silent: values.quiet ?? false });
      if (report) process.stderr.write(report + '\n');
      for (const message of session.buildErrors) process.stderr.write(`atlas serve: ${message}\n`);
      const files = session.files.filter((f) => f.value !== undefined).length;
      process.stdout.write(`Built ${session.stats.records} records (${summarizeDiagnostics(session.diagnostics, files)})\n`);
    },
    onServing: (url) => process.stdout.write(`Serving ${url} (live reload; rebuilds when ${displayPath(notesDir)} changes; Ctrl-C stops)\n`),
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await eleventy.stopWatch();
  return 0;
}
