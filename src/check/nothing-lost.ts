/**
 * "Nothing lost": every piece of content an input file holds (title, deck, each paragraph and list
 * item, each source's title and summary, each related concept's title, relation and description,
 * the prompt's intro and every prompt line, next titles, collection, original title) appears as
 * text on the page built from that file. Only the UI strings of `src/parse/ui-strings.ts` may
 * vanish.
 *
 * Together with the parser's own property (every input line reaches `documentText`), this carries
 * the promise from input file to published page. Both sides go through `comparableText`, and an
 * input string also counts as found in its Markdown reading, since the page shows it rendered.
 */
import type { Atlas, ParsedDocument } from '../model.ts';
import { documentText } from '../parse/document-text.ts';
import { UI_STRINGS } from '../parse/ui-strings.ts';
import { comparableReadings, comparableText } from './comparable-text.ts';
import { defaultPageTextOptions, pageText, type PageTextOptions } from './page-text.ts';

export interface NothingLostOptions {
  /** Input strings that may be missing from pages: interface text of the exporting app. */
  allowedToVanish: readonly RegExp[];
  page: PageTextOptions;
}

export const defaultNothingLostOptions: NothingLostOptions = {
  allowedToVanish: UI_STRINGS,
  page: defaultPageTextOptions,
};

export interface LostText {
  /** The input file, relative to the notes folder. */
  file: string;
  /** The page built from it; `null` when no record came from the file. */
  url: string | null;
  /** `text`: one piece of content is not on the page; `page`: the page is missing; `record`: no record came from the file. */
  problem: 'text' | 'page' | 'record';
  /** The content not found (for `text`), as the parsed record holds it. */
  text: string;
}

/**
 * What of `documents` the pages do not show. `readPage(url)` returns the HTML of the page at a
 * site-relative url, or `undefined` when there is none; the caller does the reading.
 */
export function findLostText(
  documents: readonly ParsedDocument[],
  atlas: Pick<Atlas, 'lines' | 'notes'>,
  readPage: (url: string) => string | undefined,
  options: Partial<NothingLostOptions> = {},
): LostText[] {
  const settings = { ...defaultNothingLostOptions, ...options };
  const urlOf = new Map<string, string>();
  for (const record of [...atlas.lines, ...atlas.notes]) {
    if (record.file !== null && !urlOf.has(record.file)) urlOf.set(record.file, record.url);
  }
  const lost: LostText[] = [];
  for (const doc of documents) {
    const url = urlOf.get(doc.file);
    if (url === undefined) {
      lost.push({ file: doc.file, url: null, problem: 'record', text: '' });
      continue;
    }
    const html = readPage(url);
    if (html === undefined) {
      lost.push({ file: doc.file, url, problem: 'page', text: '' });
      continue;
    }
    const shown = ` ${comparableText(pageText(html, settings.page))} `;
    for (const text of documentText(doc)) {
      if (settings.allowedToVanish.some((pattern) => pattern.test(text.trim()))) continue;
      if (!comparableReadings(text).some((reading) => reading === '' || shown.includes(` ${reading} `))) {
        lost.push({ file: doc.file, url, problem: 'text', text });
      }
    }
  }
  return lost;
}

/** One line per loss, for a test failure or a report: `file → url: "text"`. */
export function formatLostText(lost: readonly LostText[]): string[] {
  return lost.map((l) =>
    l.problem === 'record'
      ? `${l.file}: no record was built from it`
      : l.problem === 'page'
        ? `${l.file} → ${l.url}: no page`
        : `${l.file} → ${l.url}: ${JSON.stringify(l.text.length > 160 ? `${l.text.slice(0, 160)}…` : l.text)}`,
  );
}
