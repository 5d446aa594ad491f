/**
 * Which prompts to run first: `/stale/` orders the lines by their newest cited paper, oldest
 * first; `/papers/` lists papers newest first, by date rather than by how the date is spelled.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import type { Atlas, Paper } from '../../src/model.ts';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import { defaultSiteConfig } from '../../src/config/site-config.ts';
import { SiteData } from '../../src/site/data/site-data.ts';
import { renderStalePage } from '../../src/site/pages/stale.ts';
import { dateKey, papersNewestFirst, renderPapersIndexPage } from '../../src/site/pages/papers-index.ts';
import { pageUrls } from '../../src/site/pages/sitemap.ts';
import { handMadeAtlas } from '../fixtures/site/hand-made-atlas.ts';

let atlas: Atlas;
beforeAll(async () => {
  atlas = (await loadAtlas('seeds')).atlas;
});

describe('/stale/', () => {
  it('lists the seed lines by their newest cited paper, oldest first', () => {
    const $ = cheerio.load(renderStalePage(new SiteData(atlas, defaultSiteConfig)));
    const titles = $('.stale-list a')
      .toArray()
      .map((a) => $(a).text());
    expect(titles).toEqual([
      // newest paper 2025-06
      'How do training regimes determine whether peer-preservation manifests as scheming or objection?',
      // both 2026-05, both claims to 2026-05: by title
      'Do models spontaneously develop peer-preservation behaviors without being instructed to cooperate?',
      'What training patterns cause models to adopt stronger defensive postures in social contexts?',
    ]);
    expect($('.stale-list li').first().find('.list-summary').text()).toBe('newest paper 2025-06 · claims dated 2025 to 2026 · newest about 4 months old as of 2026-05');
    expect($('.deck').text()).toContain('measured from 2026-05, the newest date in the library');
  });

  it('measures from the `today` setting when there is one', () => {
    const $ = cheerio.load(renderStalePage(new SiteData(atlas, { ...defaultSiteConfig, today: '2027-05' })));
    expect($('.stale-list li').last().find('.list-summary').text()).toContain('newest 12 months old as of 2027-05');
    expect($('.deck').text()).toContain('measured from 2027-05, the date the settings give');
  });

  it('leaves out lines without a prompt, and is in the sitemap', () => {
    const { atlas: small } = handMadeAtlas();
    const site = new SiteData(small, defaultSiteConfig);
    const $ = cheerio.load(renderStalePage(site));
    expect(
      $('main a[data-kind="line"]')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(['/inquiring-lines/training/']);
    expect(pageUrls(site)).toContain('/stale/');
  });
});

describe('/papers/', () => {
  const paper = (arxivId: string, date?: string): Paper => ({
    kind: 'paper',
    id: `paper:${arxivId}`,
    slug: arxivId,
    url: `/papers/${arxivId}/`,
    file: null,
    arxivId,
    title: arxivId,
    citedBy: [],
    ...(date ? { date } : {}),
  });

  it('orders newest first by the date itself: "~2026" after 2026-05, a year before its months, undated last', () => {
    const papers = [paper('a', '~2025'), paper('b'), paper('c', '2026-05'), paper('d', '~2026'), paper('e', '2025-06')];
    expect(papersNewestFirst(papers).map((p) => p.arxivId)).toEqual(['c', 'd', 'e', 'a', 'b']);
  });

  it('reads the month from a new-style arXiv id when the citations give only its year', () => {
    const arxiv = (arxivId: string, date?: string): Paper => ({ ...paper(arxivId, date), arxivId });
    const papers = [arxiv('2501.00001', '2025'), arxiv('2511.00002', '2025'), arxiv('2506.00003', '2025-03'), arxiv('2406.00004', '2025'), arxiv('2512.00005', '~2025')];
    expect(papersNewestFirst(papers).map((p) => p.arxivId)).toEqual(['2511.00002', '2506.00003', '2501.00001', '2406.00004', '2512.00005']);
    expect(dateKey(papers[1]!)).toBe(202511);
    expect(dateKey(papers[3]!)).toBe(202500);
  });

  it('gives every item the keys the sort buttons read, and hides the buttons until the script runs', () => {
    const $ = cheerio.load(renderPapersIndexPage(new SiteData(atlas, defaultSiteConfig)));
    const items = $('.paper-list > li').toArray();
    expect(items).toHaveLength(atlas.papers.length);
    const keys = items.map((li) => Number($(li).attr('data-date')));
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    expect($('[data-sort-papers]').attr('hidden')).toBeDefined();
    expect(
      $('[data-sort-papers] button')
        .toArray()
        .map((b) => $(b).text()),
    ).toEqual(['Newest first', 'Oldest first', 'Most cited', 'Title']);
  });
});
