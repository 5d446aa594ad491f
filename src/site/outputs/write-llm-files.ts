/**
 * What the site offers a reader's LLM, written with plain fs after Eleventy (one twin per line
 * and note page, 10,000 at full size: as Eleventy pages they would cost a template run each):
 * `<page>index.md` for every line and note (unless the `twins` setting is off), `/llms.txt` and
 * `/llms-full.txt` (an index of parts when the whole would be too large for a host).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteData } from '../data/site-data.ts';
import { markdownTwinUrl, recordTwins } from '../pages/markdown-twin.ts';
import { renderLlmsTxt } from '../pages/llms-txt.ts';
import { llmsFullFiles, MAX_FILE_BYTES } from './llms-full-files.ts';
import { writeIntoFolder } from './write-into-folder.ts';

export interface WriteLlmFilesOptions {
  /** Called after each twin is written, with how many of how many are done. */
  onProgress?: (done: number, total: number) => void;
  /** The largest `llms-full.txt` written whole; beyond it, an index of parts. */
  maxFileBytes?: number;
}

/** Files written at once: enough to keep the disk busy, few enough not to exhaust handles. */
const CONCURRENT_WRITES = 64;

/** Writes every twin, llms.txt and llms-full.txt; returns the number of twins written. */
export async function writeLlmFiles(outDir: string, site: SiteData, options: WriteLlmFilesOptions = {}): Promise<number> {
  // Made even when not written: llms-full.txt is made of them.
  const twins = recordTwins(site);
  let done = 0;
  for (let start = 0; site.config.twins && start < twins.length; start += CONCURRENT_WRITES) {
    const batch = twins.slice(start, start + CONCURRENT_WRITES);
    await Promise.all(batch.map(({ record, markdown }) => writeIntoFolder(path.join(outDir, ...markdownTwinUrl(record.url).split('/').filter(Boolean)), markdown)));
    done += batch.length;
    options.onProgress?.(done, twins.length);
  }
  await writeFile(path.join(outDir, 'llms.txt'), renderLlmsTxt(site));
  for (const { file, text } of llmsFullFiles(site, twins, options.maxFileBytes ?? MAX_FILE_BYTES)) await writeIntoFolder(path.join(outDir, ...file.split('/')), text);
  return site.config.twins ? twins.length : 0;
}
