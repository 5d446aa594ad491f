/**
 * `npm run bench`: for each corpus size, generate the corpus, build it in a child process, weigh
 * what was written, time bare Eleventy on as many pages, open `/network/` in Chromium; then print
 * the tables, write the JSON, and compare with the previous run. Returns the exit code.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../corpus/generate-corpus.ts';
import { writeCorpus } from '../corpus/write-corpus.ts';
import { prepareBareEleventy } from './bare-eleventy.ts';
import type { BenchResult, MarkdownParseResult, SizeResult } from './bench-result.ts';
import { machineInfo, markdownParseResult, sizeResult } from './bench-result.ts';
import { buildTable, comparisonLines, growthLines, machineLine, markdownLines, outputTable, serveLines, warmLines } from './bench-table.ts';
import type { BuildMeasurement } from './build-child.ts';
import { measureNetworkPage } from './browser-metrics.ts';
import { runChild } from './child-process.ts';
import { corpusOptionsFor, sizeLabel } from './corpus-size.ts';
import type { EleventyMeasurement } from './eleventy-child.ts';
import type { BenchOptions } from './options.ts';
import { BENCH_USAGE, parseBenchArgs } from './options.ts';
import { measureOutput } from './output-size.ts';
import { checkPageBudget } from './page-budget.ts';
import { readLatest, writeResult } from './results-file.ts';
import type { ParseMeasurement } from './parse-child.ts';
import type { FloorMeasurement } from './floor-child.ts';
import { measureWarmRebuild } from './warm-rebuild.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseBenchArgs(argv);
  if ('problems' in parsed) {
    if (parsed.help) {
      process.stdout.write(BENCH_USAGE);
      return 0;
    }
    process.stderr.write(`${parsed.problems.join('\n')}\n\n${BENCH_USAGE}`);
    return 2;
  }
  const { options } = parsed;
  const loadAtStart = os.loadavg()[0]!;
  const sizes: SizeResult[] = [];
  for (const lines of options.sizes) sizes.push(await benchSize(lines, options));
  const markdown = options.skipMarkdown ? undefined : await benchMarkdown(Math.max(...options.sizes), options);
  const result: BenchResult = { version: 1, date: new Date().toISOString(), machine: machineInfo(loadAtStart), sizes, ...(markdown ? { markdown } : {}) };

  const previous = await readLatest(options.out);
  const file = await writeResult(options.out, result);
  const out = [machineLine(result), '', buildTable(sizes), '', outputTable(sizes), '', ...growthLines(sizes), '', ...serveLines(sizes), ...warmLines(sizes), ...markdownLines(result.markdown)];
  if (previous) out.push('', `Since the previous run (${previous.date}):`, ...comparisonLines(previous, result));
  out.push('', `Written to ${file} and ${path.join(options.out, 'latest.json')}`);
  process.stdout.write(out.join('\n') + '\n');
  return sizes.some((r) => r.build.buildErrors.length > 0) ? 1 : 0;
}

async function benchSize(lines: number, options: BenchOptions): Promise<SizeResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), `atlas-bench-${lines}-`));
  const corpusDir = path.join(work, 'corpus');
  const outDir = path.join(work, 'site');
  try {
    const corpusOptions = corpusOptionsFor(lines, options.seed);
    say(`[${sizeLabel(lines)}] generating the corpus in ${corpusDir}`);
    const written = writeCorpus(corpusDir, generateCorpus(corpusOptions), { replace: false });

    say(`[${sizeLabel(lines)}] building ${written.files} files`);
    const build = await runChild<BuildMeasurement>('build-child.ts', [corpusDir, outDir]);
    for (const message of build.buildErrors) say(`[${sizeLabel(lines)}] build error: ${message}`);
    // Right after the build, so the two meet the same load on a shared machine.
    say(`[${sizeLabel(lines)}] Eleventy's paginated floor, ${build.pages} pages`);
    const floor = await runChild<FloorMeasurement>('floor-child.ts', [path.join(work, 'floor'), String(build.pages)]);
    await rm(path.join(work, 'floor'), { recursive: true, force: true });
    const output = await measureOutput(outDir);
    const pageBudget = checkPageBudget(outDir);
    let browser;
    if (!options.skipBrowser) {
      say(`[${sizeLabel(lines)}] opening /network/ in Chromium`);
      browser = await measureNetworkPage(outDir).catch((error: Error) => (say(`[${sizeLabel(lines)}] browser: ${error.message}`), undefined));
    }

    say(`[${sizeLabel(lines)}] bare Eleventy, ${build.pages} Markdown pages`);
    const project = await prepareBareEleventy(corpusDir, path.join(work, 'eleventy'), build.pages);
    const eleventy = await runChild<EleventyMeasurement>('eleventy-child.ts', [project.inputDir, project.outputDir]);

    let warm;
    if (!options.skipWarm) {
      say(`[${sizeLabel(lines)}] atlas build twice into one folder, one note edited between`);
      warm = await measureWarmRebuild(corpusDir, path.join(work, 'warm-site'));
    }

    const corpus = { files: written.files, bytes: written.bytes, notes: corpusOptions.notes, papers: corpusOptions.papers, collections: corpusOptions.collections };
    const result = sizeResult({ lines, corpus, build, output, eleventy, pageBudget, floor, ...(warm ? { warm } : {}), ...(browser ? { browser } : {}) });
    say(
      `[${sizeLabel(lines)}] ${result.totalSeconds.toFixed(1)} s (bare Eleventy ${result.eleventy.seconds.toFixed(1)} s, render ${result.stages.render.toFixed(1)} s ÷ floor ${result.floor?.seconds.toFixed(1)} s)`,
    );
    return result;
  } finally {
    if (options.keep) say(`[${sizeLabel(lines)}] kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

/** A corpus of `lines` lines all in Markdown with front matter: read, parsed and resolved only. */
async function benchMarkdown(lines: number, options: BenchOptions): Promise<MarkdownParseResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), `atlas-bench-markdown-${lines}-`));
  try {
    const corpusOptions = { ...corpusOptionsFor(lines, options.seed), markdownShare: 1 };
    say(`[markdown ${sizeLabel(lines)}] generating a corpus all in Markdown`);
    const written = writeCorpus(work, generateCorpus(corpusOptions), { replace: false });
    say(`[markdown ${sizeLabel(lines)}] reading, parsing and resolving ${written.files} files`);
    const measured = await runChild<ParseMeasurement>('parse-child.ts', [work]);
    const result = markdownParseResult(lines, written, measured);
    say(`[markdown ${sizeLabel(lines)}] ${(result.bytes / 1e6).toFixed(1)} MB read and parsed at ${result.megabytesPerSecond.toFixed(1)} MB/s`);
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
