/**
 * Copying the attachments notes use (images, PDFs…) into the site, each at its path in the
 * notes folder under `/attachments/` (`resolve/vault-attachments.ts`); files no note uses stay
 * out. Never writes outside `attachments/`, whatever a path holds.
 */
import { copyFile, mkdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { VaultAttachment } from '../../model.ts';
import { ATTACHMENTS_FOLDER } from '../../resolve/vault-attachments.ts';

export async function copyAttachments(notesDir: string, outDir: string, attachments: readonly VaultAttachment[]): Promise<number> {
  const root = path.join(outDir, ATTACHMENTS_FOLDER);
  let copied = 0;
  for (const { path: relative } of attachments) {
    const from = path.resolve(notesDir, relative);
    const to = path.resolve(root, relative);
    if (!to.startsWith(root + path.sep) || !from.startsWith(path.resolve(notesDir) + path.sep)) continue;
    try {
      await mkdir(path.dirname(to), { recursive: true });
      await copyFile(from, to);
      copied++;
    } catch {
      // Gone since it was listed (an edit under `atlas serve`): the next build reports the link.
    }
  }
  return copied;
}

/**
 * Delete the copies of attachments no note uses any more (`before` minus `after`), for
 * `atlas serve`, so the site holds what a fresh build would. Returns their urls.
 */
export async function removeUnusedAttachments(outDir: string, before: readonly VaultAttachment[], after: readonly VaultAttachment[]): Promise<string[]> {
  const root = path.join(outDir, ATTACHMENTS_FOLDER);
  const used = new Set(after.map((a) => a.path));
  const removed: string[] = [];
  for (const { path: relative, url } of before) {
    if (used.has(relative)) continue;
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) continue;
    await rm(file, { force: true });
    // Empty folders go too, up to `attachments/` itself, as a build never makes them.
    for (let dir = path.dirname(file); dir.startsWith(root); dir = path.dirname(dir)) {
      if (await rmdir(dir).then(() => false, () => true)) break;
    }
    removed.push(url);
  }
  return removed;
}
