/**
 * The no-script local graph's promise: every neighbour of a record is a link on its page, in the
 * article or else in the local graph's list (never both), under a line saying how many are above.
 * Returns which case the page is: every neighbour above, some, or none.
 */
import type { CheerioAPI } from 'cheerio';
import { expect } from 'vitest';
import { decodeNeighbourhood } from '../../src/client/graph-local-data.ts';
import type { InlineNeighbourhood } from '../../src/client/graph-local-data.ts';

export function expectNeighboursLinked($: CheerioAPI, neighbourUrls: readonly string[]): 'all' | 'some' | 'none' {
  const listed = $('.local-graph-list a')
    .toArray()
    .map((a) => $(a).attr('href')!);
  const above = new Set(
    $('main article a')
      .toArray()
      .map((a) => $(a).attr('href')!),
  );
  const urls = [...new Set(neighbourUrls)];
  expect(listed.filter((url) => above.has(url))).toEqual([]);
  expect(urls.filter((url) => !above.has(url)).sort()).toEqual([...listed].sort());
  const elsewhere = urls.length - listed.length;
  const others = urls.length - elsewhere;
  const said = $('.local-graph-elsewhere').text();
  if (elsewhere === 0) {
    expect(said).toBe('');
    return 'none';
  }
  if (elsewhere < urls.length) {
    expect(said).toBe(`${elsewhere} of ${urls.length} neighbour${elsewhere === 1 ? ' is' : 's are'} linked above; the other${others === 1 ? '' : 's'}:`);
    return 'some';
  }
  expect(said).toMatch(/^(All \d+ neighbours are|Its one neighbour is) linked above\.$/);
  return 'all';
}

/**
 * The node urls in a page's inline local graph data (site-relative, without the path prefix:
 * the client adds it), and the centre's id; undefined when the page has none.
 */
export function inlineGraph($: CheerioAPI): { center: string; urls: string[] } | undefined {
  const text = $('script[data-local-graph-data]').text();
  if (!text) return undefined;
  const data = decodeNeighbourhood(JSON.parse(text) as InlineNeighbourhood);
  return { center: data.center, urls: data.nodes.map((n) => n.url) };
}
