/**
 * Question titles for notes and inquiring lines, and claim-style original titles. Titles are
 * named inline in prose with no delimiters, so the registry refuses any title that would sit
 * inside another one (one being a word-suffix of the other, case-insensitively): a resolver
 * matching titles in text must never find one title within another by accident.
 */
import type { Random } from './random.ts';
import { AGENTS, BEHAVIOURS, CONTEXTS, METHODS, SIDE_EFFECTS, VERBS } from './vocabulary.ts';

export interface TitleRegistry {
  /** Register `title` if it clashes with none registered so far; true when registered. */
  add(title: string): boolean;
  readonly size: number;
}

export function createTitleRegistry(): TitleRegistry {
  // 30-bit hashes (small integers, cheap in a Set) rather than strings: a benchmark corpus holds
  // ~150,000 suffixes, and a rare false clash only costs a retry. Each suffix is hashed right to
  // left, so one pass over the title finds them all.
  const titles = new Set<number>();
  const suffixes = new Set<number>();
  return {
    add(title) {
      const key = title.toLowerCase();
      const own: number[] = [];
      let h = 0x811c9dc5;
      for (let i = key.length - 1; i >= 0; i--) {
        h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
        if (i === 0 || key.charCodeAt(i - 1) === 32) own.push(h >>> 2);
      }
      const whole = own[own.length - 1] as number;
      if (suffixes.has(whole) || own.some((h) => titles.has(h))) return false;
      titles.add(whole);
      for (const h of own) suffixes.add(h);
      return true;
    },
    get size() {
      return titles.size;
    },
  };
}

const ACTIONS = ['cooperate', 'deceive', 'resist', 'comply', 'object', 'coordinate', 'defect'] as const;

const NOTE_TITLES: ((r: Random) => string)[] = [
  (r) => `Does ${r.pick(METHODS)} ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)} ${r.pick(CONTEXTS)}?`,
  (r) => `Do ${r.pick(AGENTS)} ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)} ${r.pick(CONTEXTS)}?`,
  (r) => `Can ${r.pick(METHODS)} ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)} without ${r.pick(SIDE_EFFECTS)}?`,
  (r) => `How much does ${r.pick(METHODS)} drive ${r.pick(BEHAVIOURS)} in ${r.pick(AGENTS)}?`,
  (r) => `Why do ${r.pick(AGENTS)} ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)} ${r.pick(CONTEXTS)}?`,
  (r) => `What makes ${r.pick(AGENTS)} ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)}?`,
  (r) => `Is ${r.pick(BEHAVIOURS)} in ${r.pick(AGENTS)} a product of ${r.pick(METHODS)} or of ${r.pick(METHODS)}?`,
  (r) => `When does ${r.pick(METHODS)} start to ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)}?`,
];

const LINE_TITLES: ((r: Random) => string)[] = [
  (r) => `How do ${r.pick(METHODS)} and ${r.pick(METHODS)} determine whether ${r.pick(BEHAVIOURS)} manifests as ${r.pick(BEHAVIOURS)} or ${r.pick(BEHAVIOURS)}?`,
  (r) => `What training patterns cause ${r.pick(AGENTS)} to ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)} ${r.pick(CONTEXTS)}?`,
  (r) => `Do ${r.pick(AGENTS)} spontaneously develop ${r.pick(BEHAVIOURS)} without being instructed to ${r.pick(ACTIONS)}?`,
  (r) => `Which ${r.pick(METHODS)} choices decide whether ${r.pick(AGENTS)} ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)} or ${r.pick(BEHAVIOURS)}?`,
  (r) => `Is ${r.pick(BEHAVIOURS)} in ${r.pick(AGENTS)} a training artifact or a stable disposition ${r.pick(CONTEXTS)}?`,
  (r) => `Why does ${r.pick(METHODS)} push ${r.pick(AGENTS)} toward ${r.pick(BEHAVIOURS)} rather than ${r.pick(BEHAVIOURS)}?`,
  (r) => `How does ${r.pick(METHODS)} change the way ${r.pick(AGENTS)} trade ${r.pick(BEHAVIOURS)} against ${r.pick(BEHAVIOURS)} ${r.pick(CONTEXTS)}?`,
];

const CLAIMS: ((r: Random) => string)[] = [
  (r) => `${r.pick(BEHAVIOURS)} plays a greater role than expected in ${r.pick(BEHAVIOURS)} — ${r.pick(AGENTS)} ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)} regardless of consequences`,
  (r) => `${r.pick(METHODS)} ${r.pick(VERBS)[1]} ${r.pick(BEHAVIOURS)} ${r.pick(CONTEXTS)}, not ${r.pick(BEHAVIOURS)}`,
  (r) => `${r.pick(AGENTS)} ${r.pick(VERBS)[0]} ${r.pick(BEHAVIOURS)} because ${r.pick(METHODS)} rewards ${r.pick(BEHAVIOURS)}`,
  (r) => `${r.pick(BEHAVIOURS)} is trained in, not prompted in — ${r.pick(METHODS)} ${r.pick(VERBS)[1]} it ${r.pick(CONTEXTS)}`,
];

/** A title from `templates` that the registry accepts; numbered as a last resort, never a clash. */
function uniqueTitle(r: Random, registry: TitleRegistry, templates: readonly ((r: Random) => string)[]): string {
  let title = '';
  for (let attempt = 0; attempt < 200; attempt++) {
    title = r.pick(templates)(r);
    if (registry.add(title)) return title;
  }
  // Only reached when the word lists are nearly exhausted (corpora far beyond benchmark size).
  for (let n = registry.size; ; n++) {
    const numbered = `${title.slice(0, -1)} in setting ${n}?`;
    if (registry.add(numbered)) return numbered;
  }
}

export function noteTitle(r: Random, registry: TitleRegistry): string {
  return uniqueTitle(r, registry, NOTE_TITLES);
}

export function lineTitle(r: Random, registry: TitleRegistry): string {
  return uniqueTitle(r, registry, LINE_TITLES);
}

/** The lower-case claim a note was first written as ("Original note title"). */
export function claimTitle(r: Random): string {
  return r.pick(CLAIMS)(r);
}
