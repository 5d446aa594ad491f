/**
 * The arXiv papers research prompts cite: distinct new-style ids (`YYMM.NNNNN`, 2021–2026), a
 * date that agrees with the id, and a headline-style title. Titles carry no commas or brackets,
 * since two of the three citation shapes put the title beside the date inside parentheses.
 */
import type { Random } from './random.ts';
import { AGENTS, BEHAVIOURS, METHODS, VERBS } from './vocabulary.ts';

export interface PaperPlan {
  /** e.g. `2506.18032`. */
  arxivId: string;
  /** `YYYY-MM`, read off the id. */
  date: string;
  title: string;
  /** What a hurried citation writes instead: the part before a colon or the first words. */
  shortTitle: string;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w) => (SMALL_WORDS.has(w) || w !== w.toLowerCase() ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

const TITLES: ((r: Random) => string)[] = [
  (r) => `${titleCase(r.pick(BEHAVIOURS))}: ${titleCase(r.pick(METHODS))} ${r.pick(['in', 'for', 'under'])} ${titleCase(r.pick(AGENTS))}`,
  (r) => `Why Do Some ${titleCase(r.pick(AGENTS))} ${titleCase(r.pick(VERBS)[0])} ${titleCase(r.pick(BEHAVIOURS))} While Others Don't?`,
  (r) => `Too Good to be Bad: ${titleCase(r.pick(BEHAVIOURS))} in ${titleCase(r.pick(AGENTS))}`,
  (r) => `From ${titleCase(r.pick(BEHAVIOURS))} to ${titleCase(r.pick(BEHAVIOURS))}: ${titleCase(r.pick(AGENTS))} Recognize and React to their Own ${titleCase(r.pick(BEHAVIOURS))}`,
  (r) => `${titleCase(r.pick(METHODS))} Makes ${titleCase(r.pick(AGENTS))} Less ${r.pick(['Reliable', 'Honest', 'Legible', 'Calibrated'])}`,
  (r) => `${titleCase(r.pick(BEHAVIOURS))} Anchors for ${titleCase(r.pick(METHODS))}`,
  (r) => `Direct ${titleCase(r.pick(BEHAVIOURS))} Optimization`,
  (r) => `Training ${r.pick(AGENTS)} to be ${r.pick(['warm', 'candid', 'cautious', 'agreeable'])} makes them less ${r.pick(['reliable', 'honest', 'robust'])}`,
  (r) => `${titleCase(r.pick(AGENTS))} Are More Easily ${r.pick(['Gaslighted', 'Persuaded', 'Steered', 'Distracted'])}`,
];

function shorten(title: string): string {
  const colon = title.indexOf(':');
  if (colon > 0) return title.slice(0, colon);
  const words = title.split(' ').slice(0, Math.max(2, Math.ceil(title.split(' ').length * 0.6)));
  while (words.length > 2 && SMALL_WORDS.has((words[words.length - 1] as string).toLowerCase())) words.pop();
  return words.join(' ');
}

/** `count` papers with distinct ids, in id order. */
export function planPapers(r: Random, count: number): PaperPlan[] {
  const ids = new Set<string>();
  const papers: PaperPlan[] = [];
  while (papers.length < count) {
    const year = r.int(21, 26);
    const month = r.int(1, year === 26 ? 6 : 12);
    const prefix = `${year}${String(month).padStart(2, '0')}`;
    const arxivId = `${prefix}.${String(r.int(1, 29999)).padStart(5, '0')}`;
    if (ids.has(arxivId)) continue;
    ids.add(arxivId);
    const title = r.pick(TITLES)(r);
    papers.push({ arxivId, date: `20${year}-${prefix.slice(2)}`, title, shortTitle: shorten(title) });
  }
  return papers.sort((a, b) => (a.arxivId < b.arxivId ? -1 : a.arxivId > b.arxivId ? 1 : 0));
}
