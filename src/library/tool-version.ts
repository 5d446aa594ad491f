/**
 * What makes this tool this tool, for caches: the package's version and a hash of every source
 * file, template and static asset, so a parser, a page function or a stylesheet changed in place
 * is a new tool and nothing cached by the old one is reused.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const HASHED_FOLDERS = ['src', 'templates', 'public'];

let version: string | undefined;

export function toolVersion(): string {
  if (version === undefined) {
    const digest = createHash('sha1');
    for (const folder of HASHED_FOLDERS) {
      const root = path.join(REPO, folder);
      const files = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
      for (const file of files) digest.update(path.relative(REPO, file)).update('\0').update(readFileSync(file));
    }
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    version = `${pkg.version}:${digest.digest('hex')}`;
  }
  return version;
}
