/**
 * How a notes folder read as an Obsidian-style vault is linked and addressed: the two settings
 * `atlas.config.yml` gives the resolver (`urls:` and `mentions:`).
 */
import type { SourceFormat } from '../model.ts';

/** `folders`: a Markdown note in a folder lives at `/notes/<folder>/<slug>/`; `flat`: `/notes/<slug>/`. */
export type UrlMode = 'folders' | 'flat';

/**
 * Which titles named in plain prose (no brackets) become links: `long` those of three words or
 * more, `all` every title, `off` none (explicit links only).
 */
export type MentionMode = 'long' | 'all' | 'off';

export interface VaultOptions {
  urls: UrlMode;
  /** Per input format: the export text names titles in prose by design; a vault links explicitly. */
  mentions: Readonly<Record<SourceFormat, MentionMode>>;
}

export const MENTION_MODES: readonly MentionMode[] = ['long', 'all', 'off'];
export const URL_MODES: readonly UrlMode[] = ['folders', 'flat'];

/** Titles shorter than this (in words) are too common to link wherever they appear in prose. */
export const LONG_TITLE_WORDS = 3;

export const defaultVaultOptions: VaultOptions = {
  urls: 'folders',
  mentions: { export: 'long', markdown: 'long' },
};

/** Whether a prose mention of `title` is linked under `mode`. */
export function linksInProse(title: string, mode: MentionMode): boolean {
  if (mode === 'all') return true;
  if (mode === 'off') return false;
  return title.trim().split(/\s+/u).length >= LONG_TITLE_WORDS;
}
