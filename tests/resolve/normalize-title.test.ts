import { describe, expect, it } from 'vitest';
import { foldText, normalizeTitle } from '../../src/resolve/normalize-title.ts';

describe('normalizeTitle', () => {
  it('folds case, curly quotes, dashes and whitespace runs to one identity', () => {
    const a = normalizeTitle('Does safety alignment harm models’ ability — to roleplay “villains”?');
    const b = normalizeTitle('  does SAFETY alignment\n harm models\' ability - to\troleplay "villains"? ');
    expect(a).toBe(b);
    expect(a).toBe('does safety alignment harm models\' ability - to roleplay "villains"?');
  });

  it('applies NFKC, so compatibility forms and composed/decomposed letters agree', () => {
    expect(normalizeTitle('ﬁnding Ｘ')).toBe('finding x');
    expect(normalizeTitle('Cafe\u0301')).toBe(normalizeTitle('Café'));
  });

  it('keeps titles that differ in words apart', () => {
    expect(normalizeTitle('Do models scheme?')).not.toBe(normalizeTitle('Do models object?'));
  });

  it('is empty for whitespace only', () => {
    expect(normalizeTitle(' \n\t ')).toBe('');
  });
});

describe('foldText', () => {
  it('maps every folded unit back to the span of the original it came from', () => {
    const original = 'A  “B”\u00A0—\nc';
    const folded = foldText(original);
    expect(folded.text).toBe('a "b" - c');
    expect(folded.starts).toHaveLength(folded.text.length);
    // The two spaces after "A" are one folded space covering both.
    expect(original.slice(folded.starts[1], folded.ends[1])).toBe('  ');
    expect(original.slice(folded.starts[2], folded.ends[2])).toBe('“');
    expect(original.slice(folded.starts[8], folded.ends[8])).toBe('c');
  });

  it('keeps one index entry per UTF-16 unit for characters outside the BMP', () => {
    const folded = foldText('x 𝐀 y');
    expect(folded.starts).toHaveLength(folded.text.length);
  });
});
