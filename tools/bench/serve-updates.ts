/**
 * `atlas serve` at scale: after a full build, one file is edited (a line's deck, then a note's)
 * and the incremental update applied, as the serve does when a file is saved. The time is from
 * taking in the change to the pages being written (when the browser is told to reload); the
 * graph files and twins that follow are timed apart. Edits go to the benchmark's own corpus.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { InquiringLine, Note } from '../../src/model.ts';
import type { SitePipeline } from '../../src/site/site-pipeline.ts';

export interface ServeUpdateMeasurement {
  edit: string;
  /** Change taken in → pages written. */
  milliseconds: number;
  timings: { parse: number; resolve: number; render: number };
  pagesRendered: number;
  pagesWritten: number;
  /** Twins, llms.txt and graph files, after the pages. */
  backgroundMilliseconds: number;
}

export async function measureServeUpdates(session: SitePipeline): Promise<ServeUpdateMeasurement[]> {
  const updater = session;
  const { lines, notes } = session.site().atlas;
  const edits: { edit: string; record: InquiringLine | Note | undefined }[] = [
    { edit: "a line's deck", record: lines[Math.floor(lines.length / 2)] },
    { edit: "a note's deck", record: notes.find((n) => !n.stub && n.summary !== '') },
  ];
  const measured: ServeUpdateMeasurement[] = [];
  for (const { edit, record } of edits) {
    if (!record?.file || !record.summary) continue;
    const file = path.join(session.options.notesDir, record.file);
    const text = await readFile(file, 'utf8');
    if (!text.includes(record.summary)) continue;
    await writeFile(file, text.replace(record.summary, `${record.summary} Edited while serving.`));
    const update = await updater.update([record.file]);
    const background = performance.now();
    await update.background;
    measured.push({
      edit,
      milliseconds: update.milliseconds,
      timings: update.timings,
      pagesRendered: update.rendered,
      pagesWritten: update.written.filter((f) => f.endsWith('.html')).length,
      backgroundMilliseconds: performance.now() - background,
    });
  }
  return measured;
}
