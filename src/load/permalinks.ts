/**
 * `permalink:` addresses are claimed once: a second note asking for an address already taken is
 * reported and keeps its usual one, since two pages written to one file would fail the build.
 * (Permalinks cannot reach the folders the atlas names pages in: `normalizePermalink`.)
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import type { ParsedDocument } from '../model.ts';

export function claimPermalinks(documents: readonly ParsedDocument[], fileOf: ReadonlyMap<string | undefined, VFile>): void {
  const taken = new Map<string, string>();
  for (const doc of documents) {
    if (doc.permalink === undefined) continue;
    const key = doc.permalink.toLowerCase();
    const holder = taken.get(key);
    if (holder === undefined) {
      taken.set(key, doc.file);
      continue;
    }
    const file = fileOf.get(doc.file);
    if (file) report(file, `Unexpected \`permalink\` \`${doc.permalink}\`, already the address of \`${holder}\`; the usual address is used`, doc.position ?? { line: 1, column: 1 }, 'bad-permalink');
    delete doc.permalink;
  }
}
