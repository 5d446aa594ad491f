/**
 * The list under "Related concepts in this collection": entries opened by a line `-`, each a
 * title, a description and a relation phrase.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import type { ParsedRelated } from '../model.ts';
import { collapseWhitespace, joinLines, nonBlank, spanOf, type SourceLine } from './lines.ts';
import { SECTION_HEADINGS } from './ui-strings.ts';

export function parseRelatedList(lines: readonly SourceLine[], file: VFile): ParsedRelated[] {
  const entries: { opener?: SourceLine; lines: SourceLine[] }[] = [];
  for (const line of nonBlank(lines)) {
    if (SECTION_HEADINGS.relatedSeparator.test(line.text.trim())) entries.push({ opener: line, lines: [] });
    else if (entries.length === 0) entries.push({ lines: [line] });
    else (entries.at(-1) as { lines: SourceLine[] }).lines.push(line);
  }
  const related: ParsedRelated[] = [];
  for (const { opener, lines: entry } of entries) {
    const [titleLine, ...more] = entry;
    if (titleLine === undefined) {
      if (opener) report(file, 'Unexpected empty related entry, expected a title, a description and a relation', spanOf(opener), 'incomplete-entry');
      continue;
    }
    const title = collapseWhitespace(titleLine.text);
    if (!opener) {
      report(file, `Unexpected \`${title}\` before any \`-\`, expected \`-\` to open each related concept`, spanOf(titleLine), 'unexpected-line');
    }
    const relationLine = more.length >= 2 ? more.at(-1) : undefined;
    const descriptionLines = relationLine ? more.slice(0, -1) : more;
    const last = entry.at(-1) as SourceLine;
    if (!relationLine) {
      const missing = descriptionLines.length === 0 ? 'a description and a relation' : 'a relation';
      report(file, `Unexpected related \`${title}\` without ${missing}, expected a title, a description and a relation`, spanOf(titleLine, last), 'incomplete-entry');
    }
    const extra = descriptionLines[1];
    if (extra) {
      report(file, `Unexpected extra line in related \`${title}\`, expected a one-line description; kept in its description`, spanOf(extra, descriptionLines.at(-1)), 'unexpected-line');
    }
    related.push({
      title,
      description: joinLines(descriptionLines),
      relation: relationLine ? collapseWhitespace(relationLine.text) : '',
      position: spanOf(opener ?? titleLine, last),
    });
  }
  return related;
}
