/**
 * Child process: bare Eleventy over a project `prepareBareEleventy` wrote, measured. Arguments:
 * INPUT_DIR OUTPUT_DIR RESULT_FILE. Writes an `EleventyMeasurement` as JSON to RESULT_FILE.
 */
import { writeFile } from 'node:fs/promises';
import type { ProcessCost } from './child-process.ts';
import { runBareEleventy } from './bare-eleventy.ts';

export interface EleventyMeasurement extends ProcessCost {
  pages: number;
}

const [inputDir, outputDir, resultFile] = process.argv.slice(2);
if (!inputDir || !outputDir || !resultFile) {
  process.stderr.write('Usage: eleventy-child.ts INPUT_DIR OUTPUT_DIR RESULT_FILE\n');
  process.exit(2);
}

const cpu = process.cpuUsage();
const started = performance.now();
const { pages } = await runBareEleventy({ inputDir, outputDir });
const milliseconds = performance.now() - started;
const used = process.cpuUsage(cpu);
const measurement: EleventyMeasurement = {
  milliseconds,
  cpuMilliseconds: (used.user + used.system) / 1000,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
  childPeakBytes: 0,
  pages,
};
await writeFile(resultFile, JSON.stringify(measurement));
process.exit(0);
