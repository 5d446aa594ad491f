/**
 * Bodies, shared by both file formats: an inquiring line's 4–6 long paragraphs, a note's 5–10
 * lines of shorter paragraphs with an occasional `- ` list. Lengths follow the seeds.
 */
import type { LineFilePlan, NoteFilePlan } from './corpus-plan.ts';
import { capitalize, paragraph, sentence, uncapitalize } from './prose.ts';
import type { Random } from './random.ts';
import { BEHAVIOURS, CONTEXTS, METHODS, VERBS } from './vocabulary.ts';

export const LINE_PARAGRAPH_WORDS = { min: 80, max: 180 } as const;
export const NOTE_PARAGRAPH_WORDS = { min: 30, max: 110 } as const;

export type MentionStyle = (title: string) => string;

/** Split `items` over `buckets` lists at random. */
function scatter<T>(r: Random, items: readonly T[], buckets: number): T[][] {
  const out: T[][] = Array.from({ length: buckets }, () => []);
  for (const item of items) out[r.int(0, buckets - 1)]!.push(item);
  return out;
}

/** The body paragraphs of an inquiring line (the repeated deck, when that quirk applies, first). */
export function lineBody(r: Random, line: LineFilePlan, mentionAs: MentionStyle): string[] {
  const count = r.int(4, 6);
  const mentions = scatter(r, line.mentions, count);
  const paragraphs = mentions.map((m, i) =>
    paragraph(r, {
      minWords: LINE_PARAGRAPH_WORDS.min,
      maxWords: LINE_PARAGRAPH_WORDS.max,
      mentions: m,
      mentionAs,
      opening:
        i === 0 && r.chance(0.6)
          ? `This explores whether ${r.pick(METHODS)} ${r.pick(VERBS)[1]} ${r.pick(BEHAVIOURS)} ${r.pick(CONTEXTS)}`
          : i === count - 1 && r.chance(0.4)
            ? `The takeaway you didn't know you wanted: ${r.pick(BEHAVIOURS)} isn't a property of the model's intentions so much as of what its training left it permission to say out loud`
            : undefined,
    }),
  );
  return line.quirks.deckRepeated ? [line.summary, ...paragraphs] : paragraphs;
}

const COUNT_WORDS = ['Two', 'Three', 'Four'] as const;

/** The body lines of a concept note: paragraphs, and sometimes a list introduced by a line. */
export function noteBody(r: Random, file: NoteFilePlan, mentionAs: MentionStyle): string[][] {
  const total = r.int(5, 10);
  const items = r.chance(0.5) ? r.int(2, Math.min(4, total - 3)) : 0;
  const count = total - (items > 0 ? items + 1 : 0);
  const mentions = scatter(r, file.mentions, count);
  const blocks = mentions.map((m) => [paragraph(r, { minWords: NOTE_PARAGRAPH_WORDS.min, maxWords: NOTE_PARAGRAPH_WORDS.max, mentions: m, mentionAs })]);
  if (items > 0) {
    const list = [`${COUNT_WORDS[items - 2]} motivations were tested:`];
    for (let k = 0; k < items; k++) list.push(`- ${capitalize(r.pick(BEHAVIOURS))} — ${uncapitalize(sentence(r))}`);
    blocks.splice(Math.min(1, blocks.length), 0, list);
  }
  if (file.quirks.deckRepeated) blocks.unshift([file.note.deck]);
  return blocks;
}
