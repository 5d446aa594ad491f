import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../../src/diagnostics.ts';
import { planCorpus, renderCorpus, renderFile, DEFAULT_CORPUS_OPTIONS } from '../../tools/corpus/index.ts';
import { parseDocument } from '../../src/parse/index.ts';
import type { ParsedDocument } from '../../src/model.ts';

// The real parser reading a small generated corpus: the generator's layout is the seeds' layout.
const plan = planCorpus({ ...DEFAULT_CORPUS_OPTIONS, lines: 60, notes: 40, papers: 30, collections: 5, seed: 11 });
const files = renderCorpus(plan).map((f) => new VFile({ path: f.path, value: f.text }));
const parsed = files.map((file) => parseDocument(file)).filter((d): d is ParsedDocument => d !== undefined);

describe('generated corpus through the parser', () => {
  it('parses every file, with no error diagnostics', () => {
    expect(parsed).toHaveLength(files.length);
    expect(collectDiagnostics(files).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports nothing but the quirks sprinkled on purpose', () => {
    const quirks = new Set(['crlf', 'trailing-space', 'summary-repeated', 'sources-count']);
    expect(collectDiagnostics(files).filter((d) => !quirks.has(d.ruleId))).toEqual([]);
  });

  it('finds the planned lines and notes with their titles, sources, prompts and related concepts', () => {
    const byFile = new Map(parsed.map((d) => [d.file, d]));
    for (const line of plan.lines) {
      const doc = byFile.get(line.path);
      expect(doc?.kind).toBe('inquiring-line');
      if (doc?.kind !== 'inquiring-line') continue;
      expect(doc.title).toBe(line.title);
      expect(doc.summary).toBe(line.summary);
      expect(doc.sources.map((s) => s.title)).toEqual(line.sources.map((s) => s.title));
      expect(doc.prompt?.papers.map((p) => p.arxivId)).toEqual(line.prompt.anchors.map((a) => a.paper.arxivId));
      expect(doc.next.map((n) => n.title)).toEqual(line.next);
      if (line.format === 'export') expect(doc.declaredSourceCount).toBe(line.declaredSourceCount);
    }
    for (const note of plan.noteFiles) {
      const doc = byFile.get(note.path);
      expect(doc?.kind).toBe('note');
      if (doc?.kind !== 'note') continue;
      expect(doc.title).toBe(note.note.title);
      expect(doc.collection).toBe(note.note.collection);
      expect(doc.originalTitle).toBe(note.note.originalTitle);
      expect(doc.related.map((r) => r.title)).toEqual(note.related.map((r) => r.title));
    }
  });

  it('reports a wrong "Sources N" exactly where the plan put one', () => {
    // A bigger plan, so the ~1% of wrong counts certainly occurs; only its lines are parsed.
    const big = planCorpus({ ...DEFAULT_CORPUS_OPTIONS, lines: 1000, notes: 400, papers: 200, collections: 10, seed: 11 });
    const exported = big.lines.filter((l) => l.format === 'export');
    const wrong = exported.filter((l) => l.declaredSourceCount !== l.sources.length);
    const sample = [...wrong, ...exported.slice(0, 20)];
    const vfiles = sample.map((l) => renderFile(big.options.seed, l)).map((f) => new VFile({ path: f.path, value: f.text }));
    for (const file of vfiles) parseDocument(file);
    const reported = new Set(
      collectDiagnostics(vfiles)
        .filter((d) => d.ruleId === 'sources-count')
        .map((d) => d.file),
    );
    expect(wrong.length).toBeGreaterThan(0);
    expect([...reported].sort()).toEqual(wrong.map((l) => l.path).sort());
  });
});
