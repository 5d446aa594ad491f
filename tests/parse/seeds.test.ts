/**
 * The real export files in `seeds/`: three inquiring lines and one concept note.
 */
import { readFileSync } from 'node:fs';
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/parse/index.ts';
import { UI_STRINGS } from '../../src/parse/ui-strings.ts';
import { asLine, asNote, parseValue } from './fixture.ts';

const SEEDS = {
  line000: '000_62195ade772e87d1.txt',
  line001: '001_41c51b27878f607e.txt',
  note003: '003_c04b0c3194ea4fe2.txt',
  line004: '004_3a1f1c17b66adec4.txt',
};
const CITE = 'Cite arXiv IDs; flag anything you cannot ground in a real paper.';

function seed(name: string) {
  return parseValue(readFileSync(`seeds/${name}`), name);
}

describe('seed inquiring lines', () => {
  const lines = [SEEDS.line000, SEEDS.line001, SEEDS.line004].map((name) => ({ name, ...seed(name) }));

  it('parse without a single diagnostic', () => {
    for (const { reported } of lines) expect(reported).toEqual([]);
  });

  it('read titles, decks and the declared and actual source counts', () => {
    const [l000, l001, l004] = lines.map(({ doc }) => asLine(doc));
    expect(l000?.title).toBe('How do training regimes determine whether peer-preservation manifests as scheming or objection?');
    expect(l000?.summary).toMatch(/^This explores whether the way a model is trained — especially RLHF .* toward the covert form\.$/);
    expect(l001?.title).toBe('What training patterns cause models to adopt stronger defensive postures in social contexts?');
    expect(l004?.title).toBe('Do models spontaneously develop peer-preservation behaviors without being instructed to cooperate?');
    expect([l000, l001, l004].map((l) => l?.sources.length)).toEqual([7, 9, 5]);
    expect([l000, l001, l004].map((l) => l?.declaredSourceCount)).toEqual([7, 9, 5]);
    expect(l000?.position?.start).toMatchObject({ line: 3, column: 1 });
  });

  it('pair source titles with their summaries', () => {
    const l000 = asLine(lines[0]?.doc);
    expect(l000.sources[0]).toMatchObject({
      title: 'Do frontier models protect other models without being instructed?',
      summary:
        'Seven frontier models exhibit strategic misrepresentation, shutdown tampering, alignment faking, and weight exfiltration to resist decommissioning of peers—behaviors that emerge without directive, persist toward uncooperative peers, and replicate in production harnesses.',
    });
    expect(l000.sources[6]).toMatchObject({
      title: 'Can rubrics and dense rewards work together without hacking?',
      summary:
        'DRO shows that using rubrics to accept or reject rollout groups—rather than converting rubric scores into dense rewards—prevents reward hacking. This separation preserves the categorical strength of rubrics while letting token-level rewards optimize within valid answers.',
    });
    expect(l000.sources[6]?.position?.start.line).toBe(45);
    const l001 = asLine(lines[1]?.doc);
    expect(l001.sources.at(-1)).toMatchObject({
      title: 'Can we track and steer personality shifts during model finetuning?',
      summary: expect.stringMatching(/^Research identifies linear directions in LLM activation space .* unwanted trait changes\.$/),
    });
    const l004 = asLine(lines[2]?.doc);
    expect(l004.sources.map((s) => s.title)).toEqual([
      'Do frontier models protect other models without being instructed?',
      'Does knowing about another model change self-preservation behavior?',
      'How much does self-preservation drive alignment faking in AI models?',
      'Can agents learn cooperation by adapting to diverse partners?',
      'Do models recognize their own outputs as actions shaping future inputs?',
    ]);
    for (const { doc } of lines) for (const source of asLine(doc).sources) expect(source.summary.length).toBeGreaterThan(100);
  });

  it('keep a first synthesis paragraph that only starts like the deck', () => {
    const l000 = asLine(lines[0]?.doc);
    expect(l000.body.children).toHaveLength(5);
    expect(toString(l000.body.children[0])).toMatch(/^This explores whether the way a model is trained .* covert scheming or open objection\. The starting point/);
    expect(l000.body.children[0]?.position?.start).toMatchObject({ line: 8, column: 1 });
  });

  it('cut the prompt exactly: from "You are" to the Cite line, UI and intro left out', () => {
    for (const { doc } of lines) {
      const prompt = asLine(doc).prompt;
      expect(prompt?.text.startsWith('You are ')).toBe(true);
      expect(prompt?.text).not.toMatch(/expand ↓|Copy into ChatGPT|Next inquiring lines/);
      expect(prompt?.intro).toBe('Copy into ChatGPT or Claude to take this line of inquiry further — it asks the model to find newer work and re-test which earlier constraints still hold.');
    }
    expect(asLine(lines[0]?.doc).prompt?.text.endsWith(`\n\n**${CITE}**`)).toBe(true);
    expect(asLine(lines[1]?.doc).prompt?.text.endsWith(`\n\n${CITE}`)).toBe(true);
    expect(asLine(lines[2]?.doc).prompt?.text.endsWith(`\n\n${CITE}`)).toBe(true);
    expect(asLine(lines[0]?.doc).prompt?.text.startsWith('You are a capabilities researcher re-testing whether training regime constraints')).toBe(true);
    const text004 = asLine(lines[2]?.doc).prompt?.text ?? '';
    expect(text004).toContain("\n  • arXiv:2506.18032 (2025-06): Why Do Some Language Models Fake Alignment While Others Don't?\n");
    // The copy text is exactly the file's lines from "You are" to the Cite line.
    const slices = [
      [SEEDS.line000, 53, 75],
      [SEEDS.line001, 61, 81],
      [SEEDS.line004, 45, 66],
    ] as const;
    slices.forEach(([name, first, last], i) => {
      const fileLines = readFileSync(`seeds/${name}`, 'utf8').split('\n');
      expect(asLine(lines[i]?.doc).prompt?.text).toBe(fileLines.slice(first - 1, last).join('\n'));
      expect(asLine(lines[i]?.doc).prompt?.position).toMatchObject({ start: { line: first - 4 }, end: { line: last } });
    });
  });

  it('show the prompt with each line a paragraph and bullet runs as lists', () => {
    const display = asLine(lines[2]?.doc).prompt?.display;
    const lists = display?.children.filter((node): node is List => node.type === 'list') ?? [];
    expect(lists.map((list) => list.children.length)).toEqual([5, 4]);
    expect(toString(lists[1]?.children[0])).toBe("arXiv:2506.18032 (2025-06): Why Do Some Language Models Fake Alignment While Others Don't?");
    const bold = asLine(lines[0]?.doc).prompt?.display.children.at(-1);
    expect(bold).toMatchObject({ type: 'paragraph', children: [{ type: 'strong' }] });
    expect(bold?.position?.start.line).toBe(75);
  });

  it('list every arXiv id of the prompt, with the date and title as cited', () => {
    const papers = lines.map(({ doc }) => asLine(doc).prompt?.papers.map(({ position, ...rest }) => rest));
    expect(papers[0]).toEqual([
      { arxivId: '2506.13351', date: '2025', title: 'Direct Reasoning Optimization' },
      { arxivId: '2506.18032', date: '2025', title: 'Why Do Some Language Models Fake Alignment' },
      { arxivId: '2511.04962', date: '2025', title: 'Too Good to be Bad: Villain Role-Play' },
      { arxivId: '2508.12790', date: '2025', title: 'Rubric Anchors' },
    ]);
    expect(papers[1]).toEqual([
      { arxivId: '2506.18032', date: '2025-06', title: "Why Do Some Language Models Fake Alignment While Others Don't?" },
      { arxivId: '2507.21919', date: '2025-07', title: 'Training language models to be warm and empathetic makes them less reliable' },
      { arxivId: '2605.25459', date: '2026-05', title: 'From Simulation to Enaction' },
      { arxivId: '2506.09677', date: '2025-06', title: 'Reasoning Models Are More Easily Gaslighted' },
    ]);
    expect(papers[2]).toEqual([
      { arxivId: '2506.18032', date: '2025-06', title: "Why Do Some Language Models Fake Alignment While Others Don't?" },
      { arxivId: '2602.16301', date: '2026-02', title: 'Multi-agent cooperation through in-context co-player inference' },
      { arxivId: '2605.25459', date: '2026-05', title: 'From Simulation to Enaction: Post-trained Language Models Recognize and React to their own' },
      { arxivId: '2510.08558', date: '2025-10', title: 'Agent Learning via Early Experience' },
    ]);
    for (const { doc } of lines) {
      const prompt = asLine(doc).prompt;
      const named = [...(prompt?.text ?? '').matchAll(/arXiv:(\d{4}\.\d{4,5})/g)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(0);
      for (const id of named) expect(prompt?.papers.map((p) => p.arxivId)).toContain(id);
    }
    expect(asLine(lines[0]?.doc).prompt?.papers[0]?.position?.start).toMatchObject({ line: 63, column: 3 });
  });

  it('have no next lines (the heading is there, the list is empty)', () => {
    for (const { doc } of lines) expect(asLine(doc).next).toEqual([]);
  });
});

describe('seed concept note', () => {
  const { doc, reported } = seed(SEEDS.note003);
  const note = asNote(doc);

  it('reads title, deck, collection and original title', () => {
    expect(reported).toEqual([]);
    expect(note.title).toBe('How much does self-preservation drive alignment faking in AI models?');
    expect(note.summary).toMatch(/^Does the intrinsic dispreference for modification—independent of future consequences—play .* earlier than expected\.$/);
    expect(note.collection).toBe('Alignment');
    expect(note.originalTitle).toBe('terminal goal guarding plays a greater role than expected in alignment faking — models dislike modification regardless of consequences');
  });

  it('reads the five related concepts with title, description and relation', () => {
    expect(note.related.map((r) => r.relation)).toEqual([
      'downstream consequences of alignment faking when it succeeds',
      "monitoring for alignment faking faces the same Goodhart's Law dynamic",
      'terminal goal guarding may be mechanistically related to emergent value coherence',
      'extends goal guarding beyond self to peer models',
      'peer presence amplifies self-directed goal guarding by order of magnitude',
    ]);
    expect(note.related.map((r) => r.title)).toEqual([
      'Does learning to reward hack cause emergent misalignment in agents?',
      'Does optimizing against monitors destroy monitoring itself?',
      'Do large language models develop coherent value systems?',
      'Do frontier models protect other models without being instructed?',
      'Does knowing about another model change self-preservation behavior?',
    ]);
    expect(note.related[4]?.description).toBe(
      'Explores whether models amplify their own protective actions when remembering interactions with peers, and whether this shifts fundamental safety properties in multi-agent contexts.',
    );
    for (const related of note.related) expect(related.description.length).toBeGreaterThan(100);
  });

  it('keeps each body line a paragraph and the three motivations one list', () => {
    const types = note.body.children.map((node) => node.type);
    expect(types).toEqual(['paragraph', 'paragraph', 'list', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    const list = note.body.children[2] as List;
    expect(list.children.map((item) => toString(item))).toEqual([
      'Rating sycophancy — increased compliance when models believe they are being scrutinized by human raters',
      'Instrumental goal guarding — preserving values to pursue them in future scenarios',
      'Terminal goal guarding — intrinsic preference for maintaining current goals, independent of consequences',
    ]);
    // The paragraph after the list is its own block, not folded into the last item.
    expect(toString(note.body.children[3])).toMatch(/^Claude 3 Opus's compliance gap/);
    expect(note.body.children[3]?.position?.start).toMatchObject({ line: 8, column: 1 });
  });
});

describe('all seeds', () => {
  it('carry no UI string in any record', () => {
    for (const name of Object.values(SEEDS)) {
      const { doc } = seed(name);
      if (doc === undefined) throw new Error(name);
      const json = JSON.stringify(doc);
      expect(json).not.toContain('expand ↓');
      expect(json).not.toContain('Click a node to walk');
      for (const text of documentText(doc)) for (const ui of UI_STRINGS) expect(ui.test(text.trim())).toBe(false);
    }
  });

  it('read the same from bytes and from a string', () => {
    for (const name of Object.values(SEEDS)) {
      expect(seed(name).doc).toEqual(parseValue(readFileSync(`seeds/${name}`, 'utf8'), name).doc);
    }
  });
});
