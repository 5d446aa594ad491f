/**
 * A Markdown file's body read as Obsidian writes it: comments cut, GFM and math parsed, then
 * callouts, highlights and inline tags read from the tree. Used for `.md` files only; the export
 * format stays CommonMark.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { SourceLine } from '../lines.ts';
import { parseMarkdown } from '../markdown.ts';
import { parseWithRemark } from '../remark-markdown.ts';
import { markCallouts } from './callouts.ts';
import { stripComments } from './comments.ts';
import { markHighlights } from './highlight.ts';
import { splitMathFences } from './math-blocks.ts';
import { OBSIDIAN_SIGNS, OBSIDIAN_SYNTAX } from './syntax.ts';
import { linkInlineTags } from './tags.ts';

export interface ObsidianBody {
  /** The lines left once comments are cut (what a prompt section is read from). */
  lines: SourceLine[];
  body: Root;
  /** Inline `#tags`, in order, once each. */
  tags: string[];
}

export function parseObsidianMarkdown(input: readonly SourceLine[], file: VFile): ObsidianBody {
  const lines = splitMathFences(stripComments(input, file));
  // Without GFM or math signs, the fast path builds the same tree remark would.
  const body = lines.some((line) => OBSIDIAN_SIGNS.test(line.text)) ? parseWithRemark(lines, OBSIDIAN_SYNTAX) : parseMarkdown(lines);
  markCallouts(body);
  markHighlights(body);
  const tags = linkInlineTags(body);
  return { lines, body, tags };
}
