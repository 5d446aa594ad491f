/**
 * Browser code is TypeScript in `src/client/`; each entry becomes one minified ES module in the
 * site's `assets/`, loaded only by the pages that use it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface BundleClientOptions {
  /** Entry names: `src/client/<name>.ts` → `<outDir>/<name>.js`. */
  entries: readonly string[];
  minify: boolean;
}

export const CLIENT_ENTRIES = ['copy-prompt', 'local-graph', 'network', 'search', 'sort-papers', 'filter-list'] as const;

export const defaultBundleClientOptions: BundleClientOptions = {
  entries: CLIENT_ENTRIES,
  minify: true,
};

const CLIENT_DIR = fileURLToPath(new URL('../../client/', import.meta.url));

export async function bundleClient(outDir: string, options: Partial<BundleClientOptions> = {}): Promise<void> {
  const { entries, minify } = { ...defaultBundleClientOptions, ...options };
  await build({
    entryPoints: entries.map((name) => path.join(CLIENT_DIR, `${name}.ts`)),
    outdir: outDir,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    target: 'es2020',
    minify,
    legalComments: 'none',
    logLevel: 'silent',
  });
}
