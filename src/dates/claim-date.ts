/**
 * One date as the notes write it: `2025`, `2025-06`, `2025-06-01`, `~2025` (about). Dates of
 * different precision compare the way their text sorts: `2025` before `2025-01` before
 * `2025-06`, so "the newest" never depends on how a date was spelled beyond what it says.
 */

export interface ClaimDate {
  year: number;
  /** 1–12; absent when only the year is given. */
  month?: number;
  /** Written with `~`: about then. */
  approximate: boolean;
}

const DATE = /^(~)?\s*(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** `~2025-06` → `{year: 2025, month: 6, approximate: true}`; anything else → undefined. */
export function parseClaimDate(text: string): ClaimDate | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  return {
    year: Number(match[2]),
    ...(match[3] ? { month: Number(match[3]) } : {}),
    approximate: match[1] !== undefined,
  };
}

/** Older first; a year alone comes before its months. */
export function compareClaimDates(a: ClaimDate, b: ClaimDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0);
}

/** `2025-06` or `2025`: the date without the `~`, as spans and ages show it. */
export function formatClaimDate(date: ClaimDate): string {
  return date.month === undefined ? String(date.year) : `${date.year}-${String(date.month).padStart(2, '0')}`;
}

/**
 * Whole months from `from` to `to`, never negative. A year alone counts from its January, the
 * earliest it can mean, so an imprecise date is never made to look newer than it may be.
 */
export function monthsBetween(from: ClaimDate, to: ClaimDate): number {
  const index = (d: ClaimDate) => d.year * 12 + (d.month ?? 1) - 1;
  return Math.max(0, index(to) - index(from));
}

export function newestOf(dates: readonly ClaimDate[]): ClaimDate | undefined {
  let newest: ClaimDate | undefined;
  for (const date of dates) if (!newest || compareClaimDates(date, newest) > 0) newest = date;
  return newest;
}

export function oldestOf(dates: readonly ClaimDate[]): ClaimDate | undefined {
  let oldest: ClaimDate | undefined;
  for (const date of dates) if (!oldest || compareClaimDates(date, oldest) < 0) oldest = date;
  return oldest;
}
