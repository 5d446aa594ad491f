/**
 * One benchmark run as JSON: the machine, and per corpus size what the build cost, what it wrote,
 * how bare Eleventy compares, and the network page in the browser. Stage times are seconds of
 * wall-clock time as `atlas build` reports them (stages may overlap: the search index is fed
 * while pages render).
 */
import os from 'node:os';
import type { StageReport } from '../../src/cli/build-report.ts';
import type { BuildMeasurement } from './build-child.ts';
import type { EleventyMeasurement } from './eleventy-child.ts';
import type { NetworkMetrics } from './browser-metrics.ts';
import type { OutputSize } from './output-size.ts';
import type { PageBudgetReport } from './page-budget.ts';
import type { WarmRebuildMeasurement } from './warm-rebuild.ts';
import type { ParseMeasurement } from './parse-child.ts';
import type { FloorMeasurement } from './floor-child.ts';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started and ended: a busy machine reads slower. */
  loadAverage: [number, number];
}

/** The stages the issue names, in seconds. */
export interface StageSeconds {
  read: number;
  parse: number;
  resolve: number;
  layout: number;
  render: number;
  searchIndex: number;
  /** Markdown twins, graph files, scripts and stylesheet. */
  otherWrites: number;
}

export interface SizeResult {
  lines: number;
  corpus: { files: number; bytes: number; notes: number; papers: number; collections: number };
  stages: StageSeconds;
  totalSeconds: number;
  cpuSeconds: number;
  pages: number;
  records: number;
  pagesPerSecond: number;
  /** The build process's peak plus the peaks of the processes it started (esbuild's service). */
  peakMemoryBytes: number;
  output: OutputSize;
  eleventy: { seconds: number; cpuSeconds: number; pages: number; peakMemoryBytes: number };
  /** totalSeconds ÷ bare Eleventy's seconds for as many pages. */
  eleventyRatio: number;
  /**
   * Eleventy's paginated floor (`eleventy-floor.ts`) for as many pages: `seconds` timed as the
   * render stage is (from `eleventy.before`), `totalSeconds` with Eleventy's start-up.
   */
  floor?: { seconds: number; totalSeconds: number; cpuSeconds: number; pages: number; peakMemoryBytes: number };
  /** The render stage's seconds ÷ the floor's. */
  renderFloorRatio?: number;
  /** `atlas build` twice into one folder, one note edited in between (`warm-rebuild.ts`). */
  warmRebuild?: { firstSeconds: number; warmSeconds: number; edited: string; warmStages: StageSeconds };
  pageBudget: {
    budget: number;
    pages: number;
    over: number;
    overTransferred?: number;
    heaviestLine?: PageBudgetReport['heaviestLine'];
    heaviestNote?: PageBudgetReport['heaviestNote'];
    heaviestTransfer?: PageBudgetReport['heaviestTransfer'];
  };
  browser?: NetworkMetrics;
  build: BuildMeasurement;
}

/** A corpus all in Markdown with front matter, read, parsed and resolved (no site). */
export interface MarkdownParseResult {
  lines: number;
  files: number;
  bytes: number;
  readSeconds: number;
  parseSeconds: number;
  resolveSeconds: number;
  /** Corpus bytes ÷ (read + parse) seconds, in MB (10^6 bytes) per second. */
  megabytesPerSecond: number;
}

export interface BenchResult {
  version: 1;
  date: string;
  machine: MachineInfo;
  sizes: SizeResult[];
  markdown?: MarkdownParseResult;
}

export function markdownParseResult(lines: number, corpus: { files: number; bytes: number }, measured: ParseMeasurement): MarkdownParseResult {
  const stages = stageSeconds(measured.stages);
  return {
    lines,
    files: corpus.files,
    bytes: corpus.bytes,
    readSeconds: stages.read,
    parseSeconds: stages.parse,
    resolveSeconds: stages.resolve,
    megabytesPerSecond: corpus.bytes / 1e6 / (stages.read + stages.parse),
  };
}

export function machineInfo(loadAtStart: number): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: [loadAtStart, os.loadavg()[0]!],
  };
}

const SECONDS = (stages: StageReport[], names: readonly string[]) => stages.filter((s) => names.includes(s.stage)).reduce((sum, s) => sum + s.milliseconds, 0) / 1000;

export function stageSeconds(reported: StageReport[]): StageSeconds {
  // The build's own stages: the serve edits measured after it report theirs into the same list.
  const assets = reported.findIndex((s) => s.stage === 'assets');
  const stages = assets === -1 ? reported : reported.slice(0, assets + 1);
  return {
    read: SECONDS(stages, ['read']),
    parse: SECONDS(stages, ['parse']),
    resolve: SECONDS(stages, ['resolve']),
    layout: SECONDS(stages, ['layout']),
    render: SECONDS(stages, ['render']),
    searchIndex: SECONDS(stages, ['index']),
    otherWrites: SECONDS(stages, ['twins', 'graph', 'assets']),
  };
}

export function sizeResult(input: {
  lines: number;
  corpus: SizeResult['corpus'];
  build: BuildMeasurement;
  output: OutputSize;
  eleventy: EleventyMeasurement;
  pageBudget: PageBudgetReport;
  browser?: NetworkMetrics;
  floor?: FloorMeasurement;
  warm?: WarmRebuildMeasurement;
}): SizeResult {
  const { build, eleventy, floor, warm } = input;
  const totalSeconds = build.milliseconds / 1000;
  const stages = stageSeconds(build.stages);
  return {
    lines: input.lines,
    corpus: input.corpus,
    stages,
    totalSeconds,
    cpuSeconds: build.cpuMilliseconds / 1000,
    pages: build.pages,
    records: build.records,
    pagesPerSecond: build.pages / totalSeconds,
    peakMemoryBytes: build.maxRssBytes + build.childPeakBytes,
    output: input.output,
    eleventy: { seconds: eleventy.milliseconds / 1000, cpuSeconds: eleventy.cpuMilliseconds / 1000, pages: eleventy.pages, peakMemoryBytes: eleventy.maxRssBytes },
    eleventyRatio: totalSeconds / (eleventy.milliseconds / 1000),
    ...(floor
      ? {
          floor: {
            seconds: floor.renderMilliseconds / 1000,
            totalSeconds: floor.milliseconds / 1000,
            cpuSeconds: floor.cpuMilliseconds / 1000,
            pages: floor.pages,
            peakMemoryBytes: floor.maxRssBytes,
          },
          renderFloorRatio: stages.render / (floor.renderMilliseconds / 1000),
        }
      : {}),
    ...(warm ? { warmRebuild: { firstSeconds: warm.first.milliseconds / 1000, warmSeconds: warm.warm.milliseconds / 1000, edited: warm.edited, warmStages: stageSeconds(warm.warm.stages) } } : {}),
    pageBudget: {
      budget: input.pageBudget.budget,
      pages: input.pageBudget.pages,
      over: input.pageBudget.over.length,
      overTransferred: input.pageBudget.overTransferred.length,
      ...(input.pageBudget.heaviestTransfer ? { heaviestTransfer: input.pageBudget.heaviestTransfer } : {}),
      ...(input.pageBudget.heaviestLine ? { heaviestLine: input.pageBudget.heaviestLine } : {}),
      ...(input.pageBudget.heaviestNote ? { heaviestNote: input.pageBudget.heaviestNote } : {}),
    },
    ...(input.browser ? { browser: input.browser } : {}),
    build,
  };
}
