/**
 * `--obsidian-share`: the generated vault notes use every link form Obsidian has, and all of them
 * resolve: no unresolved link, broken link, missing attachment, missing anchor or embed loop;
 * the images they embed are attachments the site copies, and an unused one is left out.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/atlas.ts';
import { DEFAULT_CORPUS_OPTIONS, planCorpus, renderCorpus } from '../../tools/corpus/index.ts';

const plan = planCorpus({ ...DEFAULT_CORPUS_OPTIONS, lines: 40, notes: 80, papers: 30, collections: 5, seed: 3, markdownShare: 0.7, obsidianShare: 0.8 });
const corpus = renderCorpus(plan);
const files = corpus.map((f) => (f.path.endsWith('.svg') ? new VFile({ path: f.path }) : new VFile({ path: f.path, value: f.text })));
const { atlas, diagnostics } = buildAtlas(files);

describe('an Obsidian-style generated corpus', () => {
  it('writes notes in nested folders with every link form, callouts, tables and images', () => {
    const vault = corpus.filter((f) => f.path.startsWith('vault/') && f.path.endsWith('.md'));
    expect(vault.length).toBeGreaterThan(5);
    const text = vault.map((f) => f.text).join('\n');
    for (const form of [
      /\[\[[^\]|#]+\]\]/,
      /\[\[[^\]]+\|[^\]]+\]\]/,
      /\[\[[^\]]+\/[^\]]+\]\]/,
      /\[\[[^\]]+#[A-Z][^\]]*\]\]/,
      /\[\[[^\]]*#\^[^\]]+\]\]/,
      /\[\[#[^\]]+\]\]/,
      /!\[\[[^\]]+#[^\]]+\]\]/,
      /!\[\[[^\]]+\.svg\|\d+\]\]/,
      /\]\(\.\.\/[^)]+\.md#[a-z-]+\)/,
      /^> \[!note\]/m,
      /^\| --- \| --- \|$/m,
      /^aliases:/m,
    ]) {
      expect(text, String(form)).toMatch(form);
    }
  });

  it('resolves every link and embed', () => {
    const rules = new Set(['unresolved-link', 'broken-link', 'missing-attachment', 'unresolved-anchor', 'embed-loop']);
    expect(diagnostics.filter((d) => rules.has(d.ruleId))).toEqual([]);
  });

  it('uses its figures as attachments, and only those', () => {
    const used = (atlas.attachments ?? []).map((a) => a.path);
    const figures = corpus.filter((f) => /\/fig-[^/]+\.svg$/.test(f.path)).map((f) => f.path);
    expect(used).toEqual(figures);
    expect(used.some((p) => p.includes('unused'))).toBe(false);
  });
});
