/**
 * Eleventy's configuration: thin `.11ty.ts` templates in `templates/` over one global, `site`
 * (a `SiteData` the pipeline made), and `pageFilter`, which picks the pagination items a run
 * renders. Eleventy renders and writes pages and nothing else; the pipeline (`site-pipeline.ts`)
 * decides which.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from '@11ty/eleventy';
import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { SiteData } from '../data/site-data.ts';
import type { PageFilter } from '../data/page-data.ts';

export const REPO_DIR = fileURLToPath(new URL('../../../', import.meta.url));
export const TEMPLATES_DIR = path.join(REPO_DIR, 'templates');
export const PUBLIC_DIR = path.join(REPO_DIR, 'public');

export interface EleventyHooks {
  /** The data every template renders from. */
  site: () => SiteData;
  /** The pagination items this run renders; all when absent. */
  pageFilter?: PageFilter;
  /** Before Eleventy reads its data (Eleventy's own CLI: the pipeline loads the notes here); awaited. */
  onBefore?: () => void | Promise<void>;
  /** After Eleventy has written the pages into `outDir`; awaited. */
  onBuilt?: (outDir: string) => void | Promise<void>;
  /** Once per page written: the render stage's progress. */
  onPage?: () => void;
}

export function configureEleventy(eleventyConfig: UserConfig, hooks: EleventyHooks): void {
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.setTemplateFormats(['11ty.ts']);
  // 10,000 pages would mean 10,000 "Writing …" lines; the CLI prints one summary instead.
  eleventyConfig.setQuietMode(true);
  // Eleventy cannot read TypeScript imports to find dependencies.
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData('site', () => hooks.site());
  // A function is data too: returned from a function, Eleventy hands it to the templates as it is.
  eleventyConfig.addGlobalData('pageFilter', () => hooks.pageFilter);
  if (hooks.onBefore) eleventyConfig.on('eleventy.before', () => hooks.onBefore!());
  eleventyConfig.addTransform('atlas-progress', (content: unknown) => {
    hooks.onPage?.();
    return content;
  });
  eleventyConfig.on('eleventy.after', async ({ directories }) => {
    await hooks.onBuilt?.(directories.output);
  });
}

let tsxRegistered = false;

/**
 * Eleventy loads the `.11ty.ts` templates with Node's own `import()`, which needs tsx's loader
 * even when the caller runs under another one (vitest's, for the tests).
 */
function registerTypeScriptLoader(): void {
  if (tsxRegistered) return;
  register();
  tsxRegistered = true;
}

/** Eleventy over the templates, writing into `outDir`, configured by `hooks` and not by a file. */
export function createEleventy(outDir: string, hooks: EleventyHooks): Eleventy {
  registerTypeScriptLoader();
  const eleventy = new Eleventy(TEMPLATES_DIR, outDir, {
    runMode: 'build',
    quietMode: true,
    configPath: false,
    config: (eleventyConfig) => configureEleventy(eleventyConfig, hooks),
  });
  eleventy.disableLogger();
  return eleventy;
}
