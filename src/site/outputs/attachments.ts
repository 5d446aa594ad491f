/**
 * Copying the attachments notes use (images, PDFs…) into the site, each at its path in the
 * notes folder under `/attachments/` (`resolve/vault-attachments.ts`); files no note uses stay
 * out. Never writes outside `attachments/`, whatever a path holds.
 */
import { copyFile, mkdir } from 'node:fs/promises';
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
