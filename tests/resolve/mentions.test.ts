import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../src/resolve/mentions.ts';

const spans = (text: string, found: { start: number; end: number; id: string }[]) => found.map((m) => [text.slice(m.start, m.end), m.id]);

describe('createMentionMatcher', () => {
  it('finds a title embedded in prose with no delimiters, offsets into the original text', () => {
    const matcher = createMentionMatcher([{ title: 'Do frontier models protect other models without being instructed?', id: 'note:a' }]);
    const text = 'with no instruction to cooperate Do frontier models protect other models without being instructed?. Merely';
    expect(spans(text, matcher.find(text))).toEqual([['Do frontier models protect other models without being instructed?', 'note:a']]);
  });

  it('matches across line breaks, whitespace runs, curly quotes and case', () => {
    const matcher = createMentionMatcher([{ title: "Does safety alignment harm models' ability to roleplay villains?", id: 'note:v' }]);
    const text = 'as shown in does  safety alignment\nharm models’ ability to roleplay VILLAINS? — indeed';
    const found = matcher.find(text);
    expect(spans(text, found)).toEqual([['does  safety alignment\nharm models’ ability to roleplay VILLAINS?', 'note:v']]);
  });

  it('prefers the longest title when one contains another', () => {
    const matcher = createMentionMatcher([
      { title: 'Reward hacking', id: 'note:short' },
      { title: 'Reward hacking in production RL', id: 'note:long' },
      { title: 'production RL', id: 'note:tail' },
    ]);
    const text = 'We saw Reward hacking in production RL twice, and Reward hacking alone.';
    expect(spans(text, matcher.find(text))).toEqual([
      ['Reward hacking in production RL', 'note:long'],
      ['Reward hacking', 'note:short'],
    ]);
  });

  it('takes the leftmost of two overlapping titles', () => {
    const matcher = createMentionMatcher([
      { title: 'alpha beta', id: 'x' },
      { title: 'beta gamma delta', id: 'y' },
    ]);
    const text = 'alpha beta gamma delta';
    expect(spans(text, matcher.find(text))).toEqual([['alpha beta', 'x']]);
  });

  it('never matches inside a word', () => {
    const matcher = createMentionMatcher([
      { title: 'RLHF', id: 'note:rlhf' },
      { title: 'art', id: 'note:art' },
    ]);
    expect(matcher.find('RLHFs and preRLHF and start and arts')).toEqual([]);
    const text = 'RLHF, (art) and RLHF.';
    expect(spans(text, matcher.find(text))).toEqual([
      ['RLHF', 'note:rlhf'],
      ['art', 'note:art'],
      ['RLHF', 'note:rlhf'],
    ]);
  });

  it('does not invent titles that are not known', () => {
    const matcher = createMentionMatcher([{ title: 'Can models abandon correct beliefs under conversational pressure?', id: 'n' }]);
    expect(matcher.find('Can models abandon correct beliefs under pressure? Can models abandon correct beliefs')).toEqual([]);
  });

  it('lets the first entry keep a title that two entries share', () => {
    const matcher = createMentionMatcher([
      { title: 'Same title', id: 'first' },
      { title: 'same  TITLE', id: 'second' },
    ]);
    expect(matcher.find('A Same title here').map((m) => m.id)).toEqual(['first']);
  });

  it('finds titles with non-Latin letters and leaves empty titles out', () => {
    const matcher = createMentionMatcher([
      { title: '', id: 'empty' },
      { title: 'Ωmega café', id: 'u' },
    ]);
    const text = 'see ΩMEGA CAFÉ!';
    expect(spans(text, matcher.find(text))).toEqual([['ΩMEGA CAFÉ', 'u']]);
  });

  it('handles thousands of titles over many texts, finding exactly the ones planted', () => {
    const titles = Array.from({ length: 8000 }, (_, i) => ({ title: `Does mechanism ${i} explain behaviour ${i % 97}?`, id: `note:${i}` }));
    const matcher = createMentionMatcher(titles);
    for (let t = 0; t < 200; t++) {
      const a = (t * 37) % 8000;
      const b = (t * 91 + 5) % 8000;
      const text = `Prose ${t}. As Does mechanism ${a} explain behaviour ${a % 97}? shows, and Does mechanism ${b} explain behaviour ${b % 97}?. Also Does mechanism ${a}${a} explain nothing.`;
      expect(matcher.find(text).map((m) => m.id)).toEqual([`note:${a}`, `note:${b}`]);
    }
  });

  it('finds titles over an alphabet too large for dense rows (thousands of CJK characters)', () => {
    // 2,200 branching states over 2,200 symbols: more than the rows may hold, so the hash table.
    const chars = Array.from({ length: 2200 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const titles = chars.flatMap((c, i) => [
      { title: `${c}甲`, id: `a${i}` },
      { title: `${c}乙`, id: `b${i}` },
    ]);
    const matcher = createMentionMatcher(titles);
    const text = `见 ${chars[7]}甲 与 ${chars[2100]}乙、${chars[3]}丙 ${chars[9]}乙`;
    expect(matcher.find(text).map((m) => m.id)).toEqual(['a7', 'b2100', 'b9']);
  });
});
