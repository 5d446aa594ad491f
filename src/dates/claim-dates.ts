/**
 * The dates a research prompt's claims carry. The prompts date each finding in parentheses at
 * its end: `(2025)`, `(~2025)`, `(2025-06, 2026-05)`, `(2023–2024)`, `(~2025–2026)`. Only a
 * parenthesis that holds dates and nothing else is a claim date: `(2023–present)` or
 * `(2022–2026, spanning post-training work)` describe the library, and `(2025, Title)` is a paper
 * citation, whose date comes with the paper.
 */
import type { ClaimDate } from './claim-date.ts';
import { parseClaimDate } from './claim-date.ts';

const TOKEN = String.raw`~?\s*\d{4}(?:-(?:0[1-9]|1[0-2])(?!\d)(?:-\d{2})?)?`;
const SEPARATOR = String.raw`\s*(?:[–—-]|,|;|/|\bto\b|\band\b)\s*`;
const ONLY_DATES = new RegExp(String.raw`^\s*${TOKEN}(?:${SEPARATOR}${TOKEN})*\s*$`);
const TOKENS = new RegExp(TOKEN, 'g');

/** Every claim date in `text`, in order of appearance. */
export function claimDatesInText(text: string): ClaimDate[] {
  const out: ClaimDate[] = [];
  for (const match of text.matchAll(/\(([^()\n]*)\)/g)) {
    const inside = match[1]!;
    if (!ONLY_DATES.test(inside)) continue;
    out.push(...datesInGroup(inside));
  }
  return out;
}

/** `~2025–2026`: the `~` before a range applies to both of its ends. */
function datesInGroup(group: string): ClaimDate[] {
  const out: ClaimDate[] = [];
  let rangeApproximate = false;
  for (const match of group.matchAll(TOKENS)) {
    const date = parseClaimDate(match[0]);
    if (!date) continue;
    const before = group.slice(0, match.index).trimEnd();
    const inRange = /[–—-]$|\bto$/.test(before);
    if (!inRange) rangeApproximate = date.approximate;
    out.push(inRange && rangeApproximate ? { ...date, approximate: true } : date);
  }
  return out;
}
