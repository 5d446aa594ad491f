/**
 * A concept note in export text:
 *   title / deck / body lines (one paragraph each, `- ` lines a list) / Source: <collection> /
 *   Related concepts in this collection (`-`, title, description, relation; repeated) /
 *   Original note title / the original claim-style title.
 */
import type { ParsedNote, ParsedRelated } from '../model.ts';
import { report } from '../diagnostics.ts';
import { blocksToRoot, keepLines, lineBlocks, type Block } from './blocks.ts';
import { metadataFields, type ParseContext } from './context.ts';
import { METADATA_KEYS } from './obsidian/front-matter-keys.ts';
import { checkExportFrontMatter } from './front-matter.ts';
import { readHead } from './head.ts';
import { collapseWhitespace, endOfFile, nonBlank, spanOf, type SourceLine } from './lines.ts';
import { parseRelatedList } from './related-list.ts';
import { divertStrays, looksLikeHeading, NOTE_SECTIONS, reportStray, splitSections } from './sections.ts';
import { isUiString, SECTION_HEADINGS } from './ui-strings.ts';

const FRONT_MATTER_FOR_NOTES = ['kind', 'title', 'summary', 'slug', 'date', 'tags', 'collection', 'original_title', ...METADATA_KEYS];

export function parseConceptNote(allLines: readonly SourceLine[], context: ParseContext): ParsedNote {
  const { file, frontMatter } = context;
  checkExportFrontMatter(frontMatter, file, {
    kind: 'note',
    otherKind: 'inquiring-line',
    where: 'a file without `INQUIRING LINE`',
    allowed: FRONT_MATTER_FOR_NOTES,
    what: 'a concept note export',
  });

  const lines = allLines.filter((line) => !isUiString(line.text));
  const split = splitSections(lines, NOTE_SECTIONS);
  const isCollection = (text: string): boolean => SECTION_HEADINGS.collection.test(text);
  const head = readHead(split.before, context, { missingAt: { line: 1, column: 1 }, endsHead: isCollection });
  const blocks: Block[] = lineBlocks(head.kept);

  // The body may quote a `Source:` line of its own; the collection is the last one.
  let collectionIndex = head.rest.length - 1;
  while (collectionIndex >= 0 && !isCollection((head.rest[collectionIndex] as SourceLine).text.trim())) collectionIndex--;
  const collectionLine = head.rest[collectionIndex];
  const body = collectionLine ? head.rest.slice(0, collectionIndex) : head.rest;
  for (const line of body) if (looksLikeHeading(line.text)) reportStray(line, file, 'a concept note');
  blocks.push(...lineBlocks(body));
  if (collectionLine) {
    const after = head.rest.slice(collectionIndex + 1);
    blocks.push(...keepLines(after, file, 'Unexpected text after `Source:`, expected `Related concepts in this collection`; kept in the body', 'unexpected-line'));
  }

  let related: ParsedRelated[] | undefined;
  let originalTitle: string | undefined;
  let originalLine: SourceLine | undefined;
  const seen = new Set<string>();
  for (const section of split.sections) {
    if (seen.has(section.name)) {
      report(file, `Unexpected second \`${section.heading.text.trim()}\`, expected each section once`, spanOf(section.heading), 'unexpected-line');
    }
    seen.add(section.name);
    const { placed, strays } = divertStrays(section.lines, file, `the \`${section.heading.text.trim()}\` section`);
    blocks.push(...lineBlocks(strays));
    if (section.name === 'related') {
      related = [...(related ?? []), ...parseRelatedList(placed, file)];
      continue;
    }
    const [titleLine, ...extra] = nonBlank(placed);
    if (originalTitle === undefined && titleLine) {
      originalTitle = collapseWhitespace(titleLine.text);
      originalLine = titleLine;
    } else if (titleLine) {
      extra.unshift(titleLine);
    }
    if (originalTitle === undefined) {
      report(file, 'Unexpected `Original note title` without a title, expected the title on the next line', spanOf(section.heading), 'incomplete-entry');
    }
    blocks.push(...keepLines(extra, file, 'Unexpected text after the original note title, expected the end of the file; kept in the body', 'unexpected-line'));
  }

  const end = endOfFile(allLines);
  if (!collectionLine) report(file, 'Unexpected end of file, expected a `Source: <collection>` line', end, 'missing-section');
  if (related === undefined) report(file, 'Unexpected end of file, expected a `Related concepts in this collection` section', end, 'missing-optional-section');
  if (!seen.has('original')) report(file, 'Unexpected end of file, expected an `Original note title` section', end, 'missing-optional-section');

  // Front matter wins, but the text's own line stays in the body when it says something else.
  const textCollection = SECTION_HEADINGS.collection.exec(collectionLine?.text.trim() ?? '')?.[1]?.trim();
  const collection = frontMatter?.collection ?? textCollection;
  if (collectionLine && collection !== textCollection) blocks.push(...lineBlocks([collectionLine]));
  if (originalLine && frontMatter?.originalTitle !== undefined && frontMatter.originalTitle !== originalTitle) blocks.push(...lineBlocks([originalLine]));
  originalTitle = frontMatter?.originalTitle ?? originalTitle;

  // `{ kind, …, body, ...metadataFields(context), related }`, built faster (see inquiring-line.ts).
  const note: ParsedNote = Object.assign(
    { kind: 'note' as const, file: context.path, format: 'export' as const, title: head.title, summary: head.summary, body: blocksToRoot(blocks) },
    metadataFields(context),
    { related: related ?? [] },
  );
  if (head.position) note.position = head.position;
  if (collection) note.collection = collection;
  if (originalTitle) note.originalTitle = originalTitle;
  return note;
}
