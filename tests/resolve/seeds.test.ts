/**
 * The resolver over the real seeds, parsed by the real parser: the sample corpus is the fixture
 * every rule of the resolver has to hold on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument, ParsedInquiringLine } from '../../src/model.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { normalizeTitle, resolveAtlas } from '../../src/resolve/index.ts';

const SEEDS = path.join(import.meta.dirname, '../../seeds');
const HOW_MUCH = 'How much does self-preservation drive alignment faking in AI models?';

function load() {
  const names = readdirSync(SEEDS).sort();
  const files = names.map((name) => new VFile({ path: name, value: readFileSync(path.join(SEEDS, name)) }));
  const docs = files.map((file) => parseDocument(file)).filter((doc): doc is ParsedDocument => doc !== undefined);
  return { names, files, docs, atlas: resolveAtlas(docs, files) };
}

describe('resolving the seeds', () => {
  const { names, docs, atlas } = load();
  const edges = (kind: string) => atlas.graph.edges.filter((e) => e.kind === kind);

  it('has the three inquiring lines and the one full note', () => {
    expect(atlas.lines.map((l) => l.file).sort()).toEqual(names.filter((n) => !n.startsWith('003')));
    expect(atlas.notes.filter((n) => !n.stub).map((n) => n.file)).toEqual(['003_c04b0c3194ea4fe2.txt']);
  });

  it('makes the full note the source of every line citing it, with no stub of the same title', () => {
    const full = atlas.notes.find((n) => !n.stub)!;
    expect(atlas.notes.filter((n) => normalizeTitle(n.title) === normalizeTitle(HOW_MUCH))).toEqual([full]);
    const citing = atlas.lines.filter((l) => l.sources.some((s) => normalizeTitle(s.title) === normalizeTitle(HOW_MUCH)));
    expect(citing).toHaveLength(3);
    for (const l of citing) expect(edges('source')).toContainEqual({ source: l.id, target: full.id, kind: 'source' });
    expect(
      full.testimony
        .filter((t) => t.as === 'source')
        .map((t) => t.from)
        .sort(),
    ).toEqual(citing.map((l) => l.id).sort());
  });

  it('draws the note’s five related edges with their relations as labels', () => {
    const full = atlas.notes.find((n) => !n.stub)!;
    expect(
      edges('related')
        .map((e) => [e.source, atlas.notes.find((n) => n.id === e.target)!.title, e.label])
        .sort(),
    ).toEqual(
      [
        ['Does learning to reward hack cause emergent misalignment in agents?', 'downstream consequences of alignment faking when it succeeds'],
        ['Does optimizing against monitors destroy monitoring itself?', "monitoring for alignment faking faces the same Goodhart's Law dynamic"],
        ['Do large language models develop coherent value systems?', 'terminal goal guarding may be mechanistically related to emergent value coherence'],
        ['Do frontier models protect other models without being instructed?', 'extends goal guarding beyond self to peer models'],
        ['Does knowing about another model change self-preservation behavior?', 'peer presence amplifies self-directed goal guarding by order of magnitude'],
      ]
        .map(([title, label]) => [full.id, title, label])
        .sort(),
    );
  });

  it('turns every source title named in a line’s prose into a mention edge from that line', () => {
    let checked = 0;
    for (const doc of docs.filter((d): d is ParsedInquiringLine => d.kind === 'inquiring-line')) {
      const record = atlas.lines.find((l) => l.file === doc.file)!;
      const prose = normalizeTitle(toString(doc.body));
      for (const source of record.sources) {
        if (!prose.includes(normalizeTitle(source.title))) continue;
        checked++;
        expect(edges('mention')).toContainEqual({ source: record.id, target: source.target, kind: 'mention' });
      }
    }
    // Every source of the seeds is named in its line's prose.
    expect(checked).toBe(atlas.lines.reduce((n, l) => n + l.sources.length, 0));
  });

  it('makes a paper of every arXiv id the prompts cite', () => {
    const cited = new Set<string>();
    for (const name of names) {
      for (const match of readFileSync(path.join(SEEDS, name), 'utf8').matchAll(/arXiv:(\d{4}\.\d{4,5})/g)) cited.add(match[1]!);
    }
    expect(cited.size).toBeGreaterThan(0);
    expect(atlas.papers.map((p) => p.arxivId).sort()).toEqual([...cited].sort());
    for (const l of atlas.lines) {
      for (const p of l.prompt?.papers ?? []) expect(edges('cites')).toContainEqual({ source: l.id, target: p.target, kind: 'cites' });
    }
  });

  it('puts the note in the Alignment collection', () => {
    const full = atlas.notes.find((n) => !n.stub)!;
    const alignment = atlas.collections.find((c) => c.name === 'Alignment')!;
    expect(full.collectionId).toBe(alignment.id);
    expect(alignment.notes).toContain(full.id);
    expect(edges('in')).toContainEqual({ source: full.id, target: alignment.id, kind: 'in' });
  });

  it('suggests next lines, since the seeds list none, from shared sources', () => {
    for (const l of atlas.lines) {
      expect(l.next).toEqual([]);
      expect(l.suggestedNext.length).toBeGreaterThan(0);
      expect(l.suggestedNext).not.toContain(l.id);
    }
  });
});
