/**
 * Child process: one `atlas build` of a corpus, measured. Arguments: NOTES_DIR OUT_DIR RESULT_FILE.
 * Writes a `BuildMeasurement` as JSON to RESULT_FILE.
 */
import { writeFile } from 'node:fs/promises';
import type { StageReport } from '../../src/cli/build-report.ts';
import { StageLines } from '../../src/cli/build-report.ts';
import { buildSite } from '../../src/site/eleventy/build-site.ts';
import type { ProcessCost } from './child-process.ts';
import { measureCost } from './child-process.ts';
import { watchDescendantPeaks } from './peak-memory.ts';
import type { ServeUpdateMeasurement } from './serve-updates.ts';
import { measureServeUpdates } from './serve-updates.ts';

export interface BuildMeasurement extends ProcessCost {
  stages: StageReport[];
  /** `atlas serve`'s update after one file is edited, measured after the build. */
  serveUpdates: ServeUpdateMeasurement[];
  records: number;
  pages: number;
  files: number;
  errors: number;
  buildErrors: string[];
}

const [notesDir, outDir, resultFile] = process.argv.slice(2);
if (!notesDir || !outDir || !resultFile) {
  process.stderr.write('Usage: build-child.ts NOTES_DIR OUT_DIR RESULT_FILE\n');
  process.exit(2);
}

const progress = new StageLines({ lines: false, bar: false });
const peaks = watchDescendantPeaks();
const { result: session, cost } = await measureCost(() => buildSite({ notesDir, outDir, progress }));
const childPeakBytes = peaks.stop();
const serveUpdates = await measureServeUpdates(session);
const measurement: BuildMeasurement = {
  ...cost,
  childPeakBytes,
  serveUpdates,
  stages: progress.stages,
  records: session.stats.records,
  pages: session.stats.pages,
  files: session.files.filter((f) => f.value !== undefined).length,
  errors: session.diagnostics.filter((d) => d.severity === 'error').length,
  buildErrors: session.buildErrors,
};
await writeFile(resultFile, JSON.stringify(measurement));
// Eleventy and esbuild may leave handles open; the measurement is written.
process.exit(0);
