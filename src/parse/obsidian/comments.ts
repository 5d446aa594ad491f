/**
 * Obsidian comments, `%%inline%%` and `%%` blocks over several lines: not content, so they are
 * cut from the lines before anything reads them and reach no page, twin or index. Fenced code
 * keeps its `%%` (it shows code as written). A `%%` with no closing `%%` hides the rest of the
 * file, as in Obsidian, and is reported.
 */
import type { VFile } from 'vfile';
import { report } from '../../diagnostics.ts';
import { pointAt, type SourceLine } from '../lines.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function stripComments(lines: readonly SourceLine[], file: VFile): SourceLine[] {
  if (!lines.some((line) => line.text.includes('%%'))) return [...lines];
  const out: SourceLine[] = [];
  let fence: string | undefined;
  let openedAt: SourceLine | undefined;
  for (const line of lines) {
    const fenceMatch = openedAt === undefined ? FENCE.exec(line.text) : null;
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      out.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      out.push(line);
      continue;
    }
    let text = '';
    let rest = line.text;
    let inComment = openedAt !== undefined;
    for (;;) {
      const at = rest.indexOf('%%');
      if (at === -1) {
        if (!inComment) text += rest;
        break;
      }
      if (!inComment) text += rest.slice(0, at);
      inComment = !inComment;
      if (inComment && openedAt === undefined) openedAt = line;
      rest = rest.slice(at + 2);
      if (!inComment) {
        openedAt = undefined;
        // `a %%x%% b` reads `a b`, not `a  b`.
        if (/[ \t]$/.test(text)) rest = rest.replace(/^[ \t]+/, '');
      }
    }
    if (inComment) openedAt ??= line;
    // A line that held only a comment is gone, not blank: it must not split a paragraph.
    if (text === line.text) out.push(line);
    else if (text.trim() !== '') out.push({ ...line, text: text.replace(/[ \t]+$/, '') });
  }
  if (openedAt !== undefined) {
    report(file, 'Unexpected `%%` with no closing `%%`, expected a comment to end; the rest of the file is hidden, as in Obsidian', pointAt(openedAt, openedAt.text.indexOf('%%')), 'unclosed-comment');
  }
  return out;
}
