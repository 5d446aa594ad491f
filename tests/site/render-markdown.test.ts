import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { renderMarkdown } from '../../src/site/render/render-markdown.ts';
import { inlineMarkdown, plainText } from '../../src/site/render/render-inline.ts';

const parse = (text: string): Root => unified().use(remarkParse).parse(text);

function mention(text: string, url: string, id: string): Root {
  return {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'See ' },
          { type: 'link', url, children: [{ type: 'text', value: text }], data: { hProperties: { className: ['mention'], dataTarget: id } } },
        ],
      },
    ],
  };
}

describe('renderMarkdown', () => {
  it('renders lists as lists and emphasis as emphasis', () => {
    expect(renderMarkdown(parse('- a\n- *b*'))).toBe('<ul>\n<li>a</li>\n<li><em>b</em></li>\n</ul>');
  });

  it('shows raw HTML as text', () => {
    const out = renderMarkdown(parse('Hi <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>'));
    expect(out).not.toMatch(/<img|<script/);
    expect(out).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(out).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('drops unsafe urls but keeps the link text, and prefixes site urls', () => {
    const out = renderMarkdown(parse('[a](javascript:alert(1)) [b](data:text/html,x) [c](/notes/c/) [d](https://e.org/)'), { pathPrefix: '/atlas/' });
    expect(out).toBe('<p><a>a</a> <a>b</a> <a href="/atlas/notes/c/">c</a> <a href="https://e.org/">d</a></p>');
  });

  it('gives a mention a tooltip preview of its target and an aria-describedby pointing at it', () => {
    const out = renderMarkdown(mention('Title & <x>', '/notes/t/', 'note:t'), {
      pathPrefix: '/p/',
      previewOf: (id) => (id === 'note:t' ? 'Its summary & <more>' : undefined),
      idPrefix: 'body',
    });
    expect(out).toBe(
      '<p>See <span class="mention-wrap"><a href="/p/notes/t/" class="mention" data-target="note:t" aria-describedby="body-preview-1">Title &#x26; &#x3C;x></a>' +
        '<span class="mention-preview" role="tooltip" id="body-preview-1">Its summary &#x26; &#x3C;more></span></span></p>',
    );
  });

  it('leaves a mention without a known summary a plain link', () => {
    expect(renderMarkdown(mention('T', '/notes/t/', 'note:t'))).toBe('<p>See <a href="/notes/t/" class="mention" data-target="note:t">T</a></p>');
  });

  it('links arXiv ids of known papers to their paper pages, outside existing links only', () => {
    const papers = new Map([['2506.18032', '/papers/2506.18032/']]);
    const out = renderMarkdown(parse('- arXiv:2506.18032 (2025)\n- arXiv:2999.00001 unknown\n- [arXiv:2506.18032](https://arxiv.org/abs/2506.18032)'), { paperUrls: papers });
    expect(out).toContain('<li><a href="/papers/2506.18032/" class="paper-ref">arXiv:2506.18032</a> (2025)</li>');
    expect(out).toContain('<li>arXiv:2999.00001 unknown</li>');
    expect(out).toContain('<li><a href="https://arxiv.org/abs/2506.18032">arXiv:2506.18032</a></li>');
  });

  it('does not change the tree it renders', () => {
    const tree = parse('Hi <b>x</b> arXiv:2506.18032');
    const before = JSON.stringify(tree);
    renderMarkdown(tree, { paperUrls: new Map([['2506.18032', '/papers/x/']]) });
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('inline Markdown for decks and summaries', () => {
  it('renders emphasis inline, without a paragraph', () => {
    expect(inlineMarkdown('protect *other* models', '/').value).toBe('protect <em>other</em> models');
  });

  it('escapes text without Markdown signs, and shows HTML in it as text', () => {
    expect(inlineMarkdown('plain "text"', '/').value).toBe('plain &quot;text&quot;');
    expect(inlineMarkdown('a <b>tag</b> & more', '/').value).toBe('a &#x3C;b>tag&#x3C;/b> &#x26; more');
  });

  it('reduces to plain text for attributes and previews', () => {
    expect(plainText('protect *other* models')).toBe('protect other models');
    expect(plainText('a <b>tag</b> & more')).toBe('a <b>tag</b> & more');
  });
});
