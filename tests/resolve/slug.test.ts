import slugify from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.ts';
import { arxivSlug, createSlugRegistry, FALLBACK_SLUG, makeSlug, slugOrEmpty } from '../../src/resolve/slug.ts';

describe('makeSlug', () => {
  it('is ASCII, lowercase and hyphenated', () => {
    expect(makeSlug("Does safety alignment harm models' ability to roleplay villains?")).toBe('does-safety-alignment-harm-models-ability-to-roleplay-villains');
    expect(makeSlug('Déjà vu — Ωmega')).toMatch(/^[a-z0-9-]+$/);
  });

  it('cuts long titles to at most 80 characters at a hyphen boundary', () => {
    const title = 'terminal goal guarding plays a greater role than expected in alignment faking — models dislike modification regardless of consequences';
    const slug = makeSlug(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('terminal-goal-guarding-plays-a-greater-role-than-expected-in-alignment-faking');
    expect(makeSlug('word '.repeat(40)).endsWith('-')).toBe(false);
  });

  it('cuts a single overlong word hard rather than going over', () => {
    expect(makeSlug('a'.repeat(200))).toBe('a'.repeat(80));
  });

  it('never returns an empty slug', () => {
    expect(makeSlug('?!… —')).toBe(FALLBACK_SLUG);
    expect(makeSlug('')).toBe(FALLBACK_SLUG);
  });

  it('cannot escape its folder', () => {
    expect(makeSlug('../../x')).toBe('x');
    expect(makeSlug('/etc/passwd')).toBe('etc-passwd');
  });
});

describe('arxivSlug', () => {
  it('keeps new-style ids and turns the slash of old-style ids into a hyphen', () => {
    expect(arxivSlug('2506.18032')).toBe('2506.18032');
    expect(arxivSlug('hep-th/9901001')).toBe('hep-th-9901001');
    expect(arxivSlug('../../x')).toBe('x');
  });
});

describe('createSlugRegistry', () => {
  it('numbers later claims of a taken slug and names the holder', () => {
    const slugs = createSlugRegistry();
    expect(slugs.claim('foo', 'a.md')).toEqual({ slug: 'foo' });
    expect(slugs.claim('foo', 'b.md')).toEqual({ slug: 'foo-2', takenBy: 'a.md' });
    expect(slugs.claim('foo', 'c.md')).toEqual({ slug: 'foo-3', takenBy: 'a.md' });
    expect(slugs.claim('foo-2', 'd.md')).toEqual({ slug: 'foo-2-2', takenBy: 'b.md' });
  });

  it('keeps numbered slugs within the length limit', () => {
    const slugs = createSlugRegistry(20);
    const long = 'abcde-abcde-abcde-abcde';
    const first = slugs.claim(long, 'a').slug;
    const second = slugs.claim(long, 'b').slug;
    expect(first.length).toBeLessThanOrEqual(20);
    expect(second.length).toBeLessThanOrEqual(20);
    expect(second).not.toBe(first);
    expect(second.endsWith('-2')).toBe(true);
  });
});

describe('slugOrEmpty', () => {
  // ASCII text takes a shortcut past slugify; it must land where slugify does.
  const asciiSoup = fc.string({ unit: fc.constantFrom(..."aZt s'&^`-_.?!\\/09\t\nTS:;()[]"), maxLength: 40 });

  it('slugs ASCII text exactly as slugify does', () => {
    fc.assert(
      fc.property(fc.oneof(asciiSoup, fc.string({ unit: 'binary-ascii', maxLength: 40 })), (text) => {
        expect(slugOrEmpty(text, 1e9)).toBe(slugify(text, { decamelize: false }));
      }),
      runs(2000),
    );
    expect(slugOrEmpty("Don't Panic & It's Fine ^_^ `x`", 1e9)).toBe('dont-panic-and-its-fine-x');
  });
});
