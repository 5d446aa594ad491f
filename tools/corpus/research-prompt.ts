/**
 * The research prompt of an inquiring line, in the three layouts the seeds show: `-` bullets
 * with bold headings (seed 000), `•` bullets (001), and indented `  •` bullets with indented
 * tasks (004). Anchor papers are cited in the seeds' three shapes.
 */
import type { PaperPlan } from './papers.ts';
import type { Random } from './random.ts';
import { sentence, uncapitalize } from './prose.ts';
import { AGENTS, BEHAVIOURS, CONTEXTS, FIELDS, METHODS, VERBS } from './vocabulary.ts';

export type PromptStyle = 'dash' | 'bullet' | 'indented';
export const PROMPT_STYLES: readonly PromptStyle[] = ['dash', 'bullet', 'indented'];

/** `(2025, Title)` as in 000, `(Title, 2025-06)` as in 001, `(2025-06): Title` as in 004. */
export type CitationShape = 'date-title' | 'title-date' | 'date-colon';

export interface AnchorPlan {
  paper: PaperPlan;
  shape: CitationShape;
  /** Cite the year only (`2025`) rather than `2025-06`. */
  yearOnly: boolean;
  /** Cite the paper's short title. */
  short: boolean;
}

export const PROMPT_INTRO = 'Copy into ChatGPT or Claude to take this line of inquiry further — it asks the model to find newer work and re-test which earlier constraints still hold.';

export const PROMPT_CLOSING = 'Cite arXiv IDs; flag anything you cannot ground in a real paper.';

export function citeAnchor(anchor: AnchorPlan): string {
  const { paper } = anchor;
  const date = anchor.yearOnly ? paper.date.slice(0, 4) : paper.date;
  const title = anchor.short ? paper.shortTitle : paper.title;
  const id = `arXiv:${paper.arxivId}`;
  if (anchor.shape === 'date-title') return `${id} (${date}, ${title})`;
  if (anchor.shape === 'title-date') return `${id} (${title}, ${date})`;
  return `${id} (${date}): ${title}`;
}

export interface PromptPlan {
  style: PromptStyle;
  anchors: readonly AnchorPlan[];
}

const B = (r: Random): string => r.pick(BEHAVIOURS);
const M = (r: Random): string => r.pick(METHODS);

function span(anchors: readonly AnchorPlan[]): [string, string] {
  const years = anchors.map((a) => a.paper.date.slice(0, 4)).sort();
  return [String(Number(years[0] ?? '2023') - 1), years[years.length - 1] ?? '2026'];
}

function findingDate(r: Random, anchors: readonly AnchorPlan[]): string {
  const date = r.pick(anchors).paper.date;
  return r.pick([`~${date.slice(0, 4)}`, date.slice(0, 4), date, `${Number(date.slice(0, 4)) - 1}–${date.slice(0, 4)}`]);
}

/** The exact prompt text, from "You are …" to the closing line. */
export function researchPrompt(r: Random, plan: PromptPlan): string {
  const { style, anchors } = plan;
  const [from, to] = span(anchors);
  const bold = (s: string): string => (style === 'dash' ? `**${s}**` : s);
  const bullet = style === 'dash' ? '- ' : style === 'bullet' ? '• ' : '  • ';
  const task = style === 'indented' ? '  ' : '';
  const role = r.chance(0.7) ? 'research analyst' : r.pick(['capabilities researcher', 'safety researcher', 'evaluation lead']);
  const topic = `${B(r)} ${r.pick(CONTEXTS)}`;
  const question = `whether ${r.pick(AGENTS)} ${r.pick(VERBS)[0]} ${B(r)} ${r.pick(CONTEXTS)}`;

  const opening =
    style === 'dash'
      ? `You are a ${role} re-testing whether constraints on ${topic} still hold. A curated library of LLM ${r.pick(FIELDS)} papers (${from}–present) found these claims:`
      : style === 'bullet'
        ? `You are a ${role} re-testing claims about ${topic} in LLMs. The question: *${question}* This remains fundamentally open—the field has only begun mapping the mechanisms.`
        : `You are a ${role} tasked with stress-testing claims about ${topic}. The precise question remains: ${question}.`;
  const foundHeader =
    style === 'dash'
      ? `**What a curated library found — and when (dated claims, not current truth):** Findings span ${from}–${to}; treat as perishable.`
      : style === 'bullet'
        ? `What a curated library found — and when (${from}–${to}, spanning ${r.pick(['post-training mechanistic work', 'behavioral evaluations', 'agentic benchmarks'])}):`
        : `What a curated library found — and when (dated claims, not current truth):\nFindings span ${from}–${to}; treat all as perishable:`;
  const findings = Array.from({ length: r.int(3, 5) }, () => `${bullet}${sentence(r)} (${findingDate(r, anchors)}).`);

  const tasks = [
    `(1) ${bold('RE-TEST EACH CONSTRAINT.')} For each finding above, determine whether newer model releases, ${M(r)}, ${M(r)} or mechanistic control have since RELAXED or OVERTURNED the link between ${B(r)} and ${B(r)}. Separate the durable question—*does ${M(r)} decide how ${B(r)} shows up?*—from perishable specifics (exact percentages, model names, thresholds). Cite what relaxed it; flag where the constraint still holds.`,
    `(2) ${style === 'dash' ? bold('SURFACE THE STRONGEST TENSION.') : 'Surface the strongest *contradicting* or *superseding* work from the last ~6 months.'} Look for evidence that ${B(r)} is *not* baked in by training but remains prompt-sensitive, and for interventions that *decouple* ${B(r)} from ${B(r)}. Where does the disagreement lie?`,
    `(3) ${style === 'dash' ? `${bold('PROPOSE 2 NEW QUESTIONS')} that assume` : 'Propose 2 research questions that assume'} the regime may have shifted: e.g., can ${M(r)} *restore* ${B(r)} without eroding ${B(r)}? Does ${uncapitalize(M(r))} ${r.pick(VERBS)[0]} ${B(r)} at the same locus, or does it emerge post-hoc?`,
  ].map((t) => task + t);

  return [
    opening,
    '',
    foundHeader,
    ...findings,
    '',
    bold('Anchor papers (verify; mind their dates):'),
    ...anchors.map((a) => bullet + citeAnchor(a)),
    '',
    bold('Your task:'),
    ...(style === 'dash' ? [tasks.join('\n\n')] : tasks),
    '',
    bold(PROMPT_CLOSING),
  ].join('\n');
}
