/**
 * The list under "Sources N notes": title and summary pairs, blank-line separated.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import type { ParsedSource } from '../model.ts';
import { collapseWhitespace, joinLines, paragraphs, spanOf, type SourceLine } from './lines.ts';

export function parseSourceList(lines: readonly SourceLine[], file: VFile): ParsedSource[] {
  const groups = paragraphs(lines);
  const sources: ParsedSource[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as SourceLine[];
    const titleLine = group[0] as SourceLine;
    const title = collapseWhitespace(titleLine.text);
    // Usually the summary is the next paragraph; a summary glued under its title is accepted too.
    let summaryLines = group.slice(1);
    if (summaryLines.length === 0) {
      const next = groups[i + 1];
      if (next) {
        summaryLines = next;
        i++;
      }
    }
    const last = summaryLines.at(-1) ?? titleLine;
    if (summaryLines.length === 0) {
      report(file, `Unexpected source \`${title}\` without a summary, expected a summary paragraph under it`, spanOf(titleLine), 'incomplete-entry');
    }
    const extra = summaryLines[1];
    if (extra) {
      report(file, `Unexpected extra line in source \`${title}\`, expected a title and a one-line summary; kept in its summary`, spanOf(extra, last), 'unexpected-line');
    }
    sources.push({ title, summary: joinLines(summaryLines), position: spanOf(titleLine, last) });
  }
  return sources;
}
