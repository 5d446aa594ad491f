/**
 * The mention matcher and title folding against plain reference implementations: folding one
 * character cluster at a time with no caches or buffers, and finding mentions by trying every
 * title at every position. Inputs are dense in what makes folding and matching hard: case,
 * ligatures, combining marks, astral characters, curly quotes, dashes, invisible characters,
 * whitespace runs, and titles that overlap, nest or sit inside words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import { createMentionMatcher } from '../../src/resolve/mentions.ts';
import { foldText, normalizeTitle } from '../../src/resolve/normalize-title.ts';
import { FOLDED_PUNCTUATION } from '../../src/resolve/fold-character.ts';

const RUNS = runs(1500);
const PIECES = [
  'a',
  'b',
  'do',
  'A',
  'B',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '-',
  '—',
  '’',
  "'",
  '“',
  '"',
  '.',
  '?',
  '!',
  'ﬁ',
  '½',
  '℡',
  'é',
  'e\u0301',
  '\u0301',
  '𝐀',
  '😀',
  '\u00ad',
  '\u200b',
  'ß',
  'İ',
  'ŉ',
  'Ｘ',
  '\u00a0',
  'ǅ',
  '\ud800',
];
const piece = fc.constantFrom(...PIECES);
const titleText = fc.array(piece, { minLength: 1, maxLength: 5, size: 'max' }).map((parts) => parts.join(''));

/** Folding as specified: each character with its combining marks, NFKC, lowercase, mapped. */
function referenceFold(input: string): { text: string; starts: number[]; ends: number[] } {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (unit: number, start: number, end: number): void => {
    if (unit === 0x20 && units.at(-1) === 0x20) {
      ends[ends.length - 1] = end;
      return;
    }
    units.push(unit);
    starts.push(start);
    ends.push(end);
  };
  const chars = [...input];
  let i = 0;
  for (let c = 0; c < chars.length;) {
    let cluster = chars[c++] as string;
    while (c < chars.length && /^\p{M}$/u.test(chars[c] as string)) cluster += chars[c++];
    const end = i + cluster.length;
    for (const ch of cluster.normalize('NFKC').toLowerCase()) {
      if (/^[\u00AD\u200B-\u200D\u2060\uFEFF]$/.test(ch)) continue;
      if (/^\s$/.test(ch)) push(0x20, i, end);
      else for (const unit of FOLDED_PUNCTUATION[ch] ?? ch) for (let k = 0; k < unit.length; k++) push(unit.charCodeAt(k), i, end);
    }
    i = end;
  }
  // As text, an unpaired surrogate reads as U+FFFD.
  const text = new TextDecoder('utf-16le').decode(new Uint16Array(units));
  return { text, starts, ends };
}

function isWordAt(text: string, index: number): boolean {
  return index < text.length && /^[\p{L}\p{N}\p{M}]$/u.test(String.fromCodePoint(text.codePointAt(index) as number));
}

function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  return isWordAt(text, low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1);
}

/** Every title at every position, bounded by non-word characters; leftmost, then longest, wins. */
function referenceFind(entries: readonly { title: string; id: string }[], text: string): { start: number; end: number; id: string }[] {
  const owner = new Map<string, string>();
  for (const { title, id } of entries) {
    const key = normalizeTitle(title);
    if (key !== '' && !owner.has(key)) owner.set(key, id);
  }
  const folded = referenceFold(text);
  const found: { start: number; end: number; id: string }[] = [];
  let cursor = 0;
  for (let start = 0; start < folded.text.length; start++) {
    if (start < cursor || isWordBefore(folded.text, start)) continue;
    let best: { end: number; id: string } | undefined;
    for (const [key, id] of owner) {
      const end = start + key.length;
      if (!folded.text.startsWith(key, start) || isWordAt(folded.text, end)) continue;
      if (best === undefined || end > best.end) best = { end, id };
    }
    if (best === undefined) continue;
    found.push({ start: folded.starts[start] as number, end: folded.ends[best.end - 1] as number, id: best.id });
    cursor = best.end;
  }
  return found;
}

describe('foldText', () => {
  it('folds like the reference, with the same map back into the input', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12, size: 'max' }).map((parts) => parts.join('')),
        (text) => {
          const folded = foldText(text);
          const reference = referenceFold(text);
          expect({ text: folded.text, starts: [...folded.starts], ends: [...folded.ends] }).toEqual(reference);
        },
      ),
      RUNS,
    );
  });

  it('gives titles of any length, repeated or not, the reference identity', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 100, maxLength: 400 }).map((parts) => parts.join('')),
        (text) => {
          const expected = referenceFold(text).text.trim();
          expect(normalizeTitle(text)).toBe(expected);
          expect(normalizeTitle(text)).toBe(expected);
        },
      ),
      runs(300),
    );
  });

  it('folds arbitrary strings like the reference', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20, size: 'max' }), (text) => {
        expect(foldText(text).text).toBe(referenceFold(text).text);
      }),
      RUNS,
    );
  });
});

describe('createMentionMatcher', () => {
  it('finds what trying every title at every position finds', () => {
    const input = fc.tuple(fc.array(titleText, { minLength: 1, maxLength: 5, size: 'max' }), fc.array(fc.oneof(piece, piece, titleText), { maxLength: 16, size: 'max' })).chain(([titles, filler]) =>
      fc.record({
        entries: fc.constant(titles.map((title, i) => ({ title, id: `id${i}` }))),
        // Texts built from titles and pieces, so titles occur, overlap and touch words.
        text: fc.shuffledSubarray([...filler, ...titles, ...titles]).map((parts) => parts.join('')),
      }),
    );
    let found = 0;
    fc.assert(
      fc.property(input, ({ entries, text }) => {
        const expected = referenceFind(entries, text);
        expect(createMentionMatcher(entries).find(text)).toEqual(expected);
        if (expected.length > 0) found++;
      }),
      RUNS,
    );
    expect(found).toBeGreaterThan(RUNS.numRuns / 4);
  });
});
