/**
 * The yardstick: bare Eleventy rendering as many Markdown pages as the atlas builds, from the
 * same corpus bodies, through one trivial layout. Everything an Eleventy site pays in any case
 * (template discovery, the data cascade, Markdown, writing files) and nothing Inquiry Atlas adds.
 *
 * `prepareBareEleventy` writes the project (I/O, once per size, not timed); `runBareEleventy`
 * builds it in this process and is meant to run in a child of its own (see `bench-child.ts`).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';

export interface BareEleventyProject {
  inputDir: string;
  outputDir: string;
  pages: number;
}

const LAYOUT = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main>
{{ content }}
</main></body>
</html>
`;

/**
 * Write `pages` Markdown files into `<workDir>/input`, cycling through the corpus's files (sorted
 * by path) for their bodies: a corpus of 7,625 files gives the 10,000 pages its site has.
 */
export async function prepareBareEleventy(corpusDir: string, workDir: string, pages: number): Promise<BareEleventyProject> {
  const inputDir = path.join(workDir, 'input');
  const outputDir = path.join(workDir, 'output');
  await rm(workDir, { recursive: true, force: true });
  await mkdir(path.join(inputDir, '_includes'), { recursive: true });
  await writeFile(path.join(inputDir, '_includes', 'page.liquid'), LAYOUT);
  const sources = (await readdir(corpusDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const bodies = await Promise.all(sources.map(async (file) => matter(await readFile(file, 'utf8')).content));
  const folders = Math.ceil(pages / 1000);
  for (let f = 0; f < folders; f++) await mkdir(path.join(inputDir, `part-${f}`), { recursive: true });
  for (let i = 0; i < pages; i++) {
    const body = bodies.length > 0 ? bodies[i % bodies.length]! : '';
    const title = body.split('\n', 1)[0]!.trim() || `Page ${i}`;
    // Markdown only: corpus prose may hold `{{` or `{%`, which Liquid would read as code.
    const frontMatter = `---\ntitle: ${JSON.stringify(title)}\nlayout: page.liquid\ntemplateEngineOverride: md\n---\n`;
    await writeFile(path.join(inputDir, `part-${Math.floor(i / 1000)}`, `page-${i}.md`), frontMatter + body);
  }
  return { inputDir, outputDir, pages };
}

/** Build the project with Eleventy's defaults. */
export async function runBareEleventy(project: Pick<BareEleventyProject, 'inputDir' | 'outputDir'>): Promise<{ pages: number }> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(project.inputDir, project.outputDir, {
    quietMode: true,
    configPath: false,
    config: (eleventyConfig) => {
      eleventyConfig.setUseGitIgnore(false);
    },
  });
  eleventy.disableLogger();
  const results = await eleventy.write();
  const written = Array.isArray(results) ? results.flat(Infinity).length : 0;
  return { pages: written };
}
