/**
 * Obsidian's link rules on a vault written the way people write one: wikilinks by title, file
 * name, path and alias, with `#Heading`, `#^block`, `[[#Heading]]` and labels; Markdown links by
 * relative path; ambiguous names resolved as Obsidian does; what cannot be found reported with
 * file and line and left as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/read-page.ts';
import { buildTestSite, type TestSite } from '../support/build-site.ts';
import { placesOf, vaultDir } from './vault-fixture.ts';

let site: TestSite;
beforeAll(async () => {
  site = await buildTestSite(vaultDir('links'));
}, 120_000);
afterAll(() => site?.remove());

const ZETTEL = '/notes/methods/the-zettelkasten-method/';
const DEEP_WORK = '/notes/reading/books/deep-work/';

function links(url: string): Map<string, string> {
  const $ = readPage(site.outDir, url);
  const out = new Map<string, string>();
  $('.note-body a').each((_, a) => {
    out.set($(a).text(), $(a).attr('href') ?? '');
  });
  return out;
}

describe('wikilinks in a vault', () => {
  it('resolves by title, file name, path, alias and label', () => {
    const home = links('/notes/home/');
    expect(home.get('The Zettelkasten method')).toBe(ZETTEL);
    expect(home.get('zettelkasten')).toBe(ZETTEL);
    expect(home.get('Reading/Books/Deep Work')).toBe(DEEP_WORK);
    expect(home.get('deep work')).toBe(DEEP_WORK);
    expect(home.get('DW')).toBe(DEEP_WORK);
  });

  it('links #Heading and #^block to anchors that exist on the target page', () => {
    const home = links('/notes/home/');
    expect(home.get('what atomic notes are')).toBe(`${ZETTEL}#atomic-notes`);
    expect(home.get('Zettelkasten')).toBe(`${ZETTEL}#block-atomic-def`);
    const $ = readPage(site.outDir, ZETTEL);
    expect($('h2#atomic-notes').text()).toBe('Atomic notes');
    expect($('#block-atomic-def').text()).toBe('One idea per note, written in your own words.');
    // The marker is taken out of the text; a second heading of the same text gets its own id.
    expect($('.note-body').text()).not.toContain('^atomic-def');
    expect(
      $('.note-body h2')
        .map((_, h) => $(h).attr('id'))
        .get(),
    ).toEqual(['atomic-notes', 'links', 'links-1', 'h-2024-plans', 'main-1']);
  });

  it('links [[#Heading]] and [[#^block]] within the page', () => {
    const home = links('/notes/home/');
    expect(home.get('Open questions')).toBe('#open-questions');
    expect(home.get('the first question')).toBe('#block-first-question');
    const $ = readPage(site.outDir, '/notes/home/');
    expect($('h2#open-questions')).toHaveLength(1);
    expect($('li#block-first-question').text()).toBe('How small is an atomic note?');
  });

  it('gives a block id on its own line to the block before it', () => {
    const $ = readPage(site.outDir, DEEP_WORK);
    expect($('ol#block-rules-list li')).toHaveLength(3);
  });

  it('follows Markdown links by relative path, with their heading', () => {
    const home = links('/notes/home/');
    expect(home.get('the method')).toBe(`${ZETTEL}#atomic-notes`);
    expect(home.get('Deep Work')).toBe(DEEP_WORK);
    expect(home.get('a heading')).toBe(`${DEEP_WORK}#rules`);
  });

  it('resolves an ambiguous name to the same folder first, else the shortest path, and reports it', () => {
    expect(links('/notes/home/').get('Ideas')).toBe('/notes/inbox/ideas/');
    expect(links('/notes/projects/plan/').get('Ideas')).toBe('/notes/projects/ideas/');
    expect(placesOf(site.session.diagnostics, 'ambiguous-link')).toEqual(['Home.md:17', 'Projects/Plan.md:3']);
  });

  it('keeps an unresolved wikilink and a broken relative link as text, reported with file and line', () => {
    const $ = readPage(site.outDir, '/notes/home/');
    expect($('.note-body').text()).toContain('This names a note nobody wrote: Missing note. A relative link to nothing: gone.');
    expect(placesOf(site.session.diagnostics, 'unresolved-link')).toEqual(['Home.md:19']);
    expect(placesOf(site.session.diagnostics, 'broken-link')).toEqual(['Home.md:19', 'Imported/exported-note.txt:3']);
  });

  it('follows the Markdown links an export-format file holds, by relative path', () => {
    const exported = links('/notes/how-do-export-notes-link-to-files-in-a-vault/');
    expect(exported.get('the method')).toBe(ZETTEL);
    expect(exported.has('a missing page')).toBe(false);
  });

  it('counts wikilinks as edges of the graph', () => {
    const edges = site.session
      .site()
      .atlas.graph.edges.filter((e) => e.source === 'note:home' && e.kind === 'mention')
      .map((e) => e.target);
    expect(edges.sort()).toEqual(['note:inbox/ideas', 'note:methods/the-zettelkasten-method', 'note:reading/books/deep-work']);
  });
});
