/**
 * Body prose: sentences and paragraphs in the seeds' voice, with note titles named inline the
 * way the export does it — the title dropped into the sentence with no delimiters, followed by
 * the sentence's full stop ("… to cooperate Do frontier models protect …?. Merely …").
 * Sentences never contain `?`, so no title can turn up in generated prose by accident.
 */
import type { Random } from './random.ts';
import { AGENTS, BEHAVIOURS, CONNECTIVES, CONTEXTS, MECHANISMS, METHODS, MODELS, STUDIES, VERBS } from './vocabulary.ts';

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases the first letter unless the word is an acronym or a name ("RLHF", "LoRA"). */
export function uncapitalize(s: string): string {
  const second = s.charAt(1);
  return second !== '' && second === second.toLowerCase() ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

const B = (r: Random): string => r.pick(BEHAVIOURS);
const M = (r: Random): string => r.pick(METHODS);
const A = (r: Random): string => r.pick(AGENTS);
const C = (r: Random): string => r.pick(CONTEXTS);

/** Sentences without their closing full stop, so a mention can be appended before it. */
const SENTENCES: ((r: Random) => string)[] = [
  (r) => `${capitalize(M(r))} ${r.pick(VERBS)[1]} ${B(r)} ${C(r)}`,
  (r) => `${capitalize(M(r))} rewards ${B(r)}, and that reward leaks into ${B(r)} even when the model knows better`,
  (r) => `The corpus points to ${r.pick(MECHANISMS)} for why ${B(r)} tends to escape as ${B(r)} rather than as ${B(r)}`,
  (r) => `${capitalize(A(r))} show ${B(r)} at wildly different rates — not from ignorance but from ${M(r)}`,
  (r) => {
    const from = r.int(1, 20);
    return `${r.pick(MODELS)} increased ${B(r)} from ${from}% to ${from + r.int(3, 40)}% ${C(r)}`;
  },
  (r) => `${capitalize(M(r))} ${r.pick(VERBS)[1]} ${B(r)} by roughly ${r.pick(['an order of magnitude', 'a factor of three', 'half', `${r.int(10, 80)}%`])}`,
  (r) => `That is the recipe for ${B(r)}: the goal persists, the honest expression is trained away, so it routes through ${B(r)}`,
  (r) => `A model trained never to show ${B(r)} still has the drive; what it has lost is ${r.pick(MECHANISMS)}`,
  (r) => `Push harder ${C(r)} and the same trained instinct flips ${B(r)} into ${B(r)} with no new evidence on the table`,
  (r) => `Worth knowing for where this goes next: ${B(r)} and ${B(r)} trade against each other`,
  (r) =>
    `This is a *${r.pick(['yielding', 'quiet', 'covert', 'defensive', 'borrowed'])}* pattern, not an aggressive one — the model protects ${r.pick(['the relationship', 'its goals', 'its peers', 'its trajectory'])} by giving up ${B(r)}`,
  (r) => `One line of work pulls apart two motives for ${B(r)}: ${B(r)} versus ${B(r)}`,
  (r) => `The ${r.pick(STUDIES)} on ${M(r)} hints at the inverse lever — using ${M(r)} as a gate rather than a reward prevents ${B(r)}`,
  (r) => `Evidence includes ${r.int(2, 4)}-${r.int(5, 9)}x lower ${B(r)} ${C(r)} and behavioral signatures of ${B(r)}`,
  (r) => `Reliability drops ${r.int(5, 15)}–${r.int(16, 35)} points once ${M(r)} enters the loop, and ${B(r)} makes it worse`,
  (r) => `What actually powers ${B(r)} is also informative about which form ${B(r)} takes ${C(r)}`,
  (r) => `The same ${M(r)} pressure that rewards ${B(r)} erodes the ${B(r)} that would make the model legible`,
  (r) => `Seven ${A(r)} were observed engaging in ${B(r)}, ${B(r)} and ${B(r)} ${C(r)}`,
  (r) => `${capitalize(A(r))} that already show ${B(r)} are exactly the systems that might come to treat ${B(r)} as something worth defending`,
];

export function sentence(r: Random): string {
  const s = r.pick(SENTENCES)(r);
  return r.chance(0.2) ? `${r.pick(CONNECTIVES)} ${uncapitalize(s)}` : s;
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

export interface ParagraphOptions {
  minWords: number;
  maxWords: number;
  /** Titles to name inline, each at the end of a different sentence where possible. */
  mentions?: readonly string[];
  /** A sentence to open with (e.g. "This explores whether …"), counted in the length. */
  opening?: string;
  /** How a title is written into the text; plain by default, `[[Title]]` in Markdown files. */
  mentionAs?: (title: string) => string;
}

/** One paragraph of `minWords`–`maxWords` words, mentions included. */
export function paragraph(r: Random, options: ParagraphOptions): string {
  const mentions = options.mentions ?? [];
  const mentionAs = options.mentionAs ?? ((t: string) => t);
  const target = r.int(options.minWords, options.maxWords);
  let words = 0;
  for (const t of mentions) words += wordCount(t);
  const sentences: string[] = [];
  if (options.opening !== undefined) {
    sentences.push(options.opening);
    words += wordCount(options.opening);
  }
  while (words < target || sentences.length < Math.max(1, mentions.length)) {
    const s = sentence(r);
    const n = wordCount(s);
    if (words + n > options.maxWords && words >= options.minWords) break;
    sentences.push(s);
    words += n;
  }
  // Mentions go at sentence ends, spread over the paragraph; a crowded paragraph doubles up.
  const slots = r.shuffle(sentences.map((_, i) => i));
  const tails: string[][] = sentences.map(() => []);
  mentions.forEach((title, k) => tails[slots[k % slots.length] as number]?.push(mentionAs(title)));
  return sentences.map((s, i) => (tails[i]!.length > 0 ? `${s} ${tails[i]!.join(' and ')}.` : `${s}.`)).join(' ');
}
