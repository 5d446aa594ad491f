/**
 * Inline Markdown without a parser, for what nearly all prose is: text, with at most `*` / `_`
 * emphasis. remark (micromark) pays a fixed setup per call and tokenizes slowly; here a line
 * takes one regular-expression scan, and emphasis is resolved as micromark does (`emphasis.ts`),
 * so the tree is the one remark builds.
 * Any other inline syntax — escapes, code, HTML, autolinks, character references, links — makes
 * `plainInline` return `undefined`, and the caller parses with remark.
 * tests/parse/plain-markdown.test.ts checks the equality against remark on arbitrary strings.
 */
import { resolveEmphasis, type InlineSpan } from './emphasis.ts';

export type { InlineSpan } from './emphasis.ts';

const STAR = 0x2a;
const UNDERSCORE = 0x5f;
/**
 * Characters this reader must look at: emphasis markers, `&` (a character reference?), `]` (a
 * link, with `(` or `:` after it?), and syntax it leaves to remark: NUL (replaced), CR (a line
 * ending of its own), backslash (escapes, hard breaks), backtick (code), `<` (autolinks, HTML).
 * One scan by the expression engine finds them, far faster than a loop over the characters.
 */
const SPECIAL = /[\0\r\\`<&\]*_]/g;
/** `SPECIAL` for one test from the start: does the text hold any of those characters at all? */
const ANY_SPECIAL = /[\0\r\\`<&\]*_]/;

/**
 * True when `text` (not empty) holds none of the characters this reader looks at: then its
 * phrasing is one text node, and `plainInline` need not build spans to say so.
 */
export function isPlainText(text: string): boolean {
  return text !== '' && !ANY_SPECIAL.test(text);
}

/** A character reference at `lastIndex`, or anything that starts like one (`&amp;`, `&#65;`, `&x1;`). */
const REFERENCE_LIKE = /&#?[\dA-Za-z]+;/y;

/**
 * The phrasing content of `text` (one paragraph's text, lines joined with `\n`, none starting
 * or ending with a space or tab), or `undefined` when it uses inline syntax other than emphasis.
 */
export function plainInline(text: string): InlineSpan[] | undefined {
  let markers: number[] | undefined;
  SPECIAL.lastIndex = 0;
  while (SPECIAL.test(text)) {
    const at = SPECIAL.lastIndex - 1;
    switch (text.charCodeAt(at)) {
      case STAR:
      case UNDERSCORE:
        (markers ??= []).push(at);
        break;
      case 0x26: // `&`
        REFERENCE_LIKE.lastIndex = at;
        if (REFERENCE_LIKE.test(text)) return undefined;
        break;
      case 0x5d: {
        // Without a resource `](…)` or a definition `]:`, brackets make no link: they stay text.
        const next = text.charCodeAt(at + 1);
        if (next === 0x28 || next === 0x3a) return undefined;
        break;
      }
      default:
        return undefined;
    }
  }
  if (text === '') return [];
  if (markers === undefined) return [{ type: 'text', start: 0, end: text.length }];
  return resolveEmphasis(text, markers);
}
