import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import type { ParsedDocument } from '../../src/model.ts';
import { resolveAtlas } from '../../src/resolve/index.ts';
import { filesFor, line, note } from './build-docs.ts';

// Titles that fold together, punctuation only, unicode, hostile slugs, and arbitrary strings.
const POOL = ['Same title?', 'same  TITLE?', '“Quoted” title', '"quoted" title', '???', '— —', 'Ωmega café', 'a—b', '../../x', 'Do models scheme?', 'RLHF', ''];
const title = fc.oneof(fc.constantFrom(...POOL), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const prose = fc
  .array(
    fc.oneof(
      title,
      title.map((t) => `[[${t}]]`),
      title.map((t) => `[[${t}|label]]`),
      fc.string({ maxLength: 10 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(' '));
const arxivId = fc.constantFrom('2506.18032', '2511.04962', 'hep-th/9901001');
const date = fc.option(fc.constantFrom('2025', '2025-06', '~2025'), { nil: undefined });

interface LineSpec {
  kind: 'line';
  title: string;
  body: string;
  sources: string[];
  next: string[];
  papers: { arxivId: string; date: string | undefined }[];
  slug: string | undefined;
}

interface NoteSpec {
  kind: 'note';
  title: string;
  body: string;
  related: { title: string; relation: string }[];
  collection: string | undefined;
  originalTitle: string | undefined;
  slug: string | undefined;
}

const lineSpec: fc.Arbitrary<LineSpec> = fc.record({
  kind: fc.constant('line' as const),
  title,
  body: prose,
  sources: fc.array(title, { maxLength: 4 }),
  next: fc.array(title, { maxLength: 2 }),
  papers: fc.array(fc.record({ arxivId, date }), { maxLength: 2 }),
  slug: fc.option(title, { nil: undefined }),
});

const noteSpec: fc.Arbitrary<NoteSpec> = fc.record({
  kind: fc.constant('note' as const),
  title,
  body: prose,
  related: fc.array(fc.record({ title, relation: fc.string({ maxLength: 6 }) }), { maxLength: 3 }),
  collection: fc.option(title, { nil: undefined }),
  originalTitle: fc.option(title, { nil: undefined }),
  slug: fc.option(title, { nil: undefined }),
});

const doc = fc.oneof(lineSpec, noteSpec);

/** Documents from specs; optional fields are left out, not set to undefined, as the parser does. */
function build(specs: readonly (LineSpec | NoteSpec)[]): ParsedDocument[] {
  return specs.map((spec, i) => {
    const file = `f${String(i).padStart(2, '0')}.md`;
    const slug = spec.slug === undefined ? {} : { slug: spec.slug };
    if (spec.kind === 'line') {
      const papers = spec.papers.map((p) => (p.date === undefined ? { arxivId: p.arxivId } : { arxivId: p.arxivId, date: p.date }));
      return line(file, spec.title, { body: spec.body, sources: spec.sources, next: spec.next, papers, ...slug });
    }
    return note(file, spec.title, {
      body: spec.body,
      related: spec.related,
      ...slug,
      ...(spec.collection === undefined ? {} : { collection: spec.collection }),
      ...(spec.originalTitle === undefined ? {} : { originalTitle: spec.originalTitle }),
    });
  });
}

describe('resolveAtlas on arbitrary documents', () => {
  it('never throws, keeps ids unique, edges between existing nodes, and every stub referenced', () => {
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 8 }), (specs) => {
        const docs = build(specs);
        const atlas = resolveAtlas(docs, filesFor(docs));
        const ids = atlas.graph.nodes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        const records = [...atlas.lines, ...atlas.notes, ...atlas.papers, ...atlas.collections];
        expect(records.map((r) => r.id).sort()).toEqual([...ids].sort());
        const urls = records.map((r) => r.url);
        expect(new Set(urls).size).toBe(urls.length);
        for (const r of records) {
          expect(r.slug).toMatch(/^[a-z0-9.]+(?:-[a-z0-9.]+)*$/);
          expect(r.slug.length).toBeLessThanOrEqual(80);
        }
        const known = new Set(ids);
        const edgeKeys = new Set<string>();
        for (const edge of atlas.graph.edges) {
          expect(known.has(edge.source) && known.has(edge.target)).toBe(true);
          const key = `${edge.source} ${edge.target} ${edge.kind}`;
          expect(edgeKeys.has(key)).toBe(false);
          edgeKeys.add(key);
        }
        const targets = new Set(atlas.graph.edges.map((e) => e.target));
        for (const stub of atlas.notes.filter((n) => n.stub)) expect(targets.has(stub.id)).toBe(true);
        expect(atlas.notes.filter((n) => !n.stub)).toHaveLength(docs.filter((d) => d.kind === 'note').length);
        expect(atlas.lines).toHaveLength(docs.filter((d) => d.kind === 'inquiring-line').length);
      }),
      runs(150),
    );
  });

  it('gives the same atlas whatever order the documents come in', () => {
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 6 }), (specs) => {
        const docs = build(specs);
        const forward = JSON.stringify(resolveAtlas(docs, filesFor(docs)));
        const reversed = JSON.stringify(resolveAtlas([...docs].reverse(), filesFor(docs)));
        expect(reversed).toBe(forward);
      }),
      runs(60),
    );
  });
});
