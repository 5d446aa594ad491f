/**
 * What `atlas build` tells the maintainer: one line per stage with its count and time, a progress
 * bar while a long stage runs on a terminal (plain lines only when not a TTY, as in CI), and the
 * machine-readable report `--json` prints. Times are for the person watching; they never reach
 * the site's files.
 */
import type { Diagnostic } from '../model.ts';
import type { BuildProgress, BuildStage } from '../library/build-progress.ts';
import { STAGE_WORDS } from '../library/build-progress.ts';

export interface StageReport {
  stage: BuildStage;
  /** "parsed 4 files" */
  label: string;
  count: number;
  unit: string;
  milliseconds: number;
}

export interface BuildReport {
  notesDir: string;
  outDir: string;
  /** The exit code `atlas build` returns. */
  exitCode: number;
  stages: StageReport[];
  counts: { files: number; records: number; lines: number; notes: number; papers: number; collections: number; pages: number; twins: number; graphFiles: number; searchDocuments: number };
  summary: { errors: number; warnings: number; infos: number };
  diagnostics: Diagnostic[];
  buildErrors: string[];
  milliseconds: number;
  /**
   * The pipeline's own accounts: whether the build wrote only what changed (the build cache), the
   * milliseconds hashing records, and per emitter its outputs (planned, stale: written again) and
   * the milliseconds planning and writing them.
   */
  pipeline: { incremental: boolean; fingerprints: number; emitters: { emitter: string; planned: number; stale: number; plan: number; write: number }[] };
}

export interface StageLinesOptions {
  /** Where stage lines and the bar go. */
  stream: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Print a line as each stage ends. */
  lines: boolean;
  /** Draw a progress bar for stages whose size is known (only on a terminal). */
  bar: boolean;
  /** Clock in milliseconds; tests hand in a fixed one. */
  now: () => number;
}

export const defaultStageLinesOptions: StageLinesOptions = {
  stream: process.stderr,
  lines: true,
  bar: process.stderr.isTTY === true,
  now: () => performance.now(),
};

/** The progress bar is redrawn at most this many times per stage. */
const BAR_STEPS = 100;
const BAR_WIDTH = 24;

/** Collects a `StageReport` per stage, and shows each as it happens. */
export class StageLines implements BuildProgress {
  readonly stages: StageReport[] = [];
  readonly #options: StageLinesOptions;
  readonly #started = new Map<BuildStage, { at: number; total?: number; drawn: number }>();

  constructor(options: Partial<StageLinesOptions> = {}) {
    this.#options = { ...defaultStageLinesOptions, ...options };
  }

  start(stage: BuildStage, total?: number): void {
    this.#started.set(stage, { at: this.#options.now(), ...(total !== undefined ? { total } : {}), drawn: -1 });
    if (this.#options.bar) this.#draw(stage, 0);
  }

  advance(stage: BuildStage, done: number): void {
    if (this.#options.bar) this.#draw(stage, done);
  }

  end(stage: BuildStage, count: number): void {
    const started = this.#started.get(stage);
    const milliseconds = started ? Math.round(this.#options.now() - started.at) : 0;
    const words = STAGE_WORDS[stage];
    const unit = count === 1 ? words.unit : words.units;
    const report: StageReport = { stage, label: `${words.verb} ${count} ${unit}`, count, unit, milliseconds };
    this.stages.push(report);
    const { stream } = this.#options;
    if (this.#options.bar) stream.write('\r\x1b[2K');
    if (this.#options.lines) stream.write(formatStageLine(report) + '\n');
  }

  /** `parsed [#########.........] 1200/3000 files`, redrawn in place. */
  #draw(stage: BuildStage, done: number): void {
    const started = this.#started.get(stage);
    if (!started) return;
    const words = STAGE_WORDS[stage];
    const { total } = started;
    if (total === undefined || total === 0) {
      if (started.drawn === -1) this.#options.stream.write(`\r\x1b[2K${words.verb}…`);
      started.drawn = 0;
      return;
    }
    const step = Math.floor((Math.min(done, total) / total) * BAR_STEPS);
    if (step === started.drawn) return;
    started.drawn = step;
    const filled = Math.round((step / BAR_STEPS) * BAR_WIDTH);
    this.#options.stream.write(`\r\x1b[2K${words.verb.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${Math.min(done, total)}/${total} ${words.units}`);
  }
}

/** `parsed      4 files             12 ms` */
export function formatStageLine(report: StageReport): string {
  const words = STAGE_WORDS[report.stage];
  return `${words.verb.padEnd(9)} ${String(report.count).padStart(6)} ${report.unit.padEnd(15)} ${formatMilliseconds(report.milliseconds).padStart(8)}`;
}

export function formatMilliseconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
