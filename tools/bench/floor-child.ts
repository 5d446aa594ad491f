/**
 * Child process: Eleventy's paginated floor (`eleventy-floor.ts`), measured. Arguments:
 * WORK_DIR PAGES RESULT_FILE. Writes a `FloorMeasurement` as JSON to RESULT_FILE.
 */
import { writeFile } from 'node:fs/promises';
import type { EleventyMeasurement } from './eleventy-child.ts';
import { prepareFloor, runFloor } from './eleventy-floor.ts';
import { measureCost } from './child-process.ts';

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
const { result, cost } = await measureCost(() => runFloor(project));
const measurement: FloorMeasurement = { ...cost, renderMilliseconds: result.renderMilliseconds, pages: result.pages };
await writeFile(resultFile, JSON.stringify(measurement));
process.exit(0);
