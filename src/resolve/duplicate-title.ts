/**
 * Two files with the same title (of the same kind): both are published, under distinct slugs, but
 * a title can only name one of them, so references go to the first and the later one is reported.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';

export function reportDuplicateTitle(file: VFile | undefined, title: string, firstPath: string, position: Position | undefined): void {
  if (!file) return;
  report(file, `Unexpected duplicate title \`${title}\`, expected it once: \`${firstPath}\` has it too, and references by title go there`, position, 'duplicate-title');
}
