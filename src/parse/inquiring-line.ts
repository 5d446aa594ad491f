/**
 * An inquiring line in export text:
 *   INQUIRING LINE / question / deck / synthesis paragraphs /
 *   Sources N notes (title, summary pairs) / Research prompt for your LLM (intro, prompt) /
 *   Next inquiring lines (titles).
 */
import type { VFile } from 'vfile';
import type { ParsedInquiringLine, ParsedPrompt, ParsedSource, ParsedTitleRef } from '../model.ts';
import { report } from '../diagnostics.ts';
import { blocksToRoot, keepLines, lineBlocks, paragraphBlocks, type Block } from './blocks.ts';
import { metadataFields, type ParseContext } from './context.ts';
import { METADATA_KEYS } from './obsidian/front-matter-keys.ts';
import { checkExportFrontMatter } from './front-matter.ts';
import { readHead } from './head.ts';
import { collapseWhitespace, endOfFile, joinLines, nonBlank, paragraphs, spanOf, type SourceLine } from './lines.ts';
import { parsePrompt } from './prompt.ts';
import { divertStrays, LINE_SECTIONS, looksLikeHeading, reportStray, splitSections } from './sections.ts';
import { parseSourceList } from './source-list.ts';
import { isUiString, SECTION_HEADINGS } from './ui-strings.ts';

const FRONT_MATTER_FOR_LINES = ['kind', 'title', 'summary', 'slug', 'date', 'tags', ...METADATA_KEYS];

/** An export is an inquiring line when `INQUIRING LINE` comes before any concept-note heading. */
export function isInquiringLine(lines: readonly SourceLine[]): boolean {
  for (const line of lines) {
    const text = line.text.trim();
    if (SECTION_HEADINGS.inquiringLine.test(text)) return true;
    if (SECTION_HEADINGS.related.test(text) || SECTION_HEADINGS.originalTitle.test(text)) return false;
  }
  return false;
}

export function parseInquiringLine(allLines: readonly SourceLine[], context: ParseContext): ParsedInquiringLine {
  const { file, frontMatter } = context;
  checkExportFrontMatter(frontMatter, file, {
    kind: 'inquiring-line',
    otherKind: 'note',
    where: 'a file starting with `INQUIRING LINE`',
    allowed: FRONT_MATTER_FOR_LINES,
    what: 'an inquiring line export',
  });

  const lines = allLines.filter((line) => !isUiString(line.text));
  const headerIndex = Math.max(
    0,
    lines.findIndex((line) => SECTION_HEADINGS.inquiringLine.test(line.text.trim())),
  );
  const header = lines[headerIndex] as SourceLine;
  const blocks: Block[] = keepLines(
    lines.slice(0, headerIndex),
    file,
    'Unexpected text before `INQUIRING LINE`, expected the file to start with it; kept in the body',
    'unexpected-line',
    paragraphBlocks,
  );

  const split = splitSections(lines.slice(headerIndex + 1), LINE_SECTIONS);
  const head = readHead(split.before, context, { missingAt: spanOf(header).end });
  blocks.push(...lineBlocks(head.kept));
  for (const line of head.rest) if (looksLikeHeading(line.text)) reportStray(line, file, 'the synthesis');
  blocks.push(...synthesisBlocks(head.rest, head.summary, file));

  let sources: ParsedSource[] | undefined;
  let declaredSourceCount: number | undefined;
  let prompt: ParsedPrompt | undefined;
  let next: ParsedTitleRef[] | undefined;
  const seen = new Set<string>();
  for (const section of split.sections) {
    if (seen.has(section.name)) {
      report(file, `Unexpected second \`${section.heading.text.trim()}\`, expected each section once`, spanOf(section.heading), 'unexpected-line');
    }
    seen.add(section.name);
    if (section.name === 'prompt') {
      if (prompt === undefined) prompt = parsePrompt(section.lines, section.heading, file, context.source);
      else blocks.push(...lineBlocks([section.heading]), ...paragraphBlocks(section.lines));
      continue;
    }
    const { placed, strays } = divertStrays(section.lines, file, `the \`${section.heading.text.trim()}\` section`);
    blocks.push(...lineBlocks(strays));
    if (section.name === 'sources') {
      const listed = parseSourceList(placed, file);
      if (sources === undefined) {
        declaredSourceCount = Number(SECTION_HEADINGS.sources.exec(section.heading.text.trim())?.[1]);
        if (listed.length !== declaredSourceCount) {
          report(file, `Unexpected ${listed.length} sources, expected ${declaredSourceCount} as declared`, spanOf(section.heading), 'sources-count');
        }
      }
      sources = [...(sources ?? []), ...listed];
    } else {
      next = [...(next ?? []), ...nonBlank(placed).map((line) => ({ title: collapseWhitespace(line.text), position: spanOf(line) }))];
    }
  }

  const end = endOfFile(allLines);
  if (sources === undefined) report(file, 'Unexpected end of file, expected a `Sources N notes` section', end, 'missing-section');
  if (prompt === undefined && !seen.has('prompt')) report(file, 'Unexpected end of file, expected a `Research prompt for your LLM` section', end, 'missing-section');
  if (next === undefined) report(file, 'Unexpected end of file, expected a `Next inquiring lines` section', end, 'missing-optional-section');

  // `{ kind, …, body, ...metadataFields(context), sources, next }`, built faster: Node 20 builds a
  // spread between fields in its runtime.
  const line: ParsedInquiringLine = Object.assign(
    { kind: 'inquiring-line' as const, file: context.path, format: 'export' as const, title: head.title, summary: head.summary, body: blocksToRoot(blocks) },
    metadataFields(context),
    { sources: sources ?? [], next: next ?? [] },
  );
  if (head.position) line.position = head.position;
  if (declaredSourceCount !== undefined) line.declaredSourceCount = declaredSourceCount;
  if (prompt) line.prompt = prompt;
  return line;
}

/**
 * The synthesis paragraphs. The export often opens them with the deck again, sometimes verbatim
 * (dropped: the deck is shown above it), sometimes only starting alike (kept).
 */
function synthesisBlocks(lines: readonly SourceLine[], summary: string, file: VFile): Block[] {
  const runs = paragraphs(lines);
  const first = runs[0];
  if (first && summary !== '' && joinLines(first) === collapseWhitespace(summary)) {
    report(file, 'Unexpected first paragraph repeating the summary, expected new text; shown once, as the summary', spanOf(first[0] as SourceLine, first.at(-1)), 'summary-repeated');
    runs.shift();
  }
  return runs.flatMap((run) => paragraphBlocks(run));
}
