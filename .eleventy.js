// The standard Eleventy entry, for running Eleventy's own CLI (`npx @11ty/eleventy --serve`)
// in this folder; `atlas build` and `atlas serve` run the same pipeline without it.
// Registers tsx so the TypeScript sources load, then hands over to src/site/site-pipeline.ts:
// Eleventy renders the pages, the pipeline loads the notes before and writes the rest after.
// The notes folder is ATLAS_NOTES (default: seeds).
import { register } from 'tsx/esm/api';

register();
const { configureEleventy } = await import('./src/site/eleventy/eleventy-config.ts');
const { SitePipeline } = await import('./src/site/site-pipeline.ts');

export default function (eleventyConfig) {
  const pipeline = new SitePipeline({ notesDir: process.env.ATLAS_NOTES ?? 'seeds', outDir: '_site' });
  eleventyConfig.setInputDirectory('templates');
  eleventyConfig.setOutputDirectory('_site');
  // Eleventy's CLI returns when its build ends: the rest of the site is written before then.
  configureEleventy(eleventyConfig, {
    site: () => pipeline.site(),
    onBefore: () => pipeline.load(),
    onBuilt: (outDir) => pipeline.emitAfterPages(outDir),
  });
}
