/**
 * Obsidian-flavoured Markdown, built from small vaults written the way people write notes:
 * tables, task lists, strikethrough, footnotes and autolinks (GFM), callouts, math, Mermaid,
 * highlights and comments. Each vault is built as a site and its pages read back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLostText, formatLostText } from '../../src/check/nothing-lost.ts';
import type { BuiltVault } from './vault-support.ts';
import { buildVault, htmlProblems } from './vault-support.ts';

const vaults: Record<string, BuiltVault> = {};
const NAMES = ['gfm', 'callouts', 'math', 'mermaid', 'comments'] as const;

beforeAll(async () => {
  for (const name of NAMES) vaults[name] = await buildVault(name);
}, 120_000);
afterAll(async () => {
  for (const vault of Object.values(vaults)) await vault.site.remove();
});

describe('GFM', () => {
  it('tables are <table> with header cells and alignment', () => {
    const $ = vaults.gfm!.page('/notes/reading-list/');
    const table = $('.note-body table');
    expect(table).toHaveLength(1);
    expect(
      table
        .find('th')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(['Paper', 'Year', 'Status']);
    expect(table.find('tbody tr')).toHaveLength(2);
    expect(table.find('td').first().text()).toBe('Attention is all you need');
    expect(table.find('th').eq(1).attr('class')).toBe('align-right');
    expect(table.find('[align]')).toHaveLength(0);
  });

  it('task lists, strikethrough, footnotes and bare urls', () => {
    const $ = vaults.gfm!.page('/notes/reading-list/');
    expect($('.note-body input[type=checkbox]')).toHaveLength(3);
    expect($('.note-body input[type=checkbox][checked]')).toHaveLength(1);
    expect($('.note-body del').text()).toBe('Email the authors');
    expect($('.note-body sup a[data-footnote-ref]').text()).toBe('1');
    expect($('.note-body .footnotes li').text()).toContain('The authors say so in section 4.');
    expect($('.note-body a[href="https://example.org/paper"]').text()).toBe('https://example.org/paper');
  });

  it('`description:` is the deck, and a vault note with none is fine', () => {
    const $ = vaults.gfm!.page('/notes/reading-list/');
    expect($('.deck').text()).toBe('Papers to read this month, with their status.');
    expect(vaults.gfm!.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('the Markdown twin writes the table and tasks back as GFM', () => {
    const twin = vaults.gfm!.files().find((f) => f.file === 'notes/reading-list/index.md')!.text;
    expect(twin).toContain('| Paper | Year | Status |');
    expect(twin).toContain('| --- | ---: | :---: |');
    expect(twin).toContain('- [x] Read the abstract');
    expect(twin).toContain('~~Email the authors~~');
    expect(twin).toContain('[^1]: The authors say so in section 4.');
  });
});

describe('callouts', () => {
  it('foldable ones are <details> with the title as <summary>, folded with `-`, open with `+`', () => {
    const $ = vaults.callouts!.page('/notes/callouts/');
    const tip = $('details.callout.callout-tip');
    expect(tip).toHaveLength(1);
    expect(tip.attr('open')).toBeUndefined();
    expect(tip.children('summary').text()).toBe('Folded by default');
    expect(tip.find('strong').text()).toBe('tip');
    const info = $('details.callout.callout-info');
    expect(info.attr('open')).toBeDefined();
    expect(info.children('summary').text()).toBe('Open by default');
  });

  it('the others are <div role=note>; a missing title is the type; nested callouts nest; a plain quote stays', () => {
    const $ = vaults.callouts!.page('/notes/callouts/');
    expect($('div.callout-warning > .callout-title').text()).toBe('Plain warning');
    expect($('div.callout-warning').attr('role')).toBe('note');
    expect($('div.callout-quote > .callout-title').text()).toBe('Quote');
    expect($('div.callout-question div.callout-todo > .callout-title').text()).toBe('Yes, they can.');
    expect($('div.callout-question div.callout-todo p').last().text()).toBe('Nested body text.');
    expect($('.note-body > blockquote').text()).toContain('An ordinary quote stays a quote.');
    expect($('main').text()).not.toContain('[!');
  });

  it('the twin keeps the callout syntax', () => {
    const twin = vaults.callouts!.files().find((f) => f.file === 'notes/callouts/index.md')!.text;
    expect(twin).toContain('> [!tip]- Folded by default');
    expect(twin).toContain('> [!info]+ Open by default');
  });
});

describe('math', () => {
  it('is MathML rendered at build time, inline and display, with no script', () => {
    const $ = vaults.math!.page('/notes/mass-and-energy/');
    expect($('.note-body math')).toHaveLength(2);
    expect($('.note-body math[display=block]')).toHaveLength(1);
    expect($('.note-body .math-inline annotation').text()).toBe('E = mc^2');
    expect($('script[src*=katex], link[href*=katex]')).toHaveLength(0);
    expect($('.note-body').text()).toContain('Prices like 5 dollars stay text.');
  });
});

describe('Mermaid', () => {
  it('a page with a diagram loads Mermaid from the site; its source stays readable text', () => {
    const $ = vaults.mermaid!.page('/notes/pipeline/');
    expect($('pre.mermaid').text()).toContain('Parse --> Resolve --> Render');
    expect($('script[src="/assets/mermaid/mermaid.min.js"]')).toHaveLength(1);
    expect(vaults.mermaid!.has('/assets/mermaid/mermaid.min.js')).toBe(true);
  });

  it('other pages do not load it, and no page loads a script from another host', () => {
    expect(vaults.mermaid!.page('/notes/plain-note/')('script[src*=mermaid]')).toHaveLength(0);
    expect(vaults.mermaid!.page('/')('script[src*=mermaid]')).toHaveLength(0);
    for (const { file, text } of vaults.mermaid!.files().filter((f) => f.file.endsWith('.html'))) {
      expect(text, file).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
    }
  });

  it('a site without diagrams does not carry Mermaid at all', () => {
    expect(vaults.math!.has('/assets/mermaid/mermaid.min.js')).toBe(false);
  });
});

describe('comments and highlights', () => {
  it('`%%comments%%`, inline and block, reach no output file; `%%` in code stays', () => {
    const vault = vaults.comments!;
    for (const { file, text } of vault.files()) {
      expect(text, file).not.toContain('budget-zebra-7');
      expect(text, file).not.toContain('secret-walrus-42');
    }
    const $ = vault.page('/notes/meeting-notes/');
    expect($('.note-body p').first().text()).toBe('We agreed to ship on Friday. Everyone was there.');
    expect($('.note-body code').text()).toContain('%% in code stays as written %%');
  });

  it('`==highlight==` is <mark>, and `==…==` again in the twin', () => {
    expect(vaults.comments!.page('/notes/meeting-notes/')('.note-body mark').text()).toBe('deadline');
    expect(vaults.comments!.files().find((f) => f.file === 'notes/meeting-notes/index.md')!.text).toContain('The ==deadline== is firm.');
  });
});

describe('valid HTML', () => {
  it('every page of every vault passes html-validate', async () => {
    for (const name of NAMES) expect(await htmlProblems(vaults[name]!), name).toEqual([]);
  });
});

describe('nothing lost', () => {
  it('every block of every vault note is text on its page', () => {
    for (const name of NAMES) {
      const vault = vaults[name]!;
      expect(formatLostText(findLostText(vault.built.documents, vault.built.atlas, vault.readPage)), name).toEqual([]);
    }
  });
});
