import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { OBSIDIAN_SYNTAX } from '../../src/parse/obsidian/syntax.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import type { SourceLine } from '../../src/parse/lines.ts';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import { renderMarkdown, renderMarkdownThroughHast } from '../../src/site/render/render-markdown.ts';
import type { RenderMarkdownOptions } from '../../src/site/render/render-markdown.ts';
import { markdownHtml } from '../../src/site/render/markdown-html.ts';
import { defaultRenderMarkdownOptions } from '../../src/site/render/render-markdown.ts';

/** Both of the project's parsers: its own (plain blocks built directly, the rest by remark) and remark with Obsidian's syntax. */
function trees(text: string): Root[] {
  const lines: SourceLine[] = text.split('\n').map((t, i) => ({ text: t.replace(/\s+$/, ''), line: i + 1, column: 1, offset: 0 }));
  return [parseMarkdown(lines), fromMarkdown(text, OBSIDIAN_SYNTAX)];
}

const options: Partial<RenderMarkdownOptions> = {
  pathPrefix: '/atlas/',
  idPrefix: 'body',
  previewOf: (id) => (id === 'note:quiet' ? undefined : `What ${id} says & <why>`),
  paperUrls: new Map([['2401.00001', '/papers/2401.00001/']]),
};

function mention(text: string, id: string): string {
  return `[${text}](/notes/${id.slice(5)}/)`;
}

/** Mentions as the resolver marks them: links with the `mention` class and their target. */
function withMentions(tree: Root): Root {
  const walk = (node: { type: string; url?: string; data?: unknown; children?: unknown[] }): void => {
    if (node.type === 'link' && node.url?.startsWith('/notes/')) node.data = { hProperties: { className: ['mention'], dataTarget: `note:${node.url.slice(7, -1)}` } };
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree);
  return tree;
}

const SAMPLES = [
  'Plain text.',
  'Two\nlines   \n  in one paragraph,\ttabs\t\n\tand spaces.',
  '*em* **strong** ~~gone~~ `code\nspan` and `a < b & c`',
  `See ${mention('a note', 'note:alpha')} and ${mention('a quiet one', 'note:quiet')}, twice ${mention('again', 'note:alpha')}.`,
  '[titled](https://example.org/a?b=1&c="2" "A \\"title\\" & more") [unsafe](javascript:alert(1)) [local](/notes/x/#part) [spaced](<a b.md>) [ümlaut](https://ex.org/ü)',
  'arXiv:2401.00001 and https://arxiv.org/abs/2402.00002v2 and [arXiv:2401.00001](https://arxiv.org/abs/2401.00001)',
  '# One\n\n## Two *em*\n\n###### Six',
  '> quoted\n> lines\n\n> - a list\n> - in a quote',
  '- tight\n- list\n\n1. ordered\n2. list',
  '- loose\n\n- list\n\n3. starts\n4. at three',
  '- item\n\n  with two paragraphs\n- and one',
  '- nested\n  - deeper\n    - deepest\n- back',
  '- a\n-\n- c',
  '```\nplain code <b> & </b>\n```\n\n```ts meta here\nconst a = 1;\n```\n\n```\n```',
  '***\n\n---',
  'Hard  \nbreak and trailing\\\nbackslash',
  '| a | b |\n|---|--:|\n| 1 | 2 |',
  '- [ ] task\n- [x] done',
  'Footnote[^1].\n\n[^1]: The note.',
  '$x^2$ and ![image](/a.png)',
  '```mermaid\ngraph TD; A-->B\n```',
  '<b>raw html</b> inline and\n\n<div>\nblock\n</div>',
  '',
];

describe('markdownHtml, the direct road', () => {
  for (const sample of SAMPLES) {
    it(`writes what the road through hast writes: ${JSON.stringify(sample.slice(0, 40))}`, () => {
      for (const tree of trees(sample)) {
        const marked = withMentions(tree);
        expect(renderMarkdown(structuredClone(marked), options)).toBe(renderMarkdownThroughHast(structuredClone(marked), options));
      }
    });
  }

  it('takes the common case and leaves the rest to hast', () => {
    const [plain] = trees(`Some *prose* with ${mention('a mention', 'note:alpha')}.\n\n- and\n- a list`);
    expect(markdownHtml(withMentions(plain!), { ...defaultRenderMarkdownOptions, ...options }, { next: 1 })).toBeDefined();
    for (const rich of ['| a |\n|---|\n| 1 |', '- [ ] task', 'a  \nb', '```mermaid\nA\n```', '$x$']) {
      expect(markdownHtml(trees(rich)[1]!, { ...defaultRenderMarkdownOptions, ...options }, { next: 1 })).toBeUndefined();
    }
  });

  it('writes what the road through hast writes for any mix of the common blocks', () => {
    const inline = fc.constantFrom(
      'word',
      '*em*',
      '**strong**',
      '`co<de`',
      'a & b',
      '<i>',
      mention('m', 'note:alpha'),
      mention('q', 'note:quiet'),
      '[l](https://e.org/?a&b "t")',
      'arXiv:2401.00001',
      '~~s~~',
      '  ',
    );
    const paragraph = fc.array(inline, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
    const blockOf = fc.oneof(
      paragraph,
      paragraph.map((p) => `# ${p}`),
      paragraph.map((p) => `> ${p}`),
      fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((p) => `- ${p}`).join('\n')),
      fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((p, i) => `${i + 2}. ${p}`).join('\n\n')),
      paragraph.map((p) => `\`\`\`\n${p}\n\`\`\``),
    );
    fc.assert(
      fc.property(fc.array(blockOf, { minLength: 1, maxLength: 5 }), (blocks) => {
        for (const tree of trees(blocks.join('\n\n'))) {
          const marked = withMentions(tree);
          expect(renderMarkdown(structuredClone(marked), options)).toBe(renderMarkdownThroughHast(structuredClone(marked), options));
        }
      }),
    );
  });

  it('writes what the road through hast writes for every body and prompt of the seeds', async () => {
    const { atlas } = await loadAtlas('seeds');
    const bodies = [...atlas.lines.flatMap((l) => [l.body, ...(l.prompt ? [l.prompt.display] : [])]), ...atlas.notes.map((n) => n.body)];
    for (const body of bodies) expect(renderMarkdown(body, options)).toBe(renderMarkdownThroughHast(body, options));
  });
});
