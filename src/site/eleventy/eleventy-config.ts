/**
 * Eleventy's configuration: thin `.11ty.ts` templates in `templates/` over one global, `site`
 * (a `SiteData`), refreshed before every build and completed after it by the session, so a
 * single build and `atlas serve`'s rebuilds run the same steps.
 */
import type { UserConfig } from '@11ty/eleventy';
import type { SiteSession } from './site-session.ts';
import { PUBLIC_DIR } from './site-session.ts';

export interface EleventyHooks {
  /** After Eleventy has written the pages (the session's `finish` writes the rest); awaited. */
  onBuilt?: () => void | Promise<void>;
  /** When the dev server listens, with its local url. */
  onServing?: (url: string) => void;
}

export function configureEleventy(eleventyConfig: UserConfig, session: SiteSession, hooks: EleventyHooks = {}): void {
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.setTemplateFormats(['11ty.ts']);
  // 10,000 pages would mean 10,000 "Writing …" lines; the CLI prints one summary instead.
  eleventyConfig.setQuietMode(true);
  // Eleventy cannot read TypeScript imports to find dependencies; the templates are watched.
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData('site', () => session.site());
  eleventyConfig.addWatchTarget(session.options.notesDir);
  eleventyConfig.addWatchTarget(PUBLIC_DIR);
  eleventyConfig.on('eleventy.before', () => session.load());
  // Once per written page: the render stage's progress.
  eleventyConfig.addTransform('atlas-progress', (content: unknown) => {
    session.pageRendered();
    return content;
  });
  // The rest (graph files, twins, scripts, search index) is the session's `finish`: `buildSite`
  // calls it once Eleventy has returned, so the 10,000 rendered pages Eleventy keeps until then
  // are freed first; Eleventy's own CLI (`.eleventy.js`) has it in `onBuilt`.
  eleventyConfig.on('eleventy.after', async ({ directories, results }) => {
    session.rendered(directories.output, results?.length);
    await hooks.onBuilt?.();
  });
  eleventyConfig.setServerOptions({
    showVersion: false,
    messageOnStart: ({ localhostUrl }) => {
      hooks.onServing?.(localhostUrl);
      return false;
    },
  });
}
