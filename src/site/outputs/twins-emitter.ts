/**
 * What the site offers a reader's LLM: `<page>index.md`, the Markdown twin of every line and
 * note page (unless the `twins` setting is off), `/llms.txt`, and `/llms-full.txt` (an index of
 * parts when the whole would be too large for a host). A twin reads what its page reads; the
 * two indexes read everything. Written with plain fs: as Eleventy pages, 10,000 twins would cost
 * a template run each.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InquiringLine, Note } from '../../model.ts';
import type { EmitContext, Emitted, Emitter, PlannedOutput } from './emitter.ts';
import { markdownTwinUrl, recordMarkdown } from '../pages/markdown-twin.ts';
import { renderLlmsTxt } from '../pages/llms-txt.ts';
import { llmsFullFiles, MAX_FILE_BYTES } from './llms-full-files.ts';
import { writeIfChanged, writeInBatches, writeIntoFolder } from './write-into-folder.ts';

const LLMS_TXT = 'llms.txt';
const LLMS_FULL = 'llms-full.txt';

/** Progress is reported every this many twins: often enough for a bar, cheap enough for 10,000. */
const PROGRESS_EVERY = 50;

export function twinsEmitter(options: { maxFileBytes?: number } = {}): Emitter {
  return {
    name: 'twins',
    plan({ site, pageReads }: EmitContext): PlannedOutput[] {
      const twins: PlannedOutput[] = site.config.twins ? [...site.atlas.lines, ...site.atlas.notes].map((record) => ({ path: twinPath(record.url), reads: pageReads.of(record.id) })) : [];
      return [...twins, { path: LLMS_TXT, reads: 'all' }, { path: LLMS_FULL, reads: 'all' }];
    },
    async write({ site, outDir, progress }: EmitContext, outputs: readonly PlannedOutput[]): Promise<Emitted> {
      const wanted = new Set(outputs.map((output) => output.path));
      const files = new Map<string, string[]>();
      const full = wanted.has(LLMS_FULL);
      const records = [...site.atlas.lines, ...site.atlas.notes];
      const written = site.config.twins ? records.filter((record) => wanted.has(twinPath(record.url))) : [];
      progress.start('twins', written.length);
      let done = 0;
      /** A record's twin: written when stale; else, for llms-full.txt, as the last run wrote it (its inputs did not change). */
      const twinOf = async (record: InquiringLine | Note): Promise<string | undefined> => {
        const file = twinPath(record.url);
        if (site.config.twins && wanted.has(file)) {
          const markdown = recordMarkdown(site, record);
          await writeIntoFolder(path.join(outDir, ...file.split('/')), markdown);
          files.set(file, [file]);
          if (++done % PROGRESS_EVERY === 0) progress.advance('twins', done);
          return markdown;
        }
        if (!full) return undefined;
        return (await readTwin(outDir, file, site.config.twins)) ?? recordMarkdown(site, record);
      };
      const markdowns = new Array<string | undefined>(records.length);
      await writeInBatches(
        records.map((_, i) => i),
        async (i) => void (markdowns[i] = await twinOf(records[i]!)),
      );
      if (wanted.has(LLMS_TXT)) {
        await writeIfChanged(path.join(outDir, LLMS_TXT), renderLlmsTxt(site), { whole: true });
        files.set(LLMS_TXT, [LLMS_TXT]);
      }
      if (full) {
        const twins = records.map((record, i) => ({ record, markdown: markdowns[i]! }));
        const parts = llmsFullFiles(site, twins, options.maxFileBytes ?? MAX_FILE_BYTES);
        for (const { file, text } of parts) await writeIfChanged(path.join(outDir, ...file.split('/')), text, { whole: true });
        files.set(
          LLMS_FULL,
          parts.map(({ file }) => file),
        );
      }
      progress.end('twins', written.length);
      return { files, errors: [] };
    },
  };
}

/** A twin as the last run wrote it, when twins are written at all. */
async function readTwin(outDir: string, file: string, twinsWritten: boolean): Promise<string | undefined> {
  if (!twinsWritten) return undefined;
  return readFile(path.join(outDir, ...file.split('/')), 'utf8').catch(() => undefined);
}

/** `/notes/foo/` → `notes/foo/index.md`. */
function twinPath(url: string): string {
  return markdownTwinUrl(url).replace(/^\//, '');
}
