/**
 * What the search index is given: a page's `data-pagefind-body` alone, without the sections that
 * repeat other records or a template (the research prompt, next lines, referrers, the local
 * graph); nothing for a page that is not for search.
 */
import { describe, expect, it } from 'vitest';
import { searchableHtml } from '../../src/site/search-index.ts';

const page = (main: string) => `<!DOCTYPE html><html lang="en"><head><title>T</title><script type="application/ld+json">{"x":1}</script></head>
<body><header><nav><a href="/">Home</a></nav></header>${main}<footer>Footer</footer></body></html>`;

describe('searchableHtml', () => {
  it('keeps the body, drops the head, navigation, footer and the excluded sections', () => {
    const html = page(`<main id="main" tabindex="-1" data-pagefind-body>
<article><h1>Title</h1><section class="synthesis"><p>Own words.</p></section>
<section class="research-prompt" aria-labelledby="p"><h2 id="p">Prompt</h2><details><p>You are…</p></details></section>
<section class="next-lines"><ul><li>Another line</li></ul></section></article>
<section class="local-graph" data-pagefind-ignore><ul><li>Neighbour</li></ul></section>
</main>`);
    const kept = searchableHtml(html)!;
    expect(kept).toContain('<h1>Title</h1>');
    expect(kept).toContain('Own words.');
    for (const gone of ['You are', 'Another line', 'Neighbour', 'Footer', 'Home', 'ld+json']) expect(kept).not.toContain(gone);
    expect(kept.startsWith('<!DOCTYPE html><html lang="en"><body><main')).toBe(true);
  });

  it('indexes nothing of a page without data-pagefind-body', () => {
    expect(searchableHtml(page('<main id="main"><h1>Papers</h1></main>'))).toBeUndefined();
  });
});
