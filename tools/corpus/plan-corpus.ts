/**
 * Every decision about the corpus's structure, made once and up front: which titles exist,
 * which are written and which only cited, who cites whom, which papers each prompt anchors on,
 * which file gets which quirk, and where each file goes.
 */
import { collectionNames } from './collections.ts';
import { createCoverage, drawDistinct } from './coverage.ts';
import { assignPaths } from './file-names.ts';
import type { CorpusPlan, FilePlan, LineFilePlan, NoteFilePlan, NoteTitlePlan } from './corpus-plan.ts';
import type { CorpusOptions } from './options.ts';
import { planPapers, type PaperPlan } from './papers.ts';
import { planQuirks, NO_QUIRKS, type FileQuirks } from './quirks.ts';
import { randomFor, type Random } from './random.ts';
import { PROMPT_STYLES, type AnchorPlan, type CitationShape, type PromptStyle } from './research-prompt.ts';
import { finding, lineDeck, noteDeck, relation } from './summaries.ts';
import { claimTitle, createTitleRegistry, lineTitle, noteTitle } from './titles.ts';

const PREFERRED_SHAPE: Record<PromptStyle, CitationShape> = {
  dash: 'date-title',
  bullet: 'title-date',
  indented: 'date-colon',
};
const SHAPES: readonly CitationShape[] = ['date-title', 'title-date', 'date-colon'];

/**
 * Collections in Zipf-like sizes, as real libraries have a few big topics and a long tail.
 * `sqrt` rather than a fractional power: IEEE 754 rounds it exactly, so every engine agrees.
 */
function collectionWeights(count: number): number[] {
  return Array.from({ length: count }, (_, k) => 1 / Math.sqrt(k + 1));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function fileQuirks(r: Random, format: 'export' | 'markdown', kind: FilePlan['kind']): FileQuirks {
  const q = planQuirks(r);
  if (format === 'markdown') return { ...NO_QUIRKS, crlf: q.crlf, finalNewline: true };
  return kind === 'note' ? { ...q, wrongSourceCount: false } : q;
}

function wrongCount(r: Random, actual: number): number {
  const off = r.pick([-2, -1, 1, 2, 3]);
  return actual + off >= 1 ? actual + off : actual + 1;
}

function anchorsFor(r: Random, style: PromptStyle, papers: PaperPlan[]): AnchorPlan[] {
  return papers.map((paper) => {
    const shape = r.chance(0.8) ? PREFERRED_SHAPE[style] : r.pick(SHAPES);
    return { paper, shape, yearOnly: r.chance(shape === 'date-title' ? 0.7 : 0.1), short: r.chance(0.25) };
  });
}

export function planCorpus(options: CorpusOptions): CorpusPlan {
  const { seed } = options;
  const collections = collectionNames(randomFor(seed, 'collections'), options.collections);
  const papers = planPapers(randomFor(seed, 'papers'), options.papers);
  const registry = createTitleRegistry();
  const titleRandom = randomFor(seed, 'titles');
  const written = options.notes - Math.round(options.notes * options.stubShare);
  const weights = collectionWeights(collections.length);

  const notes: NoteTitlePlan[] = [];
  for (let i = 0; i < options.notes; i++) {
    const r = randomFor(seed, 'note', i);
    // The first notes seed one collection each, so every collection has a written note.
    const collection = i < collections.length && i < written ? collections[i] : collections[r.weighted(weights)];
    notes.push({
      title: noteTitle(titleRandom, registry),
      collection: collection ?? '',
      written: i < written,
      deck: noteDeck(r),
      finding: finding(r),
      originalTitle: claimTitle(r),
    });
  }
  const notesIn = groupBy(notes, (n) => n.collection);
  const stubCoverage = createCoverage(
    randomFor(seed, 'stub-coverage'),
    notes.filter((n) => !n.written),
  );
  const paperCoverage = createCoverage(randomFor(seed, 'paper-coverage'), papers);

  const lines: LineFilePlan[] = [];
  for (let i = 0; i < options.lines; i++) {
    const r = randomFor(seed, 'line', i);
    const title = lineTitle(titleRandom, registry);
    const theme = collections.length > 0 ? (collections[r.weighted(weights)] as string) : '';
    const format = r.chance(options.markdownShare) ? 'markdown' : 'export';
    const quirks = fileQuirks(r, format, 'inquiring-line');
    const sources = drawDistinct(r, r.int(4, 10), { coverage: stubCoverage, pool: notesIn.get(theme) ?? [], poolShare: 0.6, all: notes });
    const mentions = r.shuffle(sources.map((s) => s.title)).slice(0, Math.min(sources.length, r.int(2, 6)));
    const style: PromptStyle = format === 'markdown' ? 'dash' : r.pick(PROMPT_STYLES);
    const cited = drawDistinct(r, r.int(2, 5), { coverage: paperCoverage, coverSlots: 5, pool: [], poolShare: 0, all: papers });
    lines.push({
      kind: 'inquiring-line',
      path: '',
      format,
      quirks,
      title,
      summary: lineDeck(r),
      theme,
      sources,
      declaredSourceCount: quirks.wrongSourceCount ? wrongCount(r, sources.length) : sources.length,
      mentions,
      prompt: { style, anchors: anchorsFor(r, style, cited) },
      next: [],
    });
  }
  // Next lines are chosen once every line has its title, preferring lines on the same theme.
  const linesIn = groupBy(lines, (l) => l.theme);
  for (const [i, line] of lines.entries()) {
    const r = randomFor(seed, 'next', i);
    const picked = drawDistinct(r, r.weighted([40, 25, 20, 15]), {
      pool: linesIn.get(line.theme) ?? [],
      poolShare: 0.7,
      all: lines,
      exclude: new Set([line]),
    });
    line.next = picked.map((l) => l.title);
  }

  const noteFiles: NoteFilePlan[] = notes
    .filter((n) => n.written)
    .map((note, i) => {
      const r = randomFor(seed, 'note-file', i);
      const format = r.chance(options.markdownShare) ? 'markdown' : 'export';
      const targets = drawDistinct(r, r.int(2, 6), {
        coverage: stubCoverage,
        pool: notesIn.get(note.collection) ?? [],
        poolShare: 0.75,
        all: notes,
        exclude: new Set([note]),
      });
      const related = targets.map((t) => ({
        title: t.title,
        description: r.chance(0.8) ? t.deck : noteDeck(r),
        relation: relation(r),
      }));
      const mentions = r.shuffle(targets.map((t) => t.title)).slice(0, Math.min(targets.length, r.int(1, 3)));
      return { kind: 'note', path: '', format, quirks: fileQuirks(r, format, 'note'), note, related, mentions };
    });

  const files: FilePlan[] = [...lines, ...noteFiles];
  const paths = assignPaths(
    randomFor(seed, 'paths'),
    seed,
    files.map((f) => ({ title: f.kind === 'note' ? f.note.title : f.title, extension: f.format === 'markdown' ? 'md' : 'txt' })),
  );
  files.forEach((f, i) => (f.path = paths[i] as string));
  return { options, collections, papers, notes, lines, noteFiles };
}
