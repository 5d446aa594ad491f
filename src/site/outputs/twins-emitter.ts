/**
 * What the site offers a reader's LLM: `<page>index.md`, the Markdown twin of every line and
 * note page (unless the `twins` setting is off), `/llms.txt`, and `/llms-full.txt` (an index of
 * parts when the whole would be too large for a host). A twin reads what its page reads; the
 * two indexes read everything. Written with plain fs: as Eleventy pages, 10,000 twins would cost
 * a template run each.
 */
import path from 'node:path';
import type { EmitContext, Emitted, Emitter, PlannedOutput } from './emitter.ts';
import { recordPageReads } from '../data/page-reads.ts';
import { markdownTwinUrl, recordTwins } from '../pages/markdown-twin.ts';
import { renderLlmsTxt } from '../pages/llms-txt.ts';
import { llmsFullFiles, MAX_FILE_BYTES } from './llms-full-files.ts';
import { writeIfChanged, writeIntoFolder } from './write-into-folder.ts';

const LLMS_TXT = 'llms.txt';
const LLMS_FULL = 'llms-full.txt';

/** Files written at once: enough to keep the disk busy, few enough not to exhaust handles. */
const CONCURRENT_WRITES = 64;

export function twinsEmitter(options: { maxFileBytes?: number } = {}): Emitter {
  return {
    name: 'twins',
    plan({ site }: EmitContext): PlannedOutput[] {
      const twins: PlannedOutput[] = site.config.twins ? [...site.atlas.lines, ...site.atlas.notes].map((record) => ({ path: twinPath(record.url), reads: recordPageReads(site, record.id) })) : [];
      return [...twins, { path: LLMS_TXT, reads: 'all' }, { path: LLMS_FULL, reads: 'all' }];
    },
    async write({ site, outDir, progress }: EmitContext, outputs: readonly PlannedOutput[]): Promise<Emitted> {
      const wanted = new Set(outputs.map((output) => output.path));
      const files = new Map<string, string[]>();
      // Made even when not written: llms-full.txt is made of them.
      const twins = recordTwins(site).map((twin) => ({ ...twin, path: twinPath(twin.record.url) }));
      const written = site.config.twins ? twins.filter((twin) => wanted.has(twin.path)) : [];
      progress.start('twins', written.length);
      for (let start = 0; start < written.length; start += CONCURRENT_WRITES) {
        const batch = written.slice(start, start + CONCURRENT_WRITES);
        await Promise.all(batch.map((twin) => writeIntoFolder(path.join(outDir, ...twin.path.split('/')), twin.markdown)));
        for (const twin of batch) files.set(twin.path, [twin.path]);
        progress.advance('twins', start + batch.length);
      }
      if (wanted.has(LLMS_TXT)) {
        await writeIfChanged(path.join(outDir, LLMS_TXT), renderLlmsTxt(site), { whole: true });
        files.set(LLMS_TXT, [LLMS_TXT]);
      }
      if (wanted.has(LLMS_FULL)) {
        const parts = llmsFullFiles(site, twins, options.maxFileBytes ?? MAX_FILE_BYTES);
        for (const { file, text } of parts) await writeIfChanged(path.join(outDir, ...file.split('/')), text, { whole: true });
        files.set(LLMS_FULL, parts.map(({ file }) => file));
      }
      progress.end('twins', written.length);
      return { files, errors: [] };
    },
  };
}

/** `/notes/foo/` → `notes/foo/index.md`. */
function twinPath(url: string): string {
  return markdownTwinUrl(url).replace(/^\//, '');
}
