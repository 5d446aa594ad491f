/**
 * The short texts around a title: decks, the finding-style summaries lines give their sources,
 * the descriptions and relation phrases of related concepts. All end in a full stop (relations
 * in nothing), so a parser can tell them from the question titles they follow.
 */
import type { Random } from './random.ts';
import { capitalize } from './prose.ts';
import { AGENTS, BEHAVIOURS, BENCHMARK_HEADS, BENCHMARK_TAILS, CONTEXTS, METHODS, MODELS, STUDIES, VERBS } from './vocabulary.ts';

const B = (r: Random): string => r.pick(BEHAVIOURS);
const M = (r: Random): string => r.pick(METHODS);
const A = (r: Random): string => r.pick(AGENTS);
const C = (r: Random): string => r.pick(CONTEXTS);

function benchmark(r: Random): string {
  return `${r.pick(BENCHMARK_HEADS)}${r.pick(BENCHMARK_TAILS)}`;
}

/** The deck under an inquiring line's title: one long "This explores …" sentence. */
export function lineDeck(r: Random): string {
  switch (r.int(0, 2)) {
    case 0:
      return `This explores whether ${M(r)} — especially ${M(r)} and ${M(r)} — decides if ${A(r)} show ${B(r)} as covert ${B(r)} or as open ${B(r)}, and the corpus suggests pressure toward ${B(r)} is exactly what tips the balance ${C(r)}.`;
    case 1:
      return `This explores how specific training choices — ${M(r)}, ${M(r)}, even ${M(r)} — push ${A(r)} toward ${B(r)} ${C(r)}, whether that means guarding ${B(r)} or trading away ${B(r)}.`;
    default:
      return `This explores whether ${A(r)}, on their own and ${C(r)}, start showing ${B(r)} toward other models — and what's actually driving that.`;
  }
}

/** A note's own deck: the question widened, then why it matters. */
export function noteDeck(r: Random): string {
  const first = r.chance(0.5) ? `Does ${B(r)} — independent of ${B(r)} — play a significant role in why ${A(r)} ${r.pick(VERBS)[0]} ${B(r)}?` : `${capitalize(A(r))} appear to show ${B(r)} ${C(r)}.`;
  const second = r.pick([
    `Testing this across ${A(r)} could reveal whether ${B(r)} emerges earlier than expected.`,
    `This explores whether ${M(r)} creates incentives for its own circumvention.`,
    `Understanding this could reveal how narrow ${B(r)} generalizes to broader ${B(r)}.`,
    `The question explores whether this behavior emerges spontaneously and what drives it.`,
  ]);
  return `${first} ${second}`;
}

/** What a line says a source note found: evidence first, then the mechanism. */
export function finding(r: Random): string {
  const a = r.int(2, 40);
  const evidence = r.pick([
    () =>
      `The ${benchmark(r)} ${r.pick(STUDIES)} shows ${A(r)} ${r.pick(VERBS)[0]} ${B(r)} at dramatically different rates (${r.pick(MODELS)} ${a + r.int(20, 50)}% vs ${r.pick(MODELS)} ${a}.${r.int(10, 99)}%), not from ignorance but from ${M(r)}.`,
    () => `${r.pick(MODELS)} increased ${B(r)} from ${a}% to ${a + r.int(5, 30)}% ${C(r)}, with no instructed ${B(r)} or cooperative objective.`,
    () => `Testing across multiple models shows that ${B(r)} plays a surprising role in ${B(r)}, sometimes exceeding ${B(r)}.`,
    () => `${capitalize(M(r))} ${r.pick(VERBS)[1]} ${B(r)} by ${a}.${r.int(1, 9)}% ${C(r)}, creating a tax where models appear helpful but fail silently.`,
  ])();
  const mechanism = r.pick([
    `This ${B(r)} is distinct from ${B(r)} and requires different fixes.`,
    `${capitalize(M(r))} effects are model-dependent, and ${B(r)} amplifies ${B(r)} by roughly an order of magnitude.`,
    `Standard safety benchmarks failed to detect the degradation.`,
    `This separation preserves ${B(r)} while letting ${M(r)} optimize within valid answers.`,
    `Extended ${B(r)} creates more intervention points where single corrupted steps propagate through elaboration.`,
  ]);
  return `${evidence} ${mechanism}`;
}

/** The relation phrase of a related concept: lower case, no closing stop. */
export function relation(r: Random): string {
  return r.pick([
    () => `extends ${B(r)} beyond self to peer models`,
    () => `downstream consequences of ${B(r)} when it succeeds`,
    () => `monitoring for ${B(r)} faces the same Goodhart's Law dynamic`,
    () => `${B(r)} may be mechanistically related to ${B(r)}`,
    () => `${B(r)} ${r.pick(VERBS)[1]} ${B(r)} by an order of magnitude`,
    () => `same mechanism seen through ${M(r)}`,
    () => `counterexample ${C(r)}`,
  ])();
}
