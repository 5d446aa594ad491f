/**
 * Metadata and privacy the way a vault has them: titles from file names, tags (front matter and
 * inline, nested) with their pages, aliases as redirects, permalinks, template placeholders, and
 * notes that must not be published (`draft`, `publish: false`, `ignore:` folders).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLostText, formatLostText } from '../../src/check/nothing-lost.ts';
import type { BuiltVault } from './vault-support.ts';
import { buildVault, htmlProblems } from './vault-support.ts';

const vaults: Record<string, BuiltVault> = {};
const NAMES = ['titles', 'tags', 'aliases', 'privacy'] as const;

beforeAll(async () => {
  for (const name of NAMES) vaults[name] = await buildVault(name);
}, 120_000);
afterAll(async () => {
  for (const vault of Object.values(vaults)) await vault.site.remove();
});

const rules = (vault: BuiltVault, file?: string) => vault.diagnostics.filter((d) => file === undefined || d.file === file).map((d) => `${d.severity} ${d.ruleId}`);

describe('titles', () => {
  it('`title:`, else the first `# ` heading, else the file name, which is no error', () => {
    const titles = vaults.titles!.built.atlas.notes.map((n) => n.title).sort();
    expect(titles).toEqual(['Daily habits', 'The front matter names it', 'The heading names it']);
    expect(rules(vaults.titles!, 'Daily habits.md')).toEqual(['info title-from-file-name']);
    expect(vaults.titles!.page('/notes/daily-habits/')('h1').text()).toBe('Daily habits');
  });

  it('a conventional vault builds with exit code 0, with and without --strict', () => {
    expect(vaults.titles!.exitCode(false)).toBe(0);
    expect(vaults.titles!.exitCode(true)).toBe(0);
    // The vault's own keys (created, cssclasses) are noted, not warned about.
    expect(rules(vaults.titles!, 'Front matter title.md')).toEqual(['info unknown-front-matter-key', 'info unknown-front-matter-key']);
  });
});

describe('tags', () => {
  it('front matter (list or string) and inline #tags, nested, each get a page listing their notes', () => {
    const vault = vaults.tags!;
    for (const url of ['/tags/', '/tags/hobby/', '/tags/hobby/plants/', '/tags/outdoors/', '/tags/outdoors/garden/', '/tags/outdoors/trails/', '/tags/seasonal/']) {
      expect(vault.has(url), url).toBe(true);
    }
    const hobby = vault.page('/tags/hobby/');
    expect(
      hobby('.record-list a')
        .map((_, a) => hobby(a).text())
        .get(),
    ).toEqual(['Gardening', 'Hiking']);
    const outdoors = vault.page('/tags/outdoors/');
    expect(
      outdoors('.tag-list a')
        .map((_, a) => outdoors(a).text())
        .get(),
    ).toEqual(['#outdoors/garden', '#outdoors/trails']);
    expect(
      outdoors('.record-list a')
        .map((_, a) => outdoors(a).text())
        .get(),
    ).toEqual(['Hiking']);
    // The site's navigation offers the tags once there are any.
    expect(vault.page('/notes/hiking/')('.site-header nav a[href="/tags/"]').text()).toBe('Tags');
    expect(vaults.titles!.page('/')('.site-header nav a[href="/tags/"]')).toHaveLength(0);
    const index = vault.page('/tags/');
    expect(index('.tag-list a').length).toBe(6);
    // The sitemap lists the tag pages; alias pages only redirect, so it leaves them out.
    const sitemap = vault.files().find((f) => f.file === 'sitemap.xml')!.text;
    for (const url of ['/tags/', '/tags/hobby/plants/', '/tags/seasonal/']) expect(sitemap, url).toContain(`<loc>${url}</loc>`);
    const aliases = vaults.aliases!.files().find((f) => f.file === 'sitemap.xml')!.text;
    for (const redirect of vaults.aliases!.site.session.site().aliasRedirects) expect(aliases).not.toContain(`<loc>${redirect.url}</loc>`);
  });

  it('inline #tags link to their page; headings, code, url fragments and numbers are no tags', () => {
    const vault = vaults.tags!;
    const $ = vault.page('/notes/gardening/');
    expect(
      $('.note-body a.tag')
        .map((_, a) => `${$(a).text()} ${$(a).attr('href')}`)
        .get(),
    ).toEqual(['#hobby/plants /tags/hobby/plants/', '#seasonal /tags/seasonal/']);
    expect($('.note-body h2').text()).toBe('#not-a-tag');
    expect($('.record-tags a').length).toBe(4);
    for (const url of ['/tags/not-a-tag/', '/tags/code/', '/tags/fragment/', '/tags/123/']) expect(vault.has(url), url).toBe(false);
  });
});

describe('aliases, permalinks, placeholders', () => {
  it('each alias is a redirect page to its note, with a canonical link', () => {
    const vault = vaults.aliases!;
    for (const url of ['/notes/llms/', '/notes/foundation-models/']) {
      const $ = vault.page(url);
      expect($('meta[http-equiv=refresh]').attr('content')).toBe('0; url=/notes/large-language-models/');
      expect($('link[rel=canonical]').attr('href')).toBe('/notes/large-language-models/');
      expect($('a').attr('href')).toBe('/notes/large-language-models/');
    }
    expect(vault.built.atlas.notes.find((n) => n.title === 'Large language models')?.aliases).toEqual(['LLMs', 'Foundation models']);
  });

  it('`permalink:` is the address; one leaving the site is refused and reported', () => {
    const vault = vaults.aliases!;
    expect(vault.page('/about/')('h1').text()).toBe('About');
    expect(vault.has('/notes/escape/')).toBe(true);
    expect(rules(vault, 'Escape.md')).toContain('warning bad-permalink');
    // Two notes asking for one address: the first (by path) has it, the other keeps its own.
    expect(rules(vault, 'Also about.md')).toContain('warning bad-permalink');
    expect(vault.page('/notes/also-about/')('h1').text()).toBe('Also about');
    for (const { file } of vault.files()) expect(file.startsWith('..')).toBe(false);
  });

  it('a `related: [...]` placeholder is reported, not turned into a stub', () => {
    const vault = vaults.aliases!;
    expect(rules(vault, 'Large language models.md')).toContain('warning front-matter-field');
    expect(vault.built.atlas.notes.filter((n) => n.stub)).toEqual([]);
  });
});

describe('privacy', () => {
  const SECRETS = ['private-body-quokka', 'private-deck-marmalade', 'private-body-platypus', 'private-tag-narwhal', 'private-template-axolotl', 'private-folder-okapi'];

  it('no output file anywhere holds a private note’s text: pages, twins, search, graph, llms, sitemap, feed', () => {
    const files = vaults.privacy!.files();
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['search/index.json', 'graph.json', 'llms-full.txt', 'sitemap.xml', 'feed.xml']));
    for (const { file, text } of files) for (const secret of SECRETS) expect(text.toLowerCase(), file).not.toContain(secret);
  });

  it('draft, publish: false and ignored folders make no page; links to them are plain text, reported as info', () => {
    const vault = vaults.privacy!;
    expect(vault.built.atlas.notes.map((n) => n.title).sort()).toEqual(['Public note', 'Visible friend']);
    for (const url of ['/notes/secret-plan/', '/notes/diary-entry/', '/notes/health/', '/notes/note-template/']) expect(vault.has(url), url).toBe(false);
    const $ = vault.page('/notes/public-note/');
    $('.mention-preview').remove();
    expect($('.note-body').text()).toContain('This note links to Secret plan and my diary and Visible friend.');
    expect(
      $('.note-body a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['Visible friend']);
    expect(
      $('.related-list a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['Visible friend']);
    expect(rules(vault, 'Public note.md').filter((r) => r.endsWith('private-reference'))).toEqual(['info private-reference', 'info private-reference', 'info private-reference']);
    expect(rules(vault, 'templates/Note template.md')).toEqual(['info private-file']);
    expect(vault.exitCode(false)).toBe(0);
    expect(vault.exitCode(true)).toBe(0);
  });
});

describe('valid HTML', () => {
  it('every page of every vault passes html-validate', async () => {
    for (const name of NAMES) expect(await htmlProblems(vaults[name]!), name).toEqual([]);
  });
});

describe('nothing lost', () => {
  it('every block of every published vault note is text on its page', () => {
    for (const name of NAMES) {
      const vault = vaults[name]!;
      expect(formatLostText(findLostText(vault.built.documents, vault.built.atlas, vault.readPage)), name).toEqual([]);
    }
  });
});
