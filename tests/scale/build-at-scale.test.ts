/**
 * Correct at scale: a generated corpus of a few hundred files (200 inquiring lines, about 500
 * pages) builds with no broken internal link, anchors and graph files included, and two builds,
 * into different folders, are byte for byte the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_ENTRIES } from '../../src/site/pages/feed.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { expectNeighboursLinked } from '../support/local-graph-links.ts';
import { listFiles } from '../support/read-page.ts';
import { findBrokenLinks } from './internal-links.ts';
import type { ScaleCorpus } from './scale-corpus.ts';
import { writeScaleCorpus } from './scale-corpus.ts';

let corpus: ScaleCorpus;
let first: TestSite;
let second: TestSite;

beforeAll(async () => {
  corpus = await writeScaleCorpus();
  first = await buildTestSite(corpus.dir);
  second = await buildTestSite(corpus.dir);
});
afterAll(async () => {
  await first?.remove();
  await second?.remove();
  await corpus?.remove();
});

describe('a generated corpus of a few hundred files', () => {
  it('builds every record with no build error', () => {
    expect(corpus.files).toBeGreaterThan(250);
    expect(first.session.buildErrors).toEqual([]);
    const { lines, notes, papers, collections } = first.session.site().atlas;
    expect(first.session.stats.records).toBe(lines.length + notes.length + papers.length + collections.length);
    // One search document per record, and one per tag page.
    expect(first.session.stats.searchDocuments).toBe(first.session.stats.records + first.session.site().tagPages.length);
  });

  it('has no broken internal link, anchors and graph files included', () => {
    const { checked, broken } = findBrokenLinks(first.outDir);
    expect(checked).toBeGreaterThan(10_000);
    expect(broken).toEqual([]);
  });

  it('links every neighbour of every line and note page without script, listing only those the article does not', () => {
    const site = first.session.site();
    const seen = new Set<string>();
    for (const record of [...site.atlas.lines, ...site.atlas.notes]) {
      const $ = cheerio.load(readFileSync(path.join(first.outDir, record.url, 'index.html'), 'utf8'));
      seen.add(
        expectNeighboursLinked(
          $,
          site.neighbours(record.id).map((n) => n.record.url),
        ),
      );
    }
    // Pages whose article links only some of their neighbours occur here, not in the seeds.
    expect(seen).toContain('some');
    expect(seen).toContain('all');
  });

  it('puts the newest 50 of its 200 lines in the feed, newest first', () => {
    const feed = cheerio.load(readFileSync(path.join(first.outDir, 'feed.xml'), 'utf8'), { xml: true });
    const { lines } = first.session.site().atlas;
    expect(lines.length).toBeGreaterThan(FEED_ENTRIES);
    const updated = feed('entry updated')
      .toArray()
      .map((e) => feed(e).text());
    expect(feed('entry')).toHaveLength(FEED_ENTRIES);
    expect(updated).toEqual([...updated].sort().reverse());
    const oldestShown = updated.at(-1)!;
    const newer = lines.filter((l) => l.date && `${l.date}T00:00:00Z` > oldestShown);
    for (const line of newer) expect(feed(`entry link[href="${line.url}"]`)).toHaveLength(1);
  });

  it('builds byte-identical output twice', () => {
    const files = listFiles(first.outDir);
    expect(listFiles(second.outDir)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(path.join(first.outDir, f)).equals(readFileSync(path.join(second.outDir, f))));
    expect(differing).toEqual([]);
  });
});
