import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Link, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createMentionLinker } from '../../src/resolve/link-mentions.ts';
import { mentionTargets } from '../../src/resolve/graph.ts';

const targets = [
  { id: 'note:frontier', url: '/notes/frontier/', titles: ['Do frontier models protect other models without being instructed?'] },
  { id: 'note:knowing', url: '/notes/knowing/', titles: ['Does knowing about another model change self-preservation behavior?'] },
  { id: 'line:self', url: '/inquiring-lines/self/', titles: ['Do models spontaneously develop peer-preservation?'] },
];
const self = { id: 'line:self', titles: ['Do models spontaneously develop peer-preservation?'] };

function links(root: Root): Link[] {
  const found: Link[] = [];
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'link') found.push(node as Link);
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(root);
  return found;
}

const textOf = (link: Link) => link.children.map((c) => ('value' in c ? c.value : '')).join('');

describe('createMentionLinker', () => {
  const linker = createMentionLinker(targets);

  it('turns titles embedded in prose into mention links, keeping the text around them', () => {
    const body = fromMarkdown(
      'with no instruction to cooperate Do frontier models protect other models without being instructed?. Merely letting a model remember Does knowing about another model change self-preservation behavior?.',
    );
    const linked = linker.link(body, self);
    const found = links(linked);
    expect(found.map((l) => [l.url, textOf(l)])).toEqual([
      ['/notes/frontier/', 'Do frontier models protect other models without being instructed?'],
      ['/notes/knowing/', 'Does knowing about another model change self-preservation behavior?'],
    ]);
    expect(found[0]!.data).toEqual({ hProperties: { className: ['mention'], dataTarget: 'note:frontier' } });
    const paragraph = linked.children[0] as { children: { type: string; value?: string }[] };
    expect(paragraph.children.map((c) => c.value ?? '·')).toEqual(['with no instruction to cooperate ', '·', '. Merely letting a model remember ', '·', '.']);
    expect(mentionTargets(linked)).toEqual(['note:frontier', 'note:knowing']);
  });

  it('does not change the input body', () => {
    const body = fromMarkdown('See Do frontier models protect other models without being instructed? now.');
    const before = structuredClone(body);
    linker.link(body, self);
    expect(body).toEqual(before);
  });

  it('gives a link the position of its span when the text is the source verbatim', () => {
    const body = fromMarkdown('First line.\nSee Do frontier models protect other models without being instructed? now.');
    const [link] = links(linker.link(body, self));
    expect(link!.position?.start).toMatchObject({ line: 2, column: 5, offset: 16 });
    expect(link!.position?.end.offset).toBe(16 + 'Do frontier models protect other models without being instructed?'.length);
  });

  it('leaves text inside links, code and inline code alone', () => {
    const title = 'Do frontier models protect other models without being instructed?';
    const body = fromMarkdown(`[${title}](https://example.org) and \`${title}\`\n\n    ${title}\n`);
    const linked = linker.link(body, self);
    expect(mentionTargets(linked)).toEqual([]);
    expect(links(linked).map((l) => l.url)).toEqual(['https://example.org']);
  });

  it('leaves a record naming itself as text', () => {
    const body = fromMarkdown('This line asks Do models spontaneously develop peer-preservation? again.');
    expect(links(linker.link(body, self))).toEqual([]);
  });

  it('links mentions inside emphasis and headings', () => {
    const body = fromMarkdown('# Does knowing about another model change self-preservation behavior?\n\n*see Do frontier models protect other models without being instructed?*');
    expect(mentionTargets(linker.link(body, self))).toEqual(['note:knowing', 'note:frontier']);
  });

  it('resolves [[Title]] and [[Title|label]] wikilinks by folded title', () => {
    const body = fromMarkdown(
      'Read [[do frontier models protect other models without being instructed?]] and [[Does knowing about another model change self‑preservation behavior?|the memory study]].',
    );
    const found = links(linker.link(body, self));
    expect(found.map((l) => [l.data?.hProperties?.dataTarget, textOf(l)])).toEqual([
      ['note:frontier', 'do frontier models protect other models without being instructed?'],
      ['note:knowing', 'the memory study'],
    ]);
  });

  it('reports an unresolved wikilink with its position and keeps its label as text', () => {
    const file = new VFile({ path: 'a.md', value: '' });
    const body = fromMarkdown('Intro.\nRead [[No such note|that note]] today.');
    const linked = linker.link(body, self, file);
    expect(links(linked)).toEqual([]);
    const paragraph = linked.children[0] as { children: { value?: string }[] };
    expect(paragraph.children.map((c) => c.value)).toEqual(['Intro.\nRead that note today.']);
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['unresolved-link', 2, 6]]);
    expect(file.messages[0]!.reason).toContain('No such note');
  });

  it('links a body once: the same body again gives the same tree and the same reports', () => {
    const body = fromMarkdown('See Do frontier models protect other models without being instructed? and [[No such note]].');
    const first = new VFile({ path: 'a.md', value: '' });
    const linked = linker.link(body, self, first);
    const second = new VFile({ path: 'a.md', value: '' });
    expect(linker.link(body, self, second)).toBe(linked);
    expect(second.messages.map((m) => [m.ruleId, m.reason, m.line, m.column])).toEqual(first.messages.map((m) => [m.ruleId, m.reason, m.line, m.column]));
    expect(second.messages).toHaveLength(1);
    // For another record, the body is linked anew: it may name that record.
    const other = { id: 'note:frontier', titles: ['Do frontier models protect other models without being instructed?'] };
    expect(links(linker.link(body, other))).toEqual([]);
    expect(links(linker.link(body, self))).toHaveLength(1);
  });

  it('does not invent a link for text that only resembles a title', () => {
    const body = fromMarkdown('Do frontier models protect other models? Not quite the title.');
    expect(links(linker.link(body, self))).toEqual([]);
  });

  it('links a prose fixture: across line breaks and quotes, not in code, links or words', () => {
    const source = readFileSync(path.join(import.meta.dirname, '../fixtures/resolve/prose-with-mentions.md'), 'utf8');
    const file = new VFile({ path: 'prose-with-mentions.md', value: source });
    const linked = linker.link(fromMarkdown(source), self, file);
    const mentions = links(linked).filter((l) => l.data?.hProperties?.dataTarget !== undefined);
    expect(mentions.map((l) => [l.data?.hProperties?.dataTarget, textOf(l)])).toEqual([
      ['note:frontier', 'Do frontier models protect other\nmodels without being instructed?'],
      ['note:knowing', 'Does knowing about\nanother model change self‑preservation behavior?'],
      ['note:knowing', 'the memory study'],
    ]);
    for (const link of mentions.slice(0, 2)) {
      const { start, end } = link.position!;
      expect(source.slice(start.offset, end.offset)).toBe(textOf(link));
    }
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['unresolved-link', 12]]);
  });

  it('renders a mention as an anchor with the mention class and its target id', async () => {
    const linked = linker.link(fromMarkdown('See Do frontier models protect other models without being instructed? now.'), self);
    const hast = await unified().use(remarkRehype).run(linked);
    const html = unified().use(rehypeStringify).stringify(hast);
    expect(html).toBe('<p>See <a href="/notes/frontier/" class="mention" data-target="note:frontier">Do frontier models protect other models without being instructed?</a> now.</p>');
  });
});
