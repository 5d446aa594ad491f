/**
 * The Markdown variant: YAML front matter carrying what the export format spells out in
 * sections (kind, deck, collection, related, sources, next), a Markdown body naming some titles
 * as `[[wikilinks]]`, and for inquiring lines a `## Research prompt` section.
 */
import slugify from '@sindresorhus/slugify';
import matter from 'gray-matter';
import { lineBody, noteBody } from './bodies.ts';
import type { LineFilePlan, NoteFilePlan } from './corpus-plan.ts';
import type { Random } from './random.ts';
import { researchPrompt } from './research-prompt.ts';
import { BEHAVIOURS } from './vocabulary.ts';

/** One line per value, as people write front matter by hand (js-yaml folds at 80 otherwise). */
const YAML = { lineWidth: -1 };
// gray-matter hands its options on to js-yaml's dump, but its typings do not say so.
const stringify = matter.stringify as (content: string, data: object, options: typeof YAML) => string;

function mentionStyle(r: Random): (title: string) => string {
  return (title) => (r.chance(0.6) ? `[[${title}]]` : title);
}

/** Optional front matter a hand-written vault has on some files. */
function extras(r: Random): { tags?: string[]; date?: string } {
  const out: { tags?: string[]; date?: string } = {};
  if (r.chance(0.4)) out.tags = [...new Set(Array.from({ length: r.int(1, 3) }, () => slugify(r.pick(BEHAVIOURS))))].sort();
  if (r.chance(0.4)) out.date = `20${r.int(23, 26)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  return out;
}

export function renderLineMarkdown(r: Random, line: LineFilePlan): string {
  const body = lineBody(r, line, mentionStyle(r));
  const data = {
    kind: 'inquiring-line',
    title: line.title,
    summary: line.summary,
    sources: line.sources.map((s) => ({ title: s.title, summary: s.finding })),
    next: line.next,
    ...extras(r),
  };
  const content = `\n${body.join('\n\n')}\n\n## Research prompt\n\n${researchPrompt(r, line.prompt)}\n`;
  return stringify(content, data, YAML);
}

export function renderNoteMarkdown(r: Random, file: NoteFilePlan): string {
  const { note } = file;
  const blocks = noteBody(r, file, mentionStyle(r)).map((lines) =>
    // A list gets a blank line after its lead-in, as a Markdown author would write it.
    lines.length > 1 ? `${lines[0]}\n\n${lines.slice(1).join('\n')}` : lines.join('\n'),
  );
  const data = {
    kind: 'note',
    title: note.title,
    summary: note.deck,
    collection: note.collection,
    original_title: note.originalTitle,
    related: file.related.map((x) => ({ title: x.title, relation: x.relation, description: x.description })),
    ...extras(r),
  };
  return stringify(`\n${blocks.join('\n\n')}\n`, data, YAML);
}
