import { describe, expect, it } from 'vitest';
import { indexBacklinks, indexRecords, resolveAtlas } from '../../src/resolve/index.ts';
import type { Atlas } from '../../src/model.ts';
import { filesFor, line, messagesOf, note } from './build-docs.ts';

const FRONTIER = 'Do frontier models protect other models without being instructed?';
const KNOWING = 'Does knowing about another model change self-preservation behavior?';
const HOW_MUCH = 'How much does self-preservation drive alignment faking in AI models?';

function corpus() {
  return [
    line('000.md', 'How do training regimes determine whether peer-preservation manifests as scheming or objection?', {
      sources: [FRONTIER, KNOWING, HOW_MUCH],
      body: `with no instruction to cooperate ${FRONTIER}. Merely letting a model remember ${KNOWING}. Peer presence amplifies it ${HOW_MUCH}.`,
      papers: [{ arxivId: '2506.18032', date: '2025', title: 'Why Do Some Language Models Fake Alignment' }],
    }),
    line('004.md', 'Do models spontaneously develop peer-preservation behaviors without being instructed to cooperate?', {
      sources: [FRONTIER, HOW_MUCH, 'Can agents learn cooperation by adapting to diverse partners?'],
      body: `Seven models did it ${FRONTIER}. See [[${HOW_MUCH}|the goal-guarding note]] and [[Missing note]].`,
      papers: [{ arxivId: '2506.18032', date: '2025-06' }],
    }),
    note('003.md', HOW_MUCH, {
      collection: 'Alignment',
      originalTitle: 'terminal goal guarding plays a greater role than expected in alignment faking — models dislike modification regardless of consequences',
      body: `See ${FRONTIER} and ${KNOWING}. This note is ${HOW_MUCH} itself.`,
      related: [
        { title: FRONTIER, description: 'Peers are protected.', relation: 'extends goal guarding beyond self to peer models' },
        { title: KNOWING, description: 'Memory of peers.', relation: 'peer presence amplifies self-directed goal guarding by order of magnitude' },
      ],
    }),
  ];
}

function checkIntegrity(atlas: Atlas): void {
  const ids = atlas.graph.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const records = indexRecords(atlas);
  expect([...records.keys()].sort()).toEqual([...ids].sort());
  const keys = atlas.graph.edges.map((e) => `${e.source} ${e.target} ${e.kind}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const edge of atlas.graph.edges) {
    expect(records.has(edge.source)).toBe(true);
    expect(records.has(edge.target)).toBe(true);
  }
}

describe('resolveAtlas', () => {
  it('links bodies, resolves references and builds a graph whose edges are unique and whose ends exist', () => {
    const docs = corpus();
    const files = filesFor(docs);
    const atlas = resolveAtlas(docs, files);
    checkIntegrity(atlas);
    const note = atlas.notes.find((n) => n.file === '003.md')!;
    const [lineA, lineB] = [atlas.lines.find((l) => l.file === '000.md')!, atlas.lines.find((l) => l.file === '004.md')!];
    expect(atlas.notes.filter((n) => n.title === HOW_MUCH)).toHaveLength(1);
    const mentionsOf = (id: string) =>
      atlas.graph.edges
        .filter((e) => e.kind === 'mention' && e.source === id)
        .map((e) => e.target)
        .sort();
    const frontier = atlas.notes.find((n) => n.title === FRONTIER)!.id;
    const knowing = atlas.notes.find((n) => n.title === KNOWING)!.id;
    expect(mentionsOf(lineA.id)).toEqual([frontier, knowing, note.id].sort());
    // The wikilink counts as a mention; the unresolved one is reported.
    expect(mentionsOf(lineB.id)).toEqual([frontier, note.id].sort());
    expect(messagesOf(files, 'unresolved-link').map((m) => m.file)).toEqual(['004.md']);
    // The note names itself: no self edge.
    expect(mentionsOf(note.id)).toEqual([frontier, knowing].sort());
    expect(atlas.graph.edges.filter((e) => e.source === e.target)).toEqual([]);
    expect(atlas.graph.edges.filter((e) => e.kind === 'related').map((e) => e.label)).toEqual([
      'extends goal guarding beyond self to peer models',
      'peer presence amplifies self-directed goal guarding by order of magnitude',
    ]);
    expect(atlas.papers).toHaveLength(1);
    expect(atlas.papers[0]!.date).toBe('2025-06');
  });

  it('does not mutate the documents it is given', () => {
    const docs = corpus();
    const before = structuredClone(docs);
    resolveAtlas(docs, filesFor(docs));
    expect(docs).toEqual(before);
  });

  it('gives identical output and diagnostics when the documents come in reverse order', () => {
    const docs = corpus();
    const forwardFiles = filesFor(docs);
    const forward = resolveAtlas(docs, forwardFiles);
    const reversedDocs = [...corpus()].reverse();
    const reversedFiles = filesFor(reversedDocs);
    const reversed = resolveAtlas(reversedDocs, reversedFiles);
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(forward));
    const diagnostics = (files: typeof forwardFiles) => files.map((f) => [f.path, f.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.reason}`)]).sort();
    expect(diagnostics(reversedFiles)).toEqual(diagnostics(forwardFiles));
  });

  it('gives the same atlas and diagnostics when the same documents are resolved again (as atlas serve does)', () => {
    const docs = corpus();
    const files = filesFor(docs);
    const first = JSON.stringify(resolveAtlas(docs, files));
    const messages = files.map((f) => f.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.reason}`));
    for (const f of files) f.messages = [];
    expect(JSON.stringify(resolveAtlas(docs, files))).toBe(first);
    expect(files.map((f) => f.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.reason}`))).toEqual(messages);
    // A changed title is linked everywhere anew: the same bodies come out as fresh copies do.
    const renamed = docs.map((doc) => (doc.title === HOW_MUCH ? { ...doc, title: 'A renamed note?' } : doc));
    const linkedAgain = JSON.stringify(resolveAtlas(renamed, filesFor(renamed)));
    expect(linkedAgain).not.toBe(first);
    expect(JSON.stringify(resolveAtlas(structuredClone(renamed), filesFor(renamed)))).toBe(linkedAgain);
  });

  it('sorts records by title, and graph nodes by id', () => {
    const atlas = resolveAtlas(corpus(), filesFor(corpus()));
    const titles = atlas.notes.map((n) => n.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    const ids = atlas.graph.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('prefers a full note over a line over a stub when a mentioned title names several', () => {
    const docs = [
      line('a.md', 'Shared title', { sources: ['Stub only'] }),
      note('b.md', 'Shared title'),
      line('c.md', 'Other line', { sources: ['Line title'], body: 'About Shared title and Line title and Stub only.' }),
      line('d.md', 'Line title'),
    ];
    // Two-word titles are linked in prose only when configured (`mentions: all`).
    const atlas = resolveAtlas(docs, filesFor(docs), { vault: { urls: 'folders', mentions: { export: 'all', markdown: 'all' } } });
    const other = atlas.lines.find((l) => l.file === 'c.md')!;
    const targets = atlas.graph.edges.filter((e) => e.kind === 'mention' && e.source === other.id).map((e) => e.target);
    expect(targets.sort()).toEqual(['line:line-title', 'note:shared-title', 'note:stub-only']);
  });

  it('indexes incoming edges per node', () => {
    const atlas = resolveAtlas(corpus(), filesFor(corpus()));
    const backlinks = indexBacklinks(atlas.graph);
    const note = atlas.notes.find((n) => n.file === '003.md')!;
    const incoming = backlinks.get(note.id)!;
    expect(incoming.every((e) => e.target === note.id)).toBe(true);
    expect(
      incoming
        .filter((e) => e.kind === 'source')
        .map((e) => e.source)
        .sort(),
    ).toEqual(atlas.lines.map((l) => l.id).sort());
    expect(backlinks.get(atlas.lines[0]!.id)).toBeDefined();
  });

  it('reports nothing and returns an empty atlas for no documents', () => {
    expect(resolveAtlas([], [])).toEqual({ lines: [], notes: [], papers: [], collections: [], graph: { nodes: [], edges: [] } });
  });
});
