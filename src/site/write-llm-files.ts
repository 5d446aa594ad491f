/**
 * What the site offers a reader's LLM, written with plain fs after Eleventy (one twin per line
 * and note page, 10,000 at full size: as Eleventy pages they would cost a template run each):
 * `<page>index.md` for every line and note, `/llms.txt` and `/llms-full.txt`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteData } from './site-data.ts';
import { markdownTwinUrl, recordTwins } from './pages/markdown-twin.ts';
import { renderLlmsFullTxt, renderLlmsTxt } from './pages/llms-txt.ts';
import { writeIntoFolder } from './write-into-folder.ts';

export interface WriteLlmFilesOptions {
  /** Called after each twin is written, with how many of how many are done. */
  onProgress?: (done: number, total: number) => void;
}

/** Files written at once: enough to keep the disk busy, few enough not to exhaust handles. */
const CONCURRENT_WRITES = 64;

/** Writes every twin, llms.txt and llms-full.txt; returns the number of twins. */
export async function writeLlmFiles(outDir: string, site: SiteData, options: WriteLlmFilesOptions = {}): Promise<number> {
  const twins = recordTwins(site);
  let done = 0;
  for (let start = 0; start < twins.length; start += CONCURRENT_WRITES) {
    const batch = twins.slice(start, start + CONCURRENT_WRITES);
    await Promise.all(batch.map(({ record, markdown }) => writeIntoFolder(path.join(outDir, ...markdownTwinUrl(record.url).split('/').filter(Boolean)), markdown)));
    done += batch.length;
    options.onProgress?.(done, twins.length);
  }
  await writeFile(path.join(outDir, 'llms.txt'), renderLlmsTxt(site));
  await writeFile(path.join(outDir, 'llms-full.txt'), renderLlmsFullTxt(site, twins.map((twin) => twin.markdown)));
  return twins.length;
}
