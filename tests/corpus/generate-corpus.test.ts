import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus, planCorpus, renderCorpus, renderFile, DEFAULT_CORPUS_OPTIONS, type CorpusOptions } from '../../tools/corpus/index.ts';
import { LINE_PARAGRAPH_WORDS } from '../../tools/corpus/bodies.ts';
import { ANCHOR, normalize, readCorpusFile, wordCount, type ReadFile, type ReadLine, type ReadNote } from './corpus-text.ts';

const SMALL: CorpusOptions = { ...DEFAULT_CORPUS_OPTIONS, lines: 60, notes: 40, papers: 30, collections: 5, seed: 7 };
const MEDIUM: CorpusOptions = { ...DEFAULT_CORPUS_OPTIONS, lines: 800, notes: 400, papers: 300, collections: 12, seed: 3 };

const plan = planCorpus(MEDIUM);
const files = renderCorpus(plan);
const read = files.map((f) => ({ ...f, doc: readCorpusFile(f.path, f.text) }));
const docs = read.map((f) => f.doc).filter((d): d is ReadFile => d !== undefined);
const lines = docs.filter((d): d is ReadLine => d.kind === 'inquiring-line');
const notes = docs.filter((d): d is ReadNote => d.kind === 'note');
const planned = new Map([...plan.lines, ...plan.noteFiles].map((f) => [f.path, f]));

describe('the layout the tests read', () => {
  it('is the seeds’ layout: the same expressions read the real seed files', () => {
    const seeds = readdirSync('seeds')
      .sort()
      .map((name) => readCorpusFile(name, readFileSync(`seeds/${name}`, 'utf8')));
    expect(seeds.map((d) => d?.kind)).toEqual(['inquiring-line', 'inquiring-line', 'note', 'inquiring-line']);
    expect(seeds.map((d) => (d?.kind === 'inquiring-line' ? d.sources.length : d?.related.length))).toEqual([7, 9, 5, 5]);
  });
});

describe('determinism', () => {
  it('gives byte-identical files for the same options and seed', () => {
    expect(generateCorpus(SMALL)).toEqual(generateCorpus({ ...SMALL }));
  });

  it('gives different files for a different seed', () => {
    const a = generateCorpus(SMALL);
    const b = generateCorpus({ ...SMALL, seed: 8 });
    expect(b.map((f) => f.path)).not.toEqual(a.map((f) => f.path));
    const textsA = new Set(a.map((f) => f.text));
    expect(b.filter((f) => textsA.has(f.text))).toHaveLength(0);
  });

  it('renders a file the same on its own as within the whole corpus', () => {
    const one = plan.lines[123]!;
    expect(renderFile(MEDIUM.seed, one)).toEqual(files.find((f) => f.path === one.path));
  });
});

describe('counts', () => {
  it('reads back every file in the seeds’ layout', () => {
    expect(read.filter((f) => f.doc === undefined).map((f) => f.path)).toEqual([]);
  });

  it('writes one file per line and one per written note title', () => {
    const stubs = Math.round(MEDIUM.notes * MEDIUM.stubShare);
    expect(lines).toHaveLength(MEDIUM.lines);
    expect(notes).toHaveLength(MEDIUM.notes - stubs);
    expect(new Set(docs.map((d) => d.title)).size).toBe(docs.length);
  });

  it('names exactly --notes distinct note titles, the unwritten ones as sources or related', () => {
    const named = new Set(notes.map((n) => n.title));
    for (const line of lines) for (const s of line.sources) named.add(s.title);
    for (const note of notes) for (const r of note.related) named.add(r.title);
    expect(named.size).toBe(MEDIUM.notes);
    const lineTitles = new Set(lines.map((l) => l.title));
    expect([...named].filter((t) => lineTitles.has(t))).toEqual([]);
  });

  it('cites exactly --papers distinct, well-formed arXiv ids', () => {
    const ids = new Set<string>();
    for (const line of lines) for (const m of line.prompt.matchAll(/arXiv:(\S+?)[ )]/g)) ids.add(m[1]!);
    expect(ids.size).toBe(MEDIUM.papers);
    for (const id of ids) {
      expect(id).toMatch(/^\d{4}\.\d{5}$/);
      const month = Number(id.slice(2, 4));
      expect(month).toBeGreaterThanOrEqual(1);
      expect(month).toBeLessThanOrEqual(12);
    }
  });

  it('uses --collections names, each with a written note', () => {
    expect(new Set(notes.map((n) => n.collection))).toEqual(new Set(plan.collections));
    expect(plan.collections).toHaveLength(MEDIUM.collections);
  });

  it('writes about a tenth of the files as Markdown', () => {
    const share = docs.filter((d) => d.format === 'markdown').length / docs.length;
    expect(share).toBeGreaterThan(0.06);
    expect(share).toBeLessThan(0.14);
  });
});

describe('inquiring lines', () => {
  it('list 4–10 sources, each a title and a finding-style summary', () => {
    for (const line of lines) {
      expect(line.sources.length).toBeGreaterThanOrEqual(4);
      expect(line.sources.length).toBeLessThanOrEqual(10);
      for (const s of line.sources) {
        expect(s.title).toMatch(/^[A-Z][^\n]+\?$/);
        expect(s.summary).toMatch(/^[^\n]+\.$/);
      }
    }
  });

  it('declare the number of sources they list, except the few planned to be wrong', () => {
    const wrong = read.filter((f) => f.doc?.kind === 'inquiring-line' && f.doc.declared !== undefined && f.doc.declared !== f.doc.sources.length);
    const plannedWrong = plan.lines.filter((l) => l.quirks.wrongSourceCount && l.format === 'export');
    expect(wrong.map((f) => f.path).sort()).toEqual(plannedWrong.map((l) => l.path).sort());
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.length / lines.length).toBeLessThan(0.03);
  });

  it('have 4–6 body paragraphs of 80–180 words naming 2–6 of their sources inline', () => {
    for (const line of lines) {
      const paragraphs = line.body.split('\n\n');
      if (paragraphs[0] === line.summary) paragraphs.shift();
      expect(paragraphs.length).toBeGreaterThanOrEqual(4);
      expect(paragraphs.length).toBeLessThanOrEqual(6);
      for (const p of paragraphs) {
        const words = wordCount(p.replaceAll('[[', '').replaceAll(']]', ''));
        expect(words).toBeGreaterThanOrEqual(LINE_PARAGRAPH_WORDS.min);
        expect(words).toBeLessThanOrEqual(LINE_PARAGRAPH_WORDS.max);
      }
      const named = line.sources.filter((s) => line.body.includes(s.title));
      expect(named.length).toBeGreaterThanOrEqual(2);
      expect(named.length).toBeLessThanOrEqual(6);
    }
  });

  it('name titles with no delimiters in the export, as the seeds do, and as [[wikilinks]] in some Markdown', () => {
    const exported = lines.filter((l) => l.format === 'export');
    expect(exported.every((l) => !l.body.includes('[['))).toBe(true);
    expect(exported.some((l) => l.sources.some((s) => l.body.includes(` ${s.title}. `)))).toBe(true);
    const wikilinked = lines.filter((l) => l.format === 'markdown' && /\[\[[^\]]+\?\]\]/.test(l.body));
    expect(wikilinked.length).toBeGreaterThan(0);
  });

  it('carry a research prompt with 2–5 anchor papers in the seeds’ three citation shapes and bullet styles', () => {
    const shapes = new Set<string>();
    const bullets = new Set<string>();
    for (const line of lines) {
      expect(line.prompt).toMatch(/^You are a (research analyst|[a-z ]+) /);
      expect(line.prompt).toMatch(/\(1\)[\s\S]+\(2\)[\s\S]+\(3\)/);
      const anchors = line.prompt.split('\n').filter((l) => l.includes('arXiv:'));
      expect(anchors.length).toBeGreaterThanOrEqual(2);
      expect(anchors.length).toBeLessThanOrEqual(5);
      for (const a of anchors) {
        const m = ANCHOR.exec(a);
        expect(m, a).not.toBeNull();
        shapes.add(m!.groups!.d1 ? 'date-title' : m!.groups!.d2 ? 'title-date' : 'date-colon');
        bullets.add(/^(- |• | {2}• )/.exec(a)![1]!);
      }
    }
    expect(shapes).toEqual(new Set(['date-title', 'title-date', 'date-colon']));
    expect(bullets).toEqual(new Set(['- ', '• ', '  • ']));
  });

  it('point next to 0–3 other lines', () => {
    const titles = new Set(lines.map((l) => l.title));
    const counts = new Set<number>();
    for (const line of lines) {
      counts.add(line.next.length);
      expect(line.next.length).toBeLessThanOrEqual(3);
      for (const t of line.next) {
        expect(titles.has(t)).toBe(true);
        expect(t).not.toBe(line.title);
      }
    }
    expect(counts).toEqual(new Set([0, 1, 2, 3]));
  });
});

describe('concept notes', () => {
  it('have 5–10 body lines, sometimes a `- ` list, and 2–6 related concepts', () => {
    let withList = 0;
    for (const note of notes.filter((n) => n.format === 'export')) {
      const body = note.body.split('\n');
      if (body[0] === note.summary) body.shift();
      expect(body.length).toBeGreaterThanOrEqual(5);
      expect(body.length).toBeLessThanOrEqual(10);
      if (body.some((l) => l.startsWith('- '))) withList++;
    }
    expect(withList).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.related.length).toBeGreaterThanOrEqual(2);
      expect(note.related.length).toBeLessThanOrEqual(6);
      expect(note.related.map((r) => r.title)).not.toContain(note.title);
      expect(note.originalTitle).toMatch(/^[a-zA-Z][^\n?]+$/);
    }
  });

  it('relate to some notes that are never written (stubs)', () => {
    const written = new Set(notes.map((n) => n.title));
    const toStubs = notes.flatMap((n) => n.related).filter((r) => !written.has(r.title));
    expect(toStubs.length).toBeGreaterThan(0);
  });
});

describe('quirks and names', () => {
  it('sprinkles the seeds’ quirks into a few files, and leaves most files clean', () => {
    const crlf = files.filter((f) => f.text.includes('\r\n')).length;
    const trailing = files.filter((f) => / +\r?$/m.test(f.text)).length;
    const repeated = docs.filter((d) => d.body.startsWith(`${d.summary}\n`)).length;
    const newline = files.filter((f) => f.path.endsWith('.txt') && f.text.endsWith('\n')).length;
    for (const n of [crlf, trailing, repeated]) {
      expect(n).toBeGreaterThan(0);
      expect(n / files.length).toBeLessThan(0.08);
    }
    expect(newline).toBeGreaterThan(0);
    expect(files.filter((f) => normalize(f.text) === f.text).length / files.length).toBeGreaterThan(0.5);
  });

  it('names files like the seeds, spread over nested folders, with the plan’s quirks where planned', () => {
    const folders = new Set<string>();
    for (const f of files) {
      expect(f.path).toMatch(/^(?:[a-z0-9-]+\/)+\d{6}_[0-9a-f]{16}\.(?:txt|md)$/);
      folders.add(f.path.slice(0, f.path.lastIndexOf('/')));
      expect(f.text.includes('\r\n')).toBe(planned.get(f.path)!.quirks.crlf);
    }
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    expect(folders.size).toBeGreaterThan(2);
  });

  it('never lets one title sit inside another, so inline mentions are unambiguous', () => {
    const titles = [...plan.notes.map((n) => n.title), ...plan.lines.map((l) => l.title)].map((t) => t.toLowerCase());
    const all = new Set(titles);
    for (const t of titles) {
      const words = t.split(' ');
      for (let i = 1; i < words.length; i++) expect(all.has(words.slice(i).join(' '))).toBe(false);
    }
  });
});
