/**
 * Eleventy's paginated floor: what Eleventy costs for as many pages as the site has when the pages
 * cost nothing to make. One paginated JavaScript template over as many items (plain objects shaped
 * like records, in a global data object as `site` is), each page a ~20 KB string made by joining
 * constant text: template discovery, pagination, the data cascade per page, a folder made and a
 * file written per page, and nothing else. The render stage ÷ this is how much of rendering is the
 * page functions' own; it cannot go below 1.
 *
 * `prepareFloor` writes the tiny project (not timed); `runFloor` builds it and is meant to run in
 * a child process of its own (`floor-child.ts`).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FloorProject {
  inputDir: string;
  outputDir: string;
  pages: number;
  pageBytes: number;
}

/** About the size of a line or note page. */
export const FLOOR_PAGE_BYTES = 20_000;

const TEMPLATE = `// A page per item; the page's text is constant filler around the item's title.
export const data = {
  pagination: { data: 'site.items', size: 1, alias: 'record', addAllPagesToCollections: false },
  permalink: (data) => data.record.url + 'index.html',
  eleventyExcludeFromCollections: true,
};

export function render({ site, record }) {
  return '<!DOCTYPE html><html><head><title>' + record.title + '</title></head><body><main>' + site.filler + '</main></body></html>';
}
`;

export async function prepareFloor(workDir: string, pages: number, pageBytes: number = FLOOR_PAGE_BYTES): Promise<FloorProject> {
  const inputDir = path.join(workDir, 'input');
  const outputDir = path.join(workDir, 'output');
  await rm(workDir, { recursive: true, force: true });
  await mkdir(inputDir, { recursive: true });
  await writeFile(path.join(workDir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(path.join(inputDir, 'page.11ty.js'), TEMPLATE);
  return { inputDir, outputDir, pages, pageBytes };
}

/** Items shaped like records: what `site.atlas.notes` holds, less the bodies. */
function floorItems(pages: number): object[] {
  return Array.from({ length: pages }, (_, i) => ({
    id: `note:page-${i}`,
    kind: 'note',
    title: `Page ${i}`,
    url: `/notes/page-${i}/`,
    summary: `What page ${i} says of itself, in one line.`,
    tags: [],
  }));
}

/**
 * Build the project; the global `site` is a class instance, as Atlas's `SiteData` is, so Eleventy
 * passes it by reference. `renderMilliseconds` is timed as the render stage of `atlas build` is:
 * from Eleventy's `eleventy.before` event (Eleventy imported and configured) to the last page
 * written.
 */
export async function runFloor(project: FloorProject): Promise<{ pages: number; renderMilliseconds: number }> {
  let before = 0;
  const { default: Eleventy } = await import('@11ty/eleventy');
  const site = new (class FloorSite {
    readonly items = floorItems(project.pages);
    readonly filler = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(Math.ceil(project.pageBytes / 50)).slice(0, Math.max(0, project.pageBytes - 120))}</p>`;
  })();
  const eleventy = new Eleventy(project.inputDir, project.outputDir, {
    quietMode: true,
    configPath: false,
    config: (config) => {
      config.addGlobalData('site', () => site);
      config.on('eleventy.before', () => {
        before = performance.now();
      });
      config.setQuietMode(true);
      config.setUseGitIgnore(false);
    },
  });
  eleventy.disableLogger();
  await eleventy.write();
  return { pages: project.pages, renderMilliseconds: performance.now() - before };
}
