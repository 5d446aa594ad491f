/**
 * Child process: bare Eleventy over a project `prepareBareEleventy` wrote, measured. Arguments:
 * INPUT_DIR OUTPUT_DIR RESULT_FILE. Writes an `EleventyMeasurement` as JSON to RESULT_FILE.
 */
import { writeFile } from 'node:fs/promises';
import type { ProcessCost } from './child-process.ts';
import { measureCost } from './child-process.ts';
import { runBareEleventy } from './bare-eleventy.ts';

export interface EleventyMeasurement extends ProcessCost {
  pages: number;
}

const [inputDir, outputDir, resultFile] = process.argv.slice(2);
if (!inputDir || !outputDir || !resultFile) {
  process.stderr.write('Usage: eleventy-child.ts INPUT_DIR OUTPUT_DIR RESULT_FILE\n');
  process.exit(2);
}

const { result, cost } = await measureCost(() => runBareEleventy({ inputDir, outputDir }));
const measurement: EleventyMeasurement = { ...cost, pages: result.pages };
await writeFile(resultFile, JSON.stringify(measurement));
process.exit(0);
