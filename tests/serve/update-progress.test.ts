/**
 * `atlas serve` prints its build's stage lines once, then one line per edit: an update reports no
 * stages to the build's progress (the emitters write as they do in a build, silently).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { BuildProgress, BuildStage } from '../../src/library/build-progress.ts';
import { buildSite } from '../../src/site/eleventy/build-site.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

it('reports the build stages once and nothing for an edit', async () => {
  const notes = await mkdtemp(path.join(os.tmpdir(), 'atlas-progress-notes-'));
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-progress-site-'));
  dirs.push(notes, outDir);
  await cp('seeds', notes, { recursive: true });
  const ended: BuildStage[] = [];
  const progress: BuildProgress = { start: () => {}, advance: () => {}, end: (stage) => void ended.push(stage) };
  const pipeline = await buildSite({ notesDir: notes, outDir, progress });
  expect(ended).toEqual(['read', 'parse', 'resolve', 'render', 'twins', 'layout', 'graph', 'index', 'assets']);
  const line = pipeline.site().atlas.lines[0]!;
  const file = path.join(notes, line.file!);
  await writeFile(file, (await readFile(file, 'utf8')).replace(line.summary.slice(0, 12), `${line.summary.slice(0, 12)} (edited)`));
  const update = await pipeline.update([line.file!]);
  await update.background;
  expect(update.rendered).toBeGreaterThan(0);
  expect(ended).toHaveLength(9);
});
