/**
 * One vocabulary: record kinds, their labels, edge kinds, their orders and phrases, the string
 * order and the arXiv id pattern are each written in one module, and the build's pages and the
 * browser scripts say the same words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARXIV_LINK, ARXIV_MENTION, canonicalArxivId } from '../src/arxiv.ts';
import { loadAtlas } from '../src/load/load-atlas.ts';
import type { EdgeKind } from '../src/model.ts';
import { EDGE_KINDS, EDGE_KINDS_BY_NAME, EDGE_KINDS_BY_STRENGTH, KIND_KEYS, KIND_LABELS, relationPhrase } from '../src/vocabulary.ts';
import { buildTestSite } from './support/build-site.ts';
import { readPage } from './support/read-page.ts';
import { writeScaleCorpus } from './scale/scale-corpus.ts';

/** Every edge kind the model's type allows; the type check fails if one is missing here. */
const ALL_EDGE_KINDS = Object.keys({ source: 0, related: 0, mention: 0, next: 0, cites: 0, in: 0 } satisfies Record<EdgeKind, 0>);

const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    // The corpus generator writes input, with its own words on purpose.
    .filter((file) => !file.includes(`${path.sep}corpus${path.sep}`));

describe('one vocabulary', () => {
  it('lists every edge kind once in each order', () => {
    for (const order of [EDGE_KINDS, EDGE_KINDS_BY_NAME, EDGE_KINDS_BY_STRENGTH]) expect([...order].sort()).toEqual([...ALL_EDGE_KINDS].sort());
    expect(KIND_KEYS.every((key) => KIND_LABELS[key].length > 0)).toBe(true);
  });

  it('is written once: no other module defines the string order, the kind labels or the arXiv id pattern', () => {
    const found = (pattern: RegExp) => sources('src').filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(found(/function compareText\b/)).toEqual([path.join('src', 'compare-text.ts')]);
    expect(found(/'Stub note'|'Note \(known by reference\)'/)).toEqual([path.join('src', 'vocabulary.ts')]);
    expect(found(/\\d\{4\}\\\.\\d\{4,5\}/)).toEqual([path.join('src', 'arxiv.ts')]);
    expect(found(/'holds this note'|'lists this as a source'/)).toEqual([path.join('src', 'vocabulary.ts')]);
  });

  it('says the same relation phrases on the page without script as the local graph does', async () => {
    // A generated library: its pages have neighbours that only the local graph's list links.
    const corpus = await writeScaleCorpus(40, 3);
    const site = await buildTestSite(corpus.dir);
    try {
      const phrases = new Set<string>();
      for (const kind of ALL_EDGE_KINDS as EdgeKind[]) for (const outgoing of [true, false]) for (const suggested of [false, true]) phrases.add(relationPhrase(kind, outgoing, undefined, suggested));
      const { atlas } = site.session.site();
      const listed: string[] = [];
      for (const record of [...atlas.lines, ...atlas.notes, ...atlas.papers, ...atlas.collections]) {
        const $ = readPage(site.outDir, record.url);
        $('.local-graph-list .edge').each((_, e) => void listed.push(...$(e).text().split(' · ')));
      }
      expect(listed.length).toBeGreaterThan(0);
      for (const phrase of listed) expect(phrases.has(phrase.replace(/^(related|relates to this): .*$/, '$1'))).toBe(true);
    } finally {
      await site.remove();
      await corpus.remove();
    }
  }, 60_000);
});

describe('the arXiv module', () => {
  it('finds ids in prose and links, without their version, as the parser names papers', async () => {
    const text = 'See arXiv:2506.13351v2 and arXiv: hep-th/9901001, not arXiv:12.';
    expect([...text.matchAll(ARXIV_MENTION)].map((m) => m[1])).toEqual(['2506.13351', 'hep-th/9901001']);
    expect(ARXIV_LINK.exec('https://arxiv.org/pdf/2506.13351v3.pdf')?.[1]).toBe('2506.13351');
    expect(canonicalArxivId('2506.13351v2')).toBe('2506.13351');
    expect(canonicalArxivId('1313.0001')).toBeUndefined();
    const { atlas } = await loadAtlas('seeds');
    for (const line of atlas.lines) for (const paper of line.prompt?.papers ?? []) expect(canonicalArxivId(paper.arxivId)).toBe(paper.arxivId);
  });
});
