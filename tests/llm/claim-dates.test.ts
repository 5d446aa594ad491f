/**
 * How old the claims are: dates read from a prompt's dated claims and anchor papers, the span
 * each seed line rests on, the library's reference date, ages, and the `today` setting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VFile } from 'vfile';
import type { Atlas, InquiringLine } from '../../src/model.ts';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import type { ClaimDate } from '../../src/dates/claim-date.ts';
import { compareClaimDates, formatClaimDate, monthsBetween, parseClaimDate } from '../../src/dates/claim-date.ts';
import { claimDatesInText } from '../../src/dates/claim-dates.ts';
import { describeAge, describeSpan, libraryReferenceDate, lineDates } from '../../src/dates/line-dates.ts';
import { parseSiteConfig } from '../../src/config/read-site-config.ts';

const texts = (text: string) => claimDatesInText(text).map((d) => `${d.approximate ? '~' : ''}${formatClaimDate(d)}`);

describe('one date', () => {
  it('reads years, months, days and the "about" mark, and nothing else', () => {
    expect(parseClaimDate('2025')).toEqual({ year: 2025, approximate: false });
    expect(parseClaimDate('~2025-06')).toEqual({ year: 2025, month: 6, approximate: true });
    expect(parseClaimDate('2026-05-31')).toEqual({ year: 2026, month: 5, approximate: false });
    for (const bad of ['2025-13', '25', 'present', '2025-6', '']) expect(parseClaimDate(bad), bad).toBeUndefined();
  });

  it('orders a year before its months, and counts months from its January', () => {
    const [y, jan, jun] = ['2025', '2025-01', '2025-06'].map((t) => parseClaimDate(t)!) as [ClaimDate, ClaimDate, ClaimDate];
    expect(compareClaimDates(y, jan)).toBeLessThan(0);
    expect(compareClaimDates(jan, jun)).toBeLessThan(0);
    expect(monthsBetween(y, jun)).toBe(5);
    expect(monthsBetween(jun, y)).toBe(0);
  });
});

describe('dated claims in a prompt', () => {
  it('reads the forms the prompts use', () => {
    expect(texts('holds (2025-06).')).toEqual(['2025-06']);
    expect(texts('roughly (~2025).')).toEqual(['~2025']);
    expect(texts('a range (2023–2024).')).toEqual(['2023', '2024']);
    expect(texts('an about-range (~2025–2026).')).toEqual(['~2025', '~2026']);
    expect(texts('two (2025-06, 2026-05).')).toEqual(['2025-06', '2026-05']);
    expect(texts('hyphen range (2023-2024).')).toEqual(['2023', '2024']);
  });

  it('ignores parentheses that say more than dates: library spans and paper citations', () => {
    expect(texts('papers (2023–present) found')).toEqual([]);
    expect(texts('and when (2022–2026, spanning post-training mechanistic work):')).toEqual([]);
    expect(texts('arXiv:2506.13351 (2025, Direct Reasoning Optimization)')).toEqual([]);
    expect(texts('~10× (1%→15%) and (10x)')).toEqual([]);
  });

  it('recovers any dates written as claims', () => {
    const date = fc.record({ year: fc.integer({ min: 1990, max: 2099 }), month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), approximate: fc.boolean() });
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 5 }), (dates) => {
        const written = dates.map((d) => `- a claim (${d.approximate ? '~' : ''}${formatClaimDate({ ...d, ...(d.month ? { month: d.month } : {}) })}).`).join('\n');
        const read = claimDatesInText(written);
        expect(read.map(formatClaimDate)).toEqual(dates.map((d) => formatClaimDate({ ...d, ...(d.month ? { month: d.month } : {}) })));
        expect(read.map((d) => d.approximate)).toEqual(dates.map((d) => d.approximate));
      }),
    );
  });
});

describe('the seeds', () => {
  let atlas: Atlas;
  beforeAll(async () => {
    atlas = (await loadAtlas('seeds')).atlas;
  });
  const line = (start: string): InquiringLine => atlas.lines.find((l) => l.title.startsWith(start))!;
  const papers = () => new Map(atlas.papers.map((p) => [p.id, p]));

  it('dates the library by its newest date: 2026-05', () => {
    expect(formatClaimDate(libraryReferenceDate(atlas)!)).toBe('2026-05');
  });

  it('gives each line the span of its claims and papers, and the age of the newest', () => {
    const reference = libraryReferenceDate(atlas);
    const training = lineDates(line('How do training regimes'), papers(), reference)!;
    // 000: claims (~2025), (2025) … (~2025–2026); papers cited as 2025, and 2506.18032 is
    // 2025-06 as 001 cites it (a paper takes the most precise date any citation gives).
    expect(describeSpan(training)).toBe('claims dated 2025 to 2026');
    expect(training.newestPaper && formatClaimDate(training.newestPaper)).toBe('2025-06');
    expect(describeAge(training, reference)).toBe('newest about 4 months old as of 2026-05');
    // 001: claims from (2023–2024) to (2025-06, 2026-05); the header's "2022–2026" is the library's span.
    const defensive = lineDates(line('What training patterns'), papers(), reference)!;
    expect(describeSpan(defensive)).toBe('claims dated 2023 to 2026-05');
    expect(describeAge(defensive, reference)).toBe('newest current as of 2026-05');
    // 004: claims (~2025–2026) … (~2026); papers 2025-06 to 2026-05.
    const peer = lineDates(line('Do models spontaneously'), papers(), reference)!;
    expect(describeSpan(peer)).toBe('claims dated 2025 to 2026-05');
    expect(formatClaimDate(peer.newestPaper!)).toBe('2026-05');
  });

  it('measures ages from a given date instead', () => {
    const today = parseClaimDate('2027-05')!;
    const defensive = lineDates(line('What training patterns'), papers(), today)!;
    expect(defensive.ageMonths).toBe(12);
    expect(describeAge(defensive, today)).toBe('newest 12 months old as of 2027-05');
    expect(describeAge({ ...defensive, ageMonths: 30 }, today)).toBe('newest 2 years old as of 2027-05');
  });
});

describe('the `today` setting', () => {
  it('accepts a year, month or day and reports anything else', () => {
    const parse = (text: string) => {
      const file = new VFile({ path: 'atlas.config.yml', value: text });
      return { config: parseSiteConfig(file), rules: file.messages.map((m) => m.ruleId) };
    };
    expect(parse('today: 2026-05\n')).toEqual({ config: expect.objectContaining({ today: '2026-05' }), rules: [] });
    expect(parse("today: ''\n").config.today).toBe('');
    const bad = parse('today: next week\n');
    expect(bad.config.today).toBe('');
    expect(bad.rules).toEqual(['site-config']);
  });
});
