/**
 * Static files: the browser scripts (bundled from `src/client/`), `public/` (stylesheets
 * minified), Mermaid's bundle when a page draws a diagram, and every attachment a published note
 * uses. None reads a record: the scripts and `public/` change only with the tool (a new tool
 * version is a clean build), Mermaid with whether a diagram exists, an attachment with its file's
 * size and time.
 */
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ATTACHMENTS_FOLDER } from '../../resolve/vault-attachments.ts';
import { PUBLIC_DIR } from '../eleventy/eleventy-config.ts';
import { copyMermaid, MERMAID_ASSET, siteHasMermaid } from '../render/mermaid.ts';
import { copyAttachments } from './attachments.ts';
import { bundleClient, CLIENT_ENTRIES } from './bundle-client.ts';
import { copyPublic } from './copy-public.ts';
import type { EmitContext, Emitted, Emitter, PlannedOutput } from './emitter.ts';

/** The scripts and `public/`: one output, rewritten only by a clean build. */
const STATIC = 'assets/';
const MERMAID = `assets/${MERMAID_ASSET}`;

export function assetsEmitter(): Emitter {
  return {
    name: 'assets',
    plan({ site, notesDir }: EmitContext): PlannedOutput[] {
      const outputs: PlannedOutput[] = [{ path: STATIC, reads: [], stamp: 'tool' }];
      if (siteHasMermaid(site)) outputs.push({ path: MERMAID, reads: [], stamp: 'mermaid' });
      for (const attachment of site.atlas.attachments ?? []) {
        outputs.push({ path: `${ATTACHMENTS_FOLDER}/${attachment.path}`, reads: [], stamp: fileStamp(path.resolve(notesDir, attachment.path)) });
      }
      return outputs;
    },
    async write({ site, outDir, notesDir, minify, progress }: EmitContext, outputs: readonly PlannedOutput[]): Promise<Emitted> {
      const wanted = new Set(outputs.map((output) => output.path));
      const files = new Map<string, string[]>();
      const errors: string[] = [];
      progress.start('assets');
      if (wanted.has(STATIC)) {
        try {
          await bundleClient(path.join(outDir, 'assets'), { entries: CLIENT_ENTRIES, minify });
        } catch (error) {
          errors.push(`Bundling the browser scripts failed: ${(error as Error).message}`);
        }
        await copyPublic(PUBLIC_DIR, outDir, { minify });
        files.set(STATIC, [
          ...(await filesIn(PUBLIC_DIR)),
          ...(await filesIn(path.join(outDir, 'assets'), 'assets')).filter((f) => f.endsWith('.js') && !f.startsWith(`assets/${path.posix.dirname(MERMAID_ASSET)}/`)),
        ]);
      }
      if (wanted.has(MERMAID)) {
        await copyMermaid(outDir);
        files.set(MERMAID, [MERMAID]);
      }
      const attachments = (site.atlas.attachments ?? []).filter((a) => wanted.has(`${ATTACHMENTS_FOLDER}/${a.path}`));
      await copyAttachments(notesDir, outDir, attachments);
      for (const a of attachments) files.set(`${ATTACHMENTS_FOLDER}/${a.path}`, [`${ATTACHMENTS_FOLDER}/${a.path}`]);
      progress.end('assets', CLIENT_ENTRIES.length);
      return { files, errors };
    },
  };
}

/** Size and modification time: a file replaced in the notes folder is copied again. */
function fileStamp(file: string): string {
  try {
    const { size, mtimeMs } = statSync(file);
    return `${size}:${mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** Every file below `dir`, `/`-separated, relative to it (prefixed with `prefix/`). */
async function filesIn(dir: string, prefix?: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .map((file) => (prefix ? `${prefix}/${file}` : file))
    .sort();
}
