// The standard Eleventy entry, for running Eleventy's own CLI (`npx @11ty/eleventy --serve`)
// in this folder; `atlas build` and `atlas serve` configure Eleventy the same way without it.
// Registers tsx so the TypeScript sources load, then hands over to src/site/eleventy/eleventy-config.ts.
// The notes folder is ATLAS_NOTES (default: seeds).
import { register } from 'tsx/esm/api';

register();
const { configureEleventy } = await import('./src/site/eleventy/eleventy-config.ts');
const { SiteSession } = await import('./src/site/eleventy/site-session.ts');

export default function (eleventyConfig) {
  // Eleventy's --output wins over outDir: the session writes where Eleventy wrote the pages.
  const session = new SiteSession({ notesDir: process.env.ATLAS_NOTES ?? 'seeds', outDir: '_site' });
  eleventyConfig.setInputDirectory('templates');
  eleventyConfig.setOutputDirectory('_site');
  // Eleventy's CLI returns when its build ends: the rest of the site is written before then.
  configureEleventy(eleventyConfig, session, { onBuilt: () => session.finish() });
}
