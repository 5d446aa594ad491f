/**
 * Static assets: `public/` copied into the site as is, except stylesheets, which are minified
 * (every record page loads one; its bytes count against the page budget).
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';

export async function copyPublic(publicDir: string, outDir: string, options: { minify: boolean }): Promise<void> {
  await cp(publicDir, outDir, { recursive: true });
  if (!options.minify) return;
  const entries = await readdir(publicDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.css')) continue;
    const relative = path.relative(publicDir, path.join(entry.parentPath, entry.name));
    const source = await readFile(path.join(publicDir, relative), 'utf8');
    const { code } = await transform(source, { loader: 'css', minify: true, target: ['chrome111', 'firefox113', 'safari16.4'], legalComments: 'none' });
    await writeFile(path.join(outDir, relative), code);
  }
}
