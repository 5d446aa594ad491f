/**
 * The export text format, exactly as the seeds have it: an inquiring line in blank-line
 * separated blocks (two blank lines around the body), a concept note one item per line with
 * no blank lines at all, the app's UI strings left in place, and no final newline.
 */
import { lineBody, noteBody } from './bodies.ts';
import type { LineFilePlan, NoteFilePlan } from './corpus-plan.ts';
import type { Random } from './random.ts';
import { PROMPT_INTRO, researchPrompt } from './research-prompt.ts';

export const NOTE_MAP_HINT = 'Click a node to walk · click center to open · click Open full network for a force-directed map';

const plain = (title: string): string => title;

export function renderLineExport(r: Random, line: LineFilePlan): string {
  const body = lineBody(r, line, plain);
  const sources = line.sources.map((s) => `${s.title}\n\n${s.finding}`);
  const next = line.next.length > 0 ? `\n\n${line.next.join('\n\n')}` : '';
  return [
    'INQUIRING LINE',
    line.title,
    `${line.summary}\n`,
    `${body.join('\n\n')}\n`,
    `Sources ${line.declaredSourceCount} notes`,
    ...sources,
    'Research prompt for your LLMexpand ↓',
    PROMPT_INTRO,
    researchPrompt(r, line.prompt),
    `Next inquiring lines${next}`,
  ].join('\n\n');
}

export function renderNoteExport(r: Random, file: NoteFilePlan): string {
  const { note } = file;
  const body = noteBody(r, file, plain).flat();
  const related = file.related.flatMap((x) => ['-', x.title, x.description, x.relation]);
  return [note.title, note.deck, ...body, `Source: ${note.collection}`, 'Related concepts in this collection', ...related, NOTE_MAP_HINT, 'Original note title', note.originalTitle].join('\n');
}
