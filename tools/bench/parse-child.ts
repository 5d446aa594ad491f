/**
 * Child process: read, parse and resolve a notes folder, measured, without rendering. For the
 * Markdown-only corpus, whose parse rate (MB/s) the issue sets a target for. Arguments:
 * NOTES_DIR RESULT_FILE. Writes a `ParseMeasurement` as JSON to RESULT_FILE.
 */
import { writeFile } from 'node:fs/promises';
import { measureCost } from './child-process.ts';
import type { StageReport } from '../../src/cli/build-report.ts';
import { StageLines } from '../../src/cli/build-report.ts';
import { loadAtlasInStages } from '../../src/load/load-atlas-in-stages.ts';
import type { ProcessCost } from './child-process.ts';

export interface ParseMeasurement extends ProcessCost {
  stages: StageReport[];
  records: number;
}

const [notesDir, resultFile] = process.argv.slice(2);
if (!notesDir || !resultFile) {
  process.stderr.write('Usage: parse-child.ts NOTES_DIR RESULT_FILE\n');
  process.exit(2);
}

const progress = new StageLines({ lines: false, bar: false });
const { result, cost } = await measureCost(() => loadAtlasInStages(notesDir, progress));
const { atlas } = result;
const measurement: ParseMeasurement = {
  ...cost,
  stages: progress.stages,
  records: atlas.lines.length + atlas.notes.length + atlas.papers.length + atlas.collections.length,
};
await writeFile(resultFile, JSON.stringify(measurement));
process.exit(0);
