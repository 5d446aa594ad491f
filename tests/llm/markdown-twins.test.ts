/**
 * The Markdown twins, llms.txt and llms-full.txt, checked against the records: every line and note
 * page has its twin, linked from the page; each twin says what its record says (title, deck,
 * synthesis with its mentions as links, every source with its summary, the exact prompt,
 * related concepts, citing lines); llms.txt follows the convention and links every twin; links are
 * absolute site paths, or full urls with a base url.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Link, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Atlas, InquiringLine, Note } from '../../src/model.ts';
import { mentionTargets } from '../../src/resolve/graph.ts';
import type { SiteData } from '../../src/site/data/site-data.ts';
import type { TestSite } from '../support/build-site.ts';
import { buildTestSite } from '../support/build-site.ts';
import { readPage, readPageText } from '../support/read-page.ts';

const parse = (text: string): Root => unified().use(remarkParse).parse(text);
const plain = (markdown: string) => toString(parse(markdown));

/** The twin's blocks, grouped under their `##` headings ('' for those before the first). */
function sections(tree: Root): Map<string, RootContent[]> {
  const out = new Map<string, RootContent[]>([['', []]]);
  let current = '';
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) out.set((current = toString(node)), []);
    else out.get(current)!.push(node);
  }
  return out;
}

function links(nodes: RootContent[] | Root): Link[] {
  const found: Link[] = [];
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) visit(node, 'link', (link: Link) => void found.push(link));
  return found;
}

function twin(site: TestSite, url: string): Root {
  return parse(readPageText(site.outDir, `${url}index.md`));
}

describe('Markdown twins of the seeds', () => {
  let site: TestSite;
  let atlas: Atlas;
  let data: SiteData;
  beforeAll(async () => {
    site = await buildTestSite('seeds');
    data = site.session.site();
    atlas = data.atlas;
  });
  afterAll(() => site?.remove());
  const url = (id: string) => data.record(id)!.url;

  it('exist for every line and note page, linked from the page as text/markdown', () => {
    for (const record of [...atlas.lines, ...atlas.notes]) {
      expect(existsSync(path.join(site.outDir, record.url, 'index.md')), record.url).toBe(true);
      const $ = readPage(site.outDir, record.url);
      expect($('link[rel="alternate"][type="text/markdown"]').attr('href'), record.url).toBe(`${record.url}index.md`);
    }
    for (const record of [...atlas.papers, ...atlas.collections]) expect(existsSync(path.join(site.outDir, record.url, 'index.md'))).toBe(false);
  });

  it("give a line's title, deck, synthesis with its mentions, sources and exact prompt", () => {
    for (const line of atlas.lines) {
      const tree = twin(site, line.url);
      const parts = sections(tree);
      const [title, deck] = parts.get('')!;
      expect(title).toMatchObject({ type: 'heading', depth: 1 });
      expect(toString(title!)).toBe(line.title);
      expect(toString(deck!)).toBe(plain(line.summary));

      const synthesis = parts.get('Synthesis')!;
      expect(synthesis.map((n) => toString(n)).join('')).toBe(line.body.children.map((n) => toString(n)).join(''));
      expect(links(synthesis).map((l) => l.url)).toEqual(mentionTargets(line.body).map(url));

      const sources = parts.get(`Sources (${line.sources.length} notes)`)!;
      const items = (sources[0] as List).children;
      expect(items).toHaveLength(line.sources.length);
      line.sources.forEach((source, i) => {
        const [link] = links([items[i]!]);
        expect(toString(link!)).toBe(source.title);
        expect(link!.url).toBe(url(source.target));
        expect(toString(items[i]!)).toBe(`${source.title}: ${plain(source.summary)}`);
      });

      const prompt = parts.get('Research prompt')!;
      expect(toString(prompt[0]!)).toBe(line.prompt!.intro);
      expect(prompt[1]).toMatchObject({ type: 'code', lang: 'markdown', value: line.prompt!.text });
    }
  });

  it('date each line by the claims its prompt rests on', () => {
    const text = readPageText(site.outDir, `${atlas.lines.find((l) => l.title.startsWith('How do training regimes'))!.url}index.md`);
    expect(text).toContain('claims dated 2025 to 2026 · newest about 4 months old as of 2026-05');
  });

  it("give a note's body, collection, related concepts and the lines that cite it", () => {
    const note = atlas.notes.find((n) => !n.stub)!;
    const parts = sections(twin(site, note.url));
    const top = parts.get('')!;
    expect(toString(top[0]!)).toBe(note.title);
    expect(links([top[2]!]).map((l) => l.url)).toContain(url(note.collectionId!));
    expect(
      top
        .slice(3)
        .map((n) => toString(n))
        .join(''),
    ).toBe(note.body.children.map((n) => toString(n)).join(''));
    const related = (parts.get('Related concepts in this collection')![0] as List).children;
    note.related.forEach((r, i) => {
      expect(links([related[i]!])[0]!.url).toBe(url(r.target));
      expect(toString(related[i]!)).toBe(`${r.title} (${r.relation}): ${plain(r.description)}`);
    });
    const citing = links(parts.get('Inquiring lines that cite it')!)
      .map((l) => l.url)
      .sort();
    const expected = data
      .referrers(note.id)
      .filter((r) => r.record.kind === 'inquiring-line')
      .map((r) => r.record.url)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(citing).toEqual(expected);
    expect(toString(parts.get('Original note title')![0]!)).toBe(note.originalTitle);
  });

  it('give a stub what each referrer says of it', () => {
    for (const stub of atlas.notes.filter((n) => n.stub)) {
      const items = (sections(twin(site, stub.url)).get('What other records say of it')![0] as List).children;
      expect(items).toHaveLength(stub.testimony.length);
      stub.testimony.forEach((t, i) => {
        expect(links([items[i]!])[0]!.url).toBe(url(t.from));
        expect(toString(items[i]!)).toContain(plain(t.text));
      });
    }
  });

  it('publish llms.txt: title, summary, then sections linking every line and note twin', () => {
    const tree = parse(readPageText(site.outDir, '/llms.txt'));
    const [title, summary] = tree.children;
    expect(title).toMatchObject({ type: 'heading', depth: 1 });
    expect(toString(title!)).toBe(data.config.title);
    expect(summary!.type).toBe('blockquote');
    expect(toString(summary!)).toBe(data.config.description);
    const headings = tree.children.filter((n) => n.type === 'heading' && n.depth === 2).map((n) => toString(n));
    expect(headings[0]).toBe('Inquiring lines');
    expect(headings).toContain('Optional');
    const listed = links(tree).map((l) => l.url);
    for (const record of [...atlas.lines, ...atlas.notes])
      expect(
        listed.filter((u) => u === `${record.url}index.md`),
        record.url,
      ).toHaveLength(1);
    const lineItems = (sections(tree).get('Inquiring lines')![0] as List).children;
    atlas.lines.forEach((line, i) => expect(toString(lineItems[i]!)).toBe(`${line.title}: ${plain(line.summary)}`));
    // Every link in it leads to a file of the site.
    for (const href of listed) {
      const file = href.endsWith('/') ? `${href}index.html` : href;
      expect(existsSync(path.join(site.outDir, file)), href).toBe(true);
    }
  });

  it('publish llms-full.txt: every twin, in one file', () => {
    const full = readPageText(site.outDir, '/llms-full.txt');
    let from = 0;
    for (const record of [...atlas.lines, ...atlas.notes]) {
      const text = readFileSync(path.join(site.outDir, record.url, 'index.md'), 'utf8').trimEnd();
      const at = full.indexOf(text, from);
      expect(at, record.url).toBeGreaterThan(from - 1);
      from = at + text.length;
    }
  });
});

describe('Markdown twins under a path prefix and base url, with hostile input', () => {
  let site: TestSite;
  let atlas: Atlas;
  beforeAll(async () => {
    site = await buildTestSite('tests/fixtures/site/notes', { overrides: { pathPrefix: '/atlas/', baseUrl: 'https://example.org' } });
    atlas = site.session.site().atlas;
  });
  afterAll(() => site?.remove());

  it('write every link as a full url under the prefix, and drop unsafe ones', () => {
    for (const record of [...atlas.lines, ...atlas.notes]) {
      const tree = twin(site, record.url);
      const urls = links(tree).map((l) => l.url);
      expect(urls.length).toBeGreaterThan(0);
      for (const href of urls) expect(href, record.url).toMatch(/^https:\/\/example\.org\/(atlas\/|page\?)/);
    }
    const llms = links(parse(readPageText(site.outDir, '/llms.txt'))).map((l) => l.url);
    expect(llms.every((u) => u.startsWith('https://example.org/atlas/'))).toBe(true);
  });

  it('keep hostile titles and text as text', () => {
    const line: InquiringLine = atlas.lines[0]!;
    const tree = twin(site, line.url);
    expect(toString(tree.children[0]!)).toBe(line.title);
    expect(tree.children.some((n) => n.type === 'html')).toBe(false);
    const note: Note = atlas.notes.find((n) => n.title.startsWith('Markdown notes'))!;
    const text = readPageText(site.outDir, `${note.url}index.md`);
    expect(text).not.toContain('javascript:');
    expect(text).not.toContain('data:text/html');
    expect(plain(text)).toContain('A safe link, a bad link and a data link.');
  });
});
