/**
 * How old the claims of an inquiring line are: the span of the dates its prompt rests on (its
 * dated claims and its anchor papers), the newest of them, the newest cited paper, and the age
 * of the newest measured from one reference date for the whole library. The reference is the
 * newest date anywhere in the library unless the maintainer gives one: never the clock, so two
 * builds of the same notes are byte-identical.
 */
import type { Atlas, InquiringLine, Paper } from '../model.ts';
import type { ClaimDate } from './claim-date.ts';
import { formatClaimDate, monthsBetween, newestOf, oldestOf, parseClaimDate } from './claim-date.ts';
import { claimDatesInText } from './claim-dates.ts';

export interface LineDates {
  oldest: ClaimDate;
  newest: ClaimDate;
  /** The newest date among the papers the prompt cites; absent when none is dated. */
  newestPaper?: ClaimDate;
  /** Whole months from `newest` to the library's reference date. */
  ageMonths: number;
  /** The age is a bound, not a count: the newest date is a year alone, or marked `~`. */
  approximate: boolean;
}

/** The dates of every cited paper, as the Paper records give them (the most precise citation). */
export function paperDatesOf(line: InquiringLine, papers: ReadonlyMap<string, Paper>): ClaimDate[] {
  const out: ClaimDate[] = [];
  for (const citation of line.prompt?.papers ?? []) {
    const text = papers.get(citation.target)?.date ?? citation.date;
    const date = text === undefined ? undefined : parseClaimDate(text);
    if (date) out.push(date);
  }
  return out;
}

/** Every date a line rests on: its dated claims, then its papers. */
export function datesOfLine(line: InquiringLine, papers: ReadonlyMap<string, Paper>): ClaimDate[] {
  return [...claimDatesInText(line.prompt?.text ?? ''), ...paperDatesOf(line, papers)];
}

/** The newest date in the library: claims, papers, and the `date` of every line and note. */
export function libraryReferenceDate(atlas: Atlas): ClaimDate | undefined {
  const papers = new Map(atlas.papers.map((p) => [p.id, p]));
  const dates: ClaimDate[] = [];
  for (const line of atlas.lines) dates.push(...datesOfLine(line, papers));
  for (const paper of atlas.papers) {
    const date = paper.date === undefined ? undefined : parseClaimDate(paper.date);
    if (date) dates.push(date);
  }
  for (const record of [...atlas.lines, ...atlas.notes]) {
    const date = record.date === undefined ? undefined : parseClaimDate(record.date);
    if (date) dates.push(date);
  }
  return newestOf(dates);
}

export function lineDates(line: InquiringLine, papers: ReadonlyMap<string, Paper>, reference: ClaimDate | undefined): LineDates | undefined {
  const dates = datesOfLine(line, papers);
  const oldest = oldestOf(dates);
  const newest = newestOf(dates);
  if (!oldest || !newest) return undefined;
  const newestPaper = newestOf(paperDatesOf(line, papers));
  return {
    oldest,
    newest,
    ...(newestPaper ? { newestPaper } : {}),
    ageMonths: reference ? monthsBetween(newest, reference) : 0,
    approximate: newest.approximate || newest.month === undefined || reference?.month === undefined,
  };
}

/** "claims dated 2025-06 to 2026-05" (one date when the span is one). */
export function describeSpan(dates: LineDates): string {
  const from = formatClaimDate(dates.oldest);
  const to = formatClaimDate(dates.newest);
  return from === to ? `claims dated ${from}` : `claims dated ${from} to ${to}`;
}

/** "newest about 4 months old as of 2026-05" */
export function describeAge(dates: LineDates, reference: ClaimDate | undefined): string {
  if (!reference) return '';
  const asOf = formatClaimDate(reference);
  const n = dates.ageMonths;
  if (n === 0 && !dates.approximate) return `newest current as of ${asOf}`;
  const about = dates.approximate ? 'about ' : '';
  const amount = n < 24 ? `${n} ${n === 1 ? 'month' : 'months'}` : `${Math.floor(n / 12)} years`;
  return `newest ${about}${amount} old as of ${asOf}`;
}
