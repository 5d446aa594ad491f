/**
 * `atlas serve`'s update writes again only the outputs an edit reaches; the folder must then hold
 * what a full build of the edited notes writes. After each edit (a note's deck, a line's title and
 * so its address, a note file deleted so it becomes a stub, a new file), every file of the site
 * (pages, Markdown twins, `llms*.txt`, `graph.json`, the search index, assets) matches a fresh full
 * build, byte for byte, no file more, and no page of a record that is gone remains.
 */
import type { SitePipeline } from '../../src/site/site-pipeline.ts';
import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { listFiles } from '../support/read-page.ts';
import type { ScaleCorpus } from './scale-corpus.ts';
import { writeScaleCorpus } from './scale-corpus.ts';

let corpus: ScaleCorpus;
let served: TestSite;
let updater: SitePipeline;

beforeAll(async () => {
  corpus = await writeScaleCorpus(40, 3);
  served = await buildTestSite(corpus.dir);
  updater = served.session;
});
afterAll(async () => {
  await served?.remove();
  await corpus?.remove();
});

/** Every file of the site. */
const compared = (dir: string) => listFiles(dir);

async function expectSameAsFullBuild(): Promise<void> {
  const fresh = await buildTestSite(corpus.dir);
  try {
    const files = compared(fresh.outDir);
    expect(compared(served.outDir)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(path.join(fresh.outDir, f)).equals(readFileSync(path.join(served.outDir, f))));
    expect(differing).toEqual([]);
    expect(served.session.diagnostics).toEqual(fresh.session.diagnostics);
  } finally {
    await fresh.remove();
  }
}

async function edit(relative: string, change: (text: string) => string): Promise<void> {
  const file = path.join(corpus.dir, relative);
  const text = await readFile(file, 'utf8');
  const changed = change(text);
  expect(changed).not.toBe(text);
  await writeFile(file, changed);
  const update = await updater.update([relative]);
  await update.background;
  expect(update.written.length).toBeGreaterThan(0);
}

const files = () => listFiles(corpus.dir);
const exportNote = () => served.session.site().atlas.notes.find((n) => !n.stub && n.file?.endsWith('.txt') && served.session.site().referrers(n.id).length > 1)!;
const exportLine = () => served.session.site().atlas.lines.find((l) => l.file?.endsWith('.txt'))!;

describe('incremental update', () => {
  it('renders again what a note deck reaches: its page, and the previews and lists that quote it', async () => {
    const note = exportNote();
    await edit(note.file!, (text) => text.replace(/^(.*\n)(.*\n)/, '$1A deck rewritten by the incremental test, quoted by every page that previews it.\n'));
    await expectSameAsFullBuild();
  });

  it('moves a line whose title changes, and every link to it', async () => {
    const line = exportLine();
    const before = line.url;
    await edit(line.file!, (text) => text.replace(line.title, 'How does an inquiring line renamed by a test change its neighbours?'));
    expect(served.session.site().record(line.id)).toBeUndefined();
    expect(listFiles(served.outDir).some((f) => f.startsWith(before.slice(1)))).toBe(false);
    await expectSameAsFullBuild();
  });

  it('turns a deleted note into a stub known by reference', async () => {
    const note = exportNote();
    await rm(path.join(corpus.dir, note.file!));
    await (
      await updater.update([note.file!])
    ).background;
    expect(served.session.site().atlas.notes.find((n) => n.title === note.title)?.stub).toBe(true);
    await expectSameAsFullBuild();
  });

  it('reports an unsafe url an edit brings, and keeps reporting it while other files change', async () => {
    const [line, other] = served.session.site().atlas.lines.filter((l) => l.file?.endsWith('.txt'));
    await edit(line!.file!, (text) => text.replace(line!.title, `${line!.title}\n\nA [link that runs code](javascript:alert(1)) in the deck.`));
    const unsafe = () => served.session.diagnostics.filter((d) => d.ruleId === 'unsafe-url' && d.file === line!.file);
    expect(unsafe()).toHaveLength(1);
    await edit(other!.file!, (text) => text.replace(other!.title, "How does a second line edited by a test leave the first one's report alone?"));
    expect(unsafe()).toHaveLength(1);
    await expectSameAsFullBuild();
  });

  it('adds the records of a new file', async () => {
    const source = files().find((f) => f.endsWith('.txt') && f.includes(path.basename(exportLine().file!)))!;
    const text = await readFile(path.join(corpus.dir, source), 'utf8');
    const title = exportLine().title;
    const added = source.replace(/\.txt$/, '-copy.txt');
    await writeFile(path.join(corpus.dir, added), text.replace(title, 'Is a brand-new inquiring line added while serving on every list?'));
    await (
      await updater.update([added])
    ).background;
    expect(served.session.site().atlas.lines.some((l) => l.title === 'Is a brand-new inquiring line added while serving on every list?')).toBe(true);
    await expectSameAsFullBuild();
  });
});
