/**
 * Nothing lost: every paragraph, list item, source summary, related description and prompt line
 * of every input file is text on the page built from it — on the seeds, the site fixture, the
 * hostile corpus and a generated corpus of ~150 files. And the check can fail: pages with a piece
 * removed are reported, piece by piece.
 */
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparableReadings, comparableText, markdownReading } from '../../src/check/comparable-text.ts';
import { findLostText, formatLostText } from '../../src/check/nothing-lost.ts';
import { pageText } from '../../src/check/page-text.ts';
import type { InquiringLine, Note, ParsedDocument } from '../../src/model.ts';
import type { BuiltCorpus, Folder } from './corpora.ts';
import { buildCorpus, HOSTILE, INVISIBLE, SEEDS, SITE_BAD_FIXTURE, SITE_FIXTURE, writeGeneratedCorpus } from './corpora.ts';

describe('comparable text', () => {
  it('drops Markdown punctuation, straightens quotes and collapses whitespace', () => {
    expect(comparableText('  **Bold** “quoted”\n\t- item  ')).toBe(comparableText('Bold "quoted" item'));
    expect(comparableText('a\u00a0b')).toBe('a b');
    expect(comparableText('Cafe\u0301')).toBe('Café');
  });

  it('reads Markdown as the page shows it: link text without destination, entities decoded, image alt', () => {
    expect(markdownReading('A [link](https://x.test/a) &amp; ![alt text](p.png)')).toBe('A link & alt text');
    expect(comparableReadings('**both**')).toEqual(['both']);
    expect(comparableReadings('[t](u)')).toEqual(['tu', 't']);
  });

  it('takes the text of <main>, blocks apart, without previews and the local graph', () => {
    const html = `<body><header>Site</header><main><p>one</p><p>two<br>three <span class="mention-wrap"><a>T</a><span class="mention-preview">preview</span></span></p>
<img alt="a picture"><section class="local-graph"><a>Neighbour</a></section></main></body>`;
    expect(comparableText(pageText(html))).toBe('one two three T a picture');
  });
});

/** The pages, with the first element matching `selector` removed from the page at `url`; and its text. */
function withoutFirst(readPage: (url: string) => string | undefined, url: string, selector: string): { readPage: (u: string) => string | undefined; removed: string } {
  const $ = cheerio.load(readPage(url)!);
  const target = $(selector).first();
  expect(target.length, `${selector} on ${url}`).toBe(1);
  target.find('.mention-preview').remove();
  const removed = target.text();
  target.remove();
  const html = $.html();
  return { readPage: (u) => (u === url ? html : readPage(u)), removed };
}

describe('on the seeds', () => {
  let corpus: BuiltCorpus;
  let docs: ParsedDocument[];
  beforeAll(async () => {
    corpus = await buildCorpus(SEEDS);
    docs = corpus.built.documents;
  });
  afterAll(() => corpus?.site.remove());

  const lineWithPrompt = (): InquiringLine => corpus.built.atlas.lines.find((l) => l.prompt && l.sources.length > 0)!;
  const noteWithRelated = (): Note => corpus.built.atlas.notes.find((n) => !n.stub && n.related.length > 0)!;
  const lost = (readPage: (url: string) => string | undefined) => formatLostText(findLostText(docs, corpus.built.atlas, readPage));

  it('loses nothing', () => {
    expect(docs).toHaveLength(4);
    expect(lost(corpus.readPage)).toEqual([]);
  });

  it('reports each piece removed from a page, and only that piece', () => {
    const line = lineWithPrompt();
    const note = noteWithRelated();
    const cases: [string, string][] = [
      [line.url, '.synthesis > p:nth-of-type(2)'],
      [line.url, '.deck'],
      [line.url, '.source-summary'],
      [line.url, '.prompt-intro'],
      [line.url, '.prompt-display li'],
      [line.url, '.prompt-display p:nth-of-type(2)'],
      [note.url, '.note-body > p:nth-of-type(3)'],
      [note.url, '.note-body li'],
      [note.url, '.related-list .list-summary'],
      [note.url, '.related-list .relation'],
      [note.url, '.original-title p'],
    ];
    for (const [url, selector] of cases) {
      const { readPage, removed } = withoutFirst(corpus.readPage, url, selector);
      const found = findLostText(docs, corpus.built.atlas, readPage);
      expect(
        found.map((l) => [l.url, l.problem]),
        selector,
      ).toEqual([[url, 'text']]);
      expect(comparableReadings(found[0]!.text), selector).toContain(comparableText(removed));
    }
  });

  it('reports a missing page and a file without a record', () => {
    const line = lineWithPrompt();
    const withoutPage = findLostText(docs, corpus.built.atlas, (u) => (u === line.url ? undefined : corpus.readPage(u)));
    expect(withoutPage).toEqual([{ file: line.file, url: line.url, problem: 'page', text: '' }]);
    const withoutRecord = findLostText(docs, { lines: corpus.built.atlas.lines.filter((l) => l !== line), notes: corpus.built.atlas.notes }, corpus.readPage);
    expect(withoutRecord).toEqual([{ file: line.file, url: null, problem: 'record', text: '' }]);
  });

  it('lets only the UI strings of ui-strings.ts vanish', () => {
    const note = noteWithRelated();
    const doc = docs.find((d) => d.file === note.file)!;
    const withLine = (text: string): ParsedDocument => ({
      ...doc,
      body: { ...doc.body, children: [...doc.body.children, { type: 'paragraph', children: [{ type: 'text', value: text }] }] },
    });
    const check = (d: ParsedDocument) => findLostText([d], corpus.built.atlas, corpus.readPage).map((l) => l.text);
    expect(check(withLine('expand ↓'))).toEqual([]);
    expect(check(withLine('Click a node to walk · click center to open · click Open full network for a force-directed map'))).toEqual([]);
    expect(check(withLine('expand ↓ and more'))).toEqual(['expand ↓ and more']);
  });
});

describe('on the site fixtures, the hostile corpus and a generated corpus', () => {
  const corpora: { name: string; corpus: BuiltCorpus }[] = [];
  let generated: Folder;
  beforeAll(async () => {
    generated = await writeGeneratedCorpus();
    for (const [name, dir] of [
      ['site fixture', SITE_FIXTURE],
      ['bad site fixture', SITE_BAD_FIXTURE],
      ['hostile', HOSTILE],
      ['generated', generated.dir],
    ] as const) {
      corpora.push({ name, corpus: await buildCorpus(dir) });
    }
  });
  afterAll(async () => {
    for (const { corpus } of corpora) await corpus.site.remove();
    await generated?.remove();
  });

  it('loses nothing on any of them', () => {
    const sizes = Object.fromEntries(corpora.map(({ name, corpus }) => [name, corpus.built.documents.length]));
    expect(sizes['generated']).toBeGreaterThanOrEqual(140);
    expect(sizes['hostile']).toBeGreaterThanOrEqual(10);
    for (const { name, corpus } of corpora) {
      expect(formatLostText(findLostText(corpus.built.documents, corpus.built.atlas, corpus.readPage)), name).toEqual([]);
    }
  });
});

describe('constructs that render to nothing: definitions, HTML comments, empty headings', () => {
  // Markdown shows a link reference definition or an HTML comment as nothing; the site shows
  // them as the text the author wrote, and the check must see them (not pass them as empty).
  let corpus: BuiltCorpus;
  beforeAll(async () => {
    corpus = await buildCorpus(INVISIBLE);
  });
  afterAll(() => corpus?.site.remove());

  it('loses nothing, the counterexample of issue 10 included', () => {
    expect(corpus.built.documents).toHaveLength(2);
    expect(formatLostText(findLostText(corpus.built.documents, corpus.built.atlas, corpus.readPage))).toEqual([]);
    const prompt = corpus.built.atlas.lines.find((l) => l.file === 'setext-definition-prompt.md')?.prompt;
    expect(prompt?.text).toBe('[ref]: http://x.test "t"');
  });

  it('reports a definition, a comment or a prompt line removed from its page', () => {
    const note = corpus.built.atlas.notes.find((n) => n.file === 'renders-to-nothing.md')!;
    const line = corpus.built.atlas.lines.find((l) => l.file === 'setext-definition-prompt.md')!;
    const cases: [string, string, string][] = [
      [note.url, '.note-body p:contains("unused.test")', 'http://unused.test/page'],
      [note.url, '.note-body p:contains("a comment the author")', 'a comment the author left'],
      [line.url, '.prompt-display p', 'http://x.test'],
    ];
    for (const [url, selector, expected] of cases) {
      const { readPage } = withoutFirst(corpus.readPage, url, selector);
      const found = findLostText(corpus.built.documents, corpus.built.atlas, readPage);
      expect(
        found.map((l) => l.url),
        selector,
      ).toEqual([url]);
      expect(found[0]!.text, selector).toContain(expected);
    }
  });
});
