/**
 * Cutting an export file into sections at its headings, and recognising lines that look like a
 * heading without being one this format knows (reported, kept as text).
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import { spanOf, type SourceLine } from './lines.ts';
import { SECTION_HEADINGS } from './ui-strings.ts';

export interface Section<Name extends string> {
  name: Name;
  heading: SourceLine;
  /** The lines up to the next heading (blank lines included). */
  lines: SourceLine[];
}

export interface SectionSplit<Name extends string> {
  /** Lines before the first heading. */
  before: SourceLine[];
  sections: Section<Name>[];
}

export const LINE_SECTIONS = {
  sources: SECTION_HEADINGS.sources,
  prompt: SECTION_HEADINGS.researchPrompt,
  next: SECTION_HEADINGS.nextLines,
} as const;

export const NOTE_SECTIONS = {
  related: SECTION_HEADINGS.related,
  original: SECTION_HEADINGS.originalTitle,
} as const;

/** Loose forms of every heading: a line like these that is not a heading of its format is suspect. */
const HEADING_LIKE: readonly RegExp[] = [
  /^inquiring\s+lines?\W*$/i,
  /^sources\W*\d*\W*notes?\W*$/i,
  /^research\s+prompt(?:\s+for\s+your\s+llm)?\W*(?:expand\b.*)?$/i,
  /^next\s+inquiring\s+lines?\W*$/i,
  /^related\s+concepts(?:\s+in\s+this\s+collection)?\W*$/i,
  /^original\s+note\s+title\W*$/i,
];

const anyHeadingOf = new WeakMap<object, RegExp>();

export function splitSections<Name extends string>(lines: readonly SourceLine[], headings: Record<Name, RegExp>): SectionSplit<Name> {
  const split: SectionSplit<Name> = { before: [], sections: [] };
  const names = Object.keys(headings) as Name[];
  let anyHeading = anyHeadingOf.get(headings);
  if (anyHeading === undefined) anyHeadingOf.set(headings, (anyHeading = eitherOf(Object.values(headings))));
  for (const line of lines) {
    const text = line.text.trim();
    const name = anyHeading.test(text) ? names.find((candidate) => headings[candidate].test(text)) : undefined;
    if (name !== undefined) split.sections.push({ name, heading: line, lines: [] });
    else (split.sections.at(-1)?.lines ?? split.before).push(line);
  }
  return split;
}

const STRICT_HEADINGS: readonly RegExp[] = Object.values(SECTION_HEADINGS).filter((re) => re !== SECTION_HEADINGS.relatedSeparator && re !== SECTION_HEADINGS.collection);
const ANY_HEADING_LIKE = eitherOf([...HEADING_LIKE, ...STRICT_HEADINGS]);

/** True for a line that reads like a section heading (of either export format, loosely). */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  return ANY_HEADING_LIKE.test(trimmed) && (HEADING_LIKE.some((re) => re.test(trimmed)) || STRICT_HEADINGS.some((re) => re.test(trimmed)));
}

/**
 * One expression matching whatever any of `patterns` matches (and, ignoring case, a little
 * more): one test that rules out most lines before the patterns are tried one by one. The
 * patterns all start with `^`; it is put in front of the whole, so the test looks at the start
 * of the line only, not at every position.
 */
function eitherOf(patterns: readonly RegExp[]): RegExp {
  // A pattern not anchored by its leading `^` alone could match further in: then rule out nothing.
  if (!patterns.every((re) => re.source.startsWith('^') && !re.source.includes('|'))) return /(?:)/;
  return new RegExp(`^(?:${patterns.map((re) => `(?:${re.source.slice(1)})`).join('|')})`, 'i');
}

/**
 * Lines inside a section that read like a heading this section cannot hold. They are reported
 * and handed back, for the caller to keep in the body.
 */
export function divertStrays(lines: readonly SourceLine[], file: VFile, where: string): { placed: SourceLine[]; strays: SourceLine[] } {
  const placed: SourceLine[] = [];
  const strays: SourceLine[] = [];
  for (const line of lines) {
    if (looksLikeHeading(line.text)) {
      reportStray(line, file, where);
      strays.push(line);
    } else {
      placed.push(line);
    }
  }
  return { placed, strays };
}

export function reportStray(line: SourceLine, file: VFile, where: string): void {
  const text = line.text.trim();
  report(file, `Unexpected heading \`${text}\` in ${where}, expected one of this format's sections; kept in the body`, spanOf(line), 'unknown-section');
}
