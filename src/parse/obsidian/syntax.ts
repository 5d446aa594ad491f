/**
 * The syntax Obsidian adds to CommonMark that a parser must know: GFM (tables, footnotes, task
 * lists, strikethrough, autolinks) and `$math$`. Callouts, highlights, tags and comments are
 * read from the tree or the lines afterwards (`callouts.ts`, `highlight.ts`, `tags.ts`,
 * `comments.ts`).
 */
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { math } from 'micromark-extension-math';
import { mathFromMarkdown } from 'mdast-util-math';

export const OBSIDIAN_SYNTAX = {
  // Obsidian strikes through with `~~` only: `~2025` (an approximate date) stays text.
  extensions: [gfm({ singleTilde: false }), math()],
  mdastExtensions: [gfmFromMarkdown(), mathFromMarkdown()],
};

/**
 * A line that may hold that syntax: the plain fast path (`markdown.ts`), which only knows
 * CommonMark, must leave the document to remark (several times slower with these extensions, so
 * the test is narrow). Tables need `|`, strikethrough `~~`, math `$`,
 * task items `[ ]`/`[x]`, footnotes `[^`, autolinks `www.`, `://` or `@`.
 */
export const OBSIDIAN_SIGNS = /[|$@]|~~|\[[ xX]\]|\[\^|www\.|:\/\//;
