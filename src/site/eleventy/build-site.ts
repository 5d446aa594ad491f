/**
 * `atlas build`: settings and notes → atlas → every output of the site (`site-pipeline.ts`).
 * Reports every problem; never throws on bad input.
 */
import path from 'node:path';
import type { SitePipelineOptions } from '../site-pipeline.ts';
import { SitePipeline } from '../site-pipeline.ts';

export type BuildSiteOptions = Omit<SitePipelineOptions, 'progress'> & Partial<Pick<SitePipelineOptions, 'progress'>>;

export const defaultBuildSiteOptions: Omit<BuildSiteOptions, 'notesDir'> = {
  outDir: '_site',
  overrides: {},
  minify: true,
};

/** Build the site; the returned pipeline carries diagnostics, build errors and counts. */
export async function buildSite(options: Pick<BuildSiteOptions, 'notesDir'> & Partial<BuildSiteOptions>): Promise<SitePipeline> {
  const settings = { ...defaultBuildSiteOptions, ...options };
  const pipeline = new SitePipeline({ ...settings, notesDir: path.resolve(settings.notesDir), outDir: path.resolve(settings.outDir) });
  await pipeline.build();
  return pipeline;
}
