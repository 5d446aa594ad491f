/**
 * Child process: Eleventy's paginated floor (`eleventy-floor.ts`), measured. Arguments:
 * WORK_DIR PAGES RESULT_FILE. Writes a `FloorMeasurement` as JSON to RESULT_FILE.
 */
import { writeFile } from 'node:fs/promises';
import type { EleventyMeasurement } from './eleventy-child.ts';
import { prepareFloor, runFloor } from './eleventy-floor.ts';

export interface FloorMeasurement extends EleventyMeasurement {
  /** From `eleventy.before` to the last page written: what the render stage of a build times. */
  renderMilliseconds: number;
}

const [workDir, pagesText, resultFile] = process.argv.slice(2);
if (!workDir || !pagesText || !resultFile) {
  process.stderr.write('Usage: floor-child.ts WORK_DIR PAGES RESULT_FILE\n');
  process.exit(2);
}

const project = await prepareFloor(workDir, Number(pagesText));
const cpu = process.cpuUsage();
const started = performance.now();
const { pages, renderMilliseconds } = await runFloor(project);
const milliseconds = performance.now() - started;
const used = process.cpuUsage(cpu);
const measurement: FloorMeasurement = {
  renderMilliseconds,
  milliseconds,
  cpuMilliseconds: (used.user + used.system) / 1000,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
  childPeakBytes: 0,
  pages,
};
await writeFile(resultFile, JSON.stringify(measurement));
process.exit(0);
