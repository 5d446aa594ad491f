/**
 * Collection names ("Source: Alignment"). Bare topics come first, as the seeds' one collection
 * is; topic + qualifier pairs follow when more are asked for, then numbered pairs.
 */
import type { Random } from './random.ts';
import { COLLECTION_QUALIFIERS, COLLECTION_TOPICS } from './vocabulary.ts';

/** `count` distinct collection names, in a seeded order. */
export function collectionNames(r: Random, count: number): string[] {
  const names: string[] = r.shuffle(COLLECTION_TOPICS);
  const pairs = COLLECTION_TOPICS.flatMap((topic) => COLLECTION_QUALIFIERS.map((q) => `${topic} ${q}`));
  names.push(...r.shuffle(pairs));
  const base = names.length;
  for (let i = 0; names.length < count; i++) names.push(`${names[i % base] as string} ${Math.floor(i / base) + 2}`);
  return names.slice(0, count);
}
