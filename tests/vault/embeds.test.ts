/**
 * Embeds: `![[Note]]`, `![[Note#Heading]]` and `![[Note#^block]]` show the note, section or block
 * in the page with a link to its source; loops stop and are reported; `![[image.png|100]]` and
 * `|100x80` size the image; other files are links to their copies; every attachment a note uses
 * is copied and no other.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/read-page.ts';
import { buildTestSite, type TestSite } from '../support/build-site.ts';
import { placesOf, vaultDir } from './vault-fixture.ts';

let site: TestSite;
beforeAll(async () => {
  site = await buildTestSite(vaultDir('embeds'));
}, 120_000);
afterAll(() => site?.remove());

const embeds = () => {
  const $ = readPage(site.outDir, '/notes/daily-note/');
  return { $, blocks: $('.note-body > .embed') };
};

describe('embeds', () => {
  it('shows an embedded note in the page, with a link to its source', () => {
    const { $, blocks } = embeds();
    const quote = blocks.eq(0);
    expect(quote.find('.embed-source a').attr('href')).toBe('/notes/quote-of-the-day/');
    expect(quote.find('blockquote').text().trim()).toBe('The best way to have a good idea is to have lots of ideas.');
    expect(quote.text()).toContain('Said by Linus Pauling.');
    // An embedded block keeps no id of its own: the page holds each id once.
    expect(quote.find('[id]')).toHaveLength(0);
    expect($('.note-body').text()).not.toContain('![[');
  });

  it('shows a section from its heading to the next heading as high, and a single block', () => {
    const { blocks } = embeds();
    const section = blocks.eq(1);
    expect(section.find('.embed-source a').attr('href')).toBe('/notes/zettel/#atomic-notes');
    expect(section.find('h2').text()).toBe('Atomic notes');
    expect(section.text()).toContain('Small enough to link.');
    expect(section.text()).not.toContain('Intro paragraph');
    expect(section.text()).not.toContain('Not part of the section');
    const block = blocks.eq(2);
    expect(
      block
        .find('p')
        .not('.embed-source')
        .map((_, p) => block.find(p).text())
        .get(),
    ).toEqual(['One idea per note.']);
  });

  it('stops a loop of embeds, showing a link, and reports it', () => {
    const { blocks } = embeds();
    const loop = blocks.eq(3);
    expect(loop.text()).toContain("Loop A's own words.");
    expect(loop.find('.embed').text()).toContain("Loop B's own words.");
    expect(loop.find('.embed')).toHaveLength(1); // Loop A inside Loop B is a link, not a third level
    expect(loop.find('.embed a[href="/notes/loop-a/"]').length).toBeGreaterThan(0);
    expect(placesOf(site.session.diagnostics, 'embed-loop').sort()).toEqual(['Loop A.md:5', 'Loop B.md:5']);
  });

  it('sizes embedded images and names them by file', () => {
    const { $ } = embeds();
    const engelbart = $('img[src="/attachments/attachments/Engelbart.png"]');
    expect(engelbart.attr('width')).toBe('100');
    expect(engelbart.attr('height')).toBeUndefined();
    expect(engelbart.attr('alt')).toBe('Engelbart.png');
    const flow = $('img[src="/attachments/diagrams/flow.svg"]');
    expect([flow.attr('width'), flow.attr('height')]).toEqual(['120', '80']);
    expect($('img[src="/attachments/attachments/photo.png"]').attr('alt')).toBe('a tiny photo');
    expect($('a[href="/attachments/paper.pdf"]').text()).toBe('paper.pdf');
  });

  it('copies every attachment a note uses, and no other', () => {
    const copied = (p: string) => existsSync(path.join(site.outDir, 'attachments', p));
    for (const used of ['attachments/Engelbart.png', 'attachments/photo.png', 'diagrams/flow.svg', 'paper.pdf']) expect(copied(used), used).toBe(true);
    expect(copied('attachments/unused.png')).toBe(false);
    expect(site.session.diagnostics.filter((d) => d.ruleId === 'ignored-file')).toEqual([]);
  });

  it('reports a missing attachment with file and line and shows its name', () => {
    const { $ } = embeds();
    expect(placesOf(site.session.diagnostics, 'missing-attachment')).toEqual(['Daily note.md:23']);
    expect($('.note-body').text()).toContain('A file that is not there: missing.png');
  });
});
