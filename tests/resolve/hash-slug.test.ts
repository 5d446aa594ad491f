import { describe, expect, it } from 'vitest';
import { hashSlug } from '../../src/resolve/hash-slug.ts';
import { makeSlug } from '../../src/resolve/slug.ts';

describe('slugs of titles slugify keeps nothing of', () => {
  it('are a short hash of the title in Chinese, Japanese, Korean, Thai, Hebrew and Bengali', () => {
    const titles = ['学习方法', '記憶の仕組み', '기억의 원리', 'วิธีการเรียนรู้', 'שיטות למידה', 'শেখার পদ্ধতি'];
    const slugs = titles.map((t) => makeSlug(t));
    for (const slug of slugs) expect(slug).toMatch(/^t-[0-9a-z]{8}$/);
    expect(new Set(slugs).size).toBe(titles.length);
  });

  it('depend on the title alone: the same title, the same slug, whatever else exists', () => {
    expect(makeSlug('学习方法')).toBe(hashSlug('学习方法'));
    expect(hashSlug(' 学习方法 ')).toBe(hashSlug('学习方法'));
  });

  it('leave Latin and Cyrillic to slugify, and punctuation alone to `untitled`', () => {
    expect(makeSlug('Été à Paris')).toBe('ete-a-paris');
    expect(makeSlug('Привет мир')).toBe('privet-mir');
    expect(makeSlug('?!…')).toBe('untitled');
  });
});
