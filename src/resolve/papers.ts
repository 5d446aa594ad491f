/**
 * Papers: one per arXiv id over every research prompt. Citations of the same paper disagree in
 * detail (`2025` here, `2025-06` there, a short title, a full one or none), so each field takes
 * the best any gives: the most precise date, the fullest title.
 */
import type { InquiringLine, Paper, PaperCitation, ParsedPrompt, Prompt } from '../model.ts';
import { recordId, recordUrl } from './addresses.ts';
import { compareText } from './record-order.ts';
import { ResolveMemory } from './resolve-memory.ts';
import { arxivSlug, createSlugRegistry } from './slug.ts';

export interface PromptEntry {
  record: InquiringLine;
  prompt?: ParsedPrompt;
}

/** Papers cited by `lines` (in sorted file order); each line's `prompt` gets its papers' targets. */
export function resolvePapers(lines: readonly PromptEntry[], memory: ResolveMemory = new ResolveMemory()): Paper[] {
  const precisionOf = memory.datePrecision;
  const slugs = createSlugRegistry();
  const papers = new Map<string, Paper>();
  const citers = new Map<string, Set<string>>();
  for (const { record, prompt } of lines) {
    if (!prompt) continue;
    const cited: Prompt['papers'] = [];
    for (const citation of prompt.papers) {
      const paper = papers.get(citation.arxivId) ?? createPaper(citation.arxivId, slugs);
      papers.set(citation.arxivId, paper);
      mergeCitation(paper, citation, precisionOf);
      const citedBy = citers.get(paper.id) ?? new Set<string>();
      citers.set(paper.id, citedBy.add(record.id));
      // `{ ...citation, target }`, faster (see note-references.ts).
      cited.push(Object.assign({}, citation, { target: paper.id }));
    }
    record.prompt = Object.assign({}, prompt, { papers: cited });
  }
  return [...papers.values()].map((paper) => {
    paper.citedBy = [...(citers.get(paper.id) ?? [])].sort(compareText);
    if (paper.title === '') paper.title = `arXiv:${paper.arxivId}`;
    return paper;
  });
}

function createPaper(arxivId: string, slugs: ReturnType<typeof createSlugRegistry>): Paper {
  const { slug } = slugs.claim(arxivSlug(arxivId), arxivId);
  return { kind: 'paper', id: recordId('paper', arxivId), slug, url: recordUrl('paper', slug), title: '', file: null, arxivId, citedBy: [] };
}

function mergeCitation(paper: Paper, citation: PaperCitation, precisionOf: Map<string, number>): void {
  const title = citation.title?.trim();
  if (title && isFullerTitle(title, paper.title)) paper.title = title;
  const date = citation.date?.trim();
  if (date && (paper.date === undefined || datePrecision(date, precisionOf) > datePrecision(paper.date, precisionOf))) {
    paper.date = date;
    const year = /\d{4}/.exec(date);
    if (year) paper.year = Number(year[0]);
    else delete paper.year;
  }
}

/**
 * Citations shorten titles ("Direct Reasoning Optimization" for "Direct Reasoning Optimization:
 * LLMs Can Reward And Refine Their Own Reasoning"): the longest is the fullest. Equal lengths go
 * by text, so the title does not depend on which file was read first.
 */
export function isFullerTitle(candidate: string, current: string): boolean {
  if (current === '') return true;
  const a = [...candidate].length;
  const b = [...current].length;
  return a !== b ? a > b : compareText(candidate, current) < 0;
}

/** `2025-06-12` over `2025-06` over `2025`; an approximate `~2025` ranks below the exact year. */
function datePrecision(date: string, precisionOf: Map<string, number>): number {
  let precision = precisionOf.get(date);
  if (precision === undefined) {
    const approximate = date.startsWith('~');
    const parts = date
      .replace(/^~/, '')
      .split('-')
      .filter((part) => /^\d+$/.test(part)).length;
    precision = parts * 2 - (approximate ? 1 : 0);
    if (precisionOf.size < 10_000) precisionOf.set(date, precision);
  }
  return precision;
}
