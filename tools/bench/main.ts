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
import type { BenchResult, SizeResult } from './bench-result.ts';
import { machineInfo, sizeResult } from './bench-result.ts';
import { buildTable, comparisonLines, growthLines, machineLine, outputTable, serveLines } from './bench-table.ts';
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
  const result: BenchResult = { version: 1, date: new Date().toISOString(), machine: machineInfo(loadAtStart), sizes };

  const previous = await readLatest(options.out);
  const file = await writeResult(options.out, result);
  const out = [machineLine(result), '', buildTable(sizes), '', outputTable(sizes), '', ...growthLines(sizes), '', ...serveLines(sizes)];
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

    const corpus = { files: written.files, bytes: written.bytes, notes: corpusOptions.notes, papers: corpusOptions.papers, collections: corpusOptions.collections };
    const result = sizeResult({ lines, corpus, build, output, eleventy, pageBudget, ...(browser ? { browser } : {}) });
    say(`[${sizeLabel(lines)}] ${result.totalSeconds.toFixed(1)} s (bare Eleventy ${result.eleventy.seconds.toFixed(1)} s)`);
    return result;
  } finally {
    if (options.keep) say(`[${sizeLabel(lines)}] kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}
