/**
 * Never throws: the parser and the resolver together (`buildAtlas`), fed arbitrary mixes of valid
 * files — export lines and notes, Markdown lines and notes — that cite each other by titles drawn
 * from one pool (so titles repeat, nest, fold together and name themselves), with arbitrary text
 * and bytes mixed in. No exception, and the records' invariants hold: ids and urls unique, every
 * edge's ends exist, every stub is referenced, every file read yields one record, every
 * diagnostic names an input file and a line; valid files raise no error.
 */
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import { buildAtlas } from '../../src/atlas.ts';
import type { BuiltAtlas } from '../../src/atlas.ts';

// Titles that collide, nest, fold together, look like markup or template syntax, or are long.
const TITLE_POOL = [
  'Do models scheme?',
  'Do models scheme? When no one watches',
  'Same title?',
  'same  TITLE?',
  '“Quoted” title',
  '"quoted" title',
  '???',
  '***',
  'Ωmega café?',
  'a <b>bold</b> claim',
  '{{ site.title }}',
  '{% raw %}',
  'RLHF',
  'Why '.repeat(60).trim() + '?',
];
const word = fc.stringMatching(/^[A-Za-zé0-9][A-Za-zé0-9'’,.&()*_<>-]{0,11}$/);
const freeTitle = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => `${words.join(' ')}?`);
const title = fc.oneof({ arbitrary: fc.constantFrom(...TITLE_POOL), weight: 3 }, { arbitrary: freeTitle, weight: 1 });
const sentence = fc.array(fc.oneof(word, title), { minLength: 1, maxLength: 8 }).map((parts) => `${parts.join(' ')}.`);
const arxiv = fc.record({ id: fc.constantFrom('2506.18032', '2511.04962', '2506.13351', 'hep-th/9901001'), date: fc.constantFrom('2025', '2025-06', '~2025') });

const lineParts = fc.record({
  title,
  deck: sentence,
  paragraphs: fc.array(sentence, { minLength: 1, maxLength: 3 }),
  sources: fc.array(fc.record({ title, summary: sentence }), { maxLength: 3 }),
  prompt: fc.array(
    fc.oneof(
      sentence,
      sentence.map((s) => `- ${s}`),
    ),
    { minLength: 1, maxLength: 3 },
  ),
  papers: fc.array(arxiv, { maxLength: 2 }),
  next: fc.array(title, { maxLength: 2 }),
});
const noteParts = fc.record({
  title,
  deck: sentence,
  body: fc.array(
    fc.oneof(
      sentence,
      sentence.map((s) => `- ${s}`),
    ),
    { minLength: 1, maxLength: 4 },
  ),
  collection: fc.option(fc.constantFrom('Alignment', 'Interpretability', 'Safety & <Tests>'), { nil: undefined }),
  related: fc.array(fc.record({ title, description: sentence, relation: word }), { maxLength: 3 }),
  original: fc.option(sentence, { nil: undefined }),
});

const yaml = (text: string): string => JSON.stringify(text);

const exportLine = lineParts.map((p) =>
  [
    'INQUIRING LINE',
    '',
    p.title,
    '',
    p.deck,
    '',
    ...p.paragraphs.flatMap((s) => [s, '']),
    `Sources ${p.sources.length} notes`,
    '',
    ...p.sources.flatMap((s) => [s.title, '', s.summary, '']),
    'Research prompt for your LLMexpand ↓',
    '',
    'Copy into ChatGPT or Claude to take this line further.',
    '',
    `You are a tester. ${p.prompt[0]}`,
    ...p.prompt.slice(1),
    ...p.papers.map((a) => `- arXiv:${a.id} (${a.date}, A cited title)`),
    '',
    'Next inquiring lines',
    ...p.next,
  ].join('\n'),
);
const exportNote = noteParts.map((p) =>
  [
    p.title,
    p.deck,
    ...p.body,
    ...(p.collection ? [`Source: ${p.collection}`] : []),
    ...(p.related.length > 0 ? ['Related concepts in this collection', ...p.related.flatMap((r) => ['-', r.title, r.description, r.relation])] : []),
    'Click a node to walk · click center to open · click Open full network for a force-directed map',
    ...(p.original ? ['Original note title', p.original] : []),
  ].join('\n'),
);
const markdownLine = lineParts.map((p) =>
  [
    '---',
    'kind: inquiring-line',
    `title: ${yaml(p.title)}`,
    `summary: ${yaml(p.deck)}`,
    'sources:',
    ...p.sources.flatMap((s) => [`  - title: ${yaml(s.title)}`, `    summary: ${yaml(s.summary)}`]),
    `next: [${p.next.map(yaml).join(', ')}]`,
    '---',
    ...p.paragraphs.flatMap((s) => [s, '']),
    '## Research prompt',
    '',
    `You are a tester. ${p.prompt[0]}`,
    ...p.papers.map((a) => `- arXiv:${a.id} (${a.date}, A cited title)`),
    '',
  ].join('\n'),
);
const markdownNote = noteParts.map((p) =>
  [
    '---',
    'kind: note',
    `title: ${yaml(p.title)}`,
    `summary: ${yaml(p.deck)}`,
    ...(p.collection ? [`collection: ${yaml(p.collection)}`] : []),
    ...(p.original ? [`original_title: ${yaml(p.original)}`] : []),
    'related:',
    ...p.related.flatMap((r) => [`  - title: ${yaml(r.title)}`, `    relation: ${yaml(r.relation)}`, `    description: ${yaml(r.description)}`]),
    '---',
    ...p.body.flatMap((s) => [s, '']),
  ].join('\n'),
);

interface InputFile {
  extension: '.txt' | '.md';
  value: string | Uint8Array;
  valid: boolean;
  kind?: 'inquiring-line' | 'note';
}

const validFile: fc.Arbitrary<InputFile> = fc.oneof(
  exportLine.map((value) => ({ extension: '.txt' as const, value, valid: true, kind: 'inquiring-line' as const })),
  exportNote.map((value) => ({ extension: '.txt' as const, value, valid: true, kind: 'note' as const })),
  markdownLine.map((value) => ({ extension: '.md' as const, value, valid: true, kind: 'inquiring-line' as const })),
  markdownNote.map((value) => ({ extension: '.md' as const, value, valid: true, kind: 'note' as const })),
);
const anyFile: fc.Arbitrary<InputFile> = fc.oneof(
  { arbitrary: validFile, weight: 4 },
  { arbitrary: fc.record({ extension: fc.constantFrom('.txt' as const, '.md' as const), value: fc.string({ maxLength: 200 }), valid: fc.constant(false) }), weight: 1 },
  { arbitrary: fc.record({ extension: fc.constantFrom('.txt' as const, '.md' as const), value: fc.uint8Array({ maxLength: 100 }), valid: fc.constant(false) }), weight: 1 },
);

function build(inputs: readonly InputFile[]): BuiltAtlas {
  const files = inputs.map((input, i) => new VFile({ path: `dir${i % 2}/f${String(i).padStart(2, '0')}${input.extension}`, value: input.value }));
  return buildAtlas(files);
}

function checkInvariants({ atlas, documents, files, diagnostics }: BuiltAtlas): void {
  const records = [...atlas.lines, ...atlas.notes, ...atlas.papers, ...atlas.collections];
  const ids = records.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(atlas.graph.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
  const urls = records.map((r) => r.url);
  expect(new Set(urls).size).toBe(urls.length);
  // A Markdown note in a folder keeps it in its url (`/notes/dir0/slug/`).
  for (const url of urls) expect(url).toMatch(/^\/[a-z-]+\/(?:[a-z0-9.-]+\/)+$/);
  const known = new Set(ids);
  for (const edge of atlas.graph.edges) expect(known.has(edge.source) && known.has(edge.target), `${edge.source} → ${edge.target}`).toBe(true);
  const targets = new Set(atlas.graph.edges.map((e) => e.target));
  for (const stub of atlas.notes.filter((n) => n.stub)) expect(targets.has(stub.id), stub.id).toBe(true);
  // Every file read is one record, and only files are records with a file.
  const fromFiles = [...atlas.lines, ...atlas.notes.filter((n) => !n.stub)].map((r) => r.file).sort();
  expect(fromFiles).toEqual(documents.map((d) => d.file).sort());
  const paths = new Set(files.map((f) => f.path));
  for (const d of diagnostics) {
    expect(paths.has(d.file), d.file).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

describe('parse + resolve on arbitrary mixes of files', () => {
  it('never throws on mixes of valid files, keeps the invariants, and reports no error', () => {
    fc.assert(
      fc.property(fc.array(validFile, { minLength: 1, maxLength: 8 }), (inputs) => {
        const built = build(inputs);
        checkInvariants(built);
        expect(built.documents.map((d) => d.kind)).toEqual(inputs.map((i) => i.kind));
        expect(built.atlas.lines).toHaveLength(inputs.filter((i) => i.kind === 'inquiring-line').length);
        expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      runs(120),
    );
  });

  it('never throws when arbitrary text and bytes are mixed in, and keeps the invariants', () => {
    fc.assert(
      fc.property(fc.array(anyFile, { maxLength: 8 }), (inputs) => {
        const built = build(inputs);
        checkInvariants(built);
        expect(built.documents.length).toBeGreaterThanOrEqual(inputs.filter((i) => i.valid).length);
      }),
      runs(120),
    );
  });
});
