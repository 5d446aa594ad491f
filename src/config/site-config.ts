/**
 * The site's settings: one small file, `atlas.config.yml` in the notes folder, every key optional.
 */
import { defaultVaultOptions, type VaultOptions } from '../resolve/vault-options.ts';

/** The chat services a research prompt can be opened in, in the order they are offered. */
export const LLM_LINKS = ['chatgpt', 'claude'] as const;
export type LlmLink = (typeof LLM_LINKS)[number];

export interface SiteConfig {
  /** Shown in the header, the `<title>` of every page and the feed. */
  title: string;
  /** What this library is: the home page's introduction and its meta description. */
  description: string;
  /**
   * Absolute origin the site is published at, e.g. `https://example.org`; empty when unknown.
   * Used for canonical links, the sitemap and the feed; never for links between pages.
   */
  baseUrl: string;
  /** Folder the site lives under on its host, e.g. `/atlas/`; always starts and ends with `/`. */
  pathPrefix: string;
  /** `<html lang>`. (Search is the same in every language: it folds case and accents, and stems nothing.) */
  language: string;
  /** Which "Open in …" links a research prompt offers. */
  llmLinks: LlmLink[];
  /**
   * The date the age of a line's claims is measured from (`2026-05` or `2026-05-31`); empty to
   * use the newest date in the library, so a rebuild of the same notes stays byte-identical.
   */
  today: string;
  /**
   * Whether every line and note page gets a Markdown twin (`<page>index.md`). Off for hosts that
   * cap the number of files (Cloudflare Pages' free plan: 20,000): the twins are half the files.
   */
  twins: boolean;
  /** How vault notes are addressed and which prose mentions are linked (`vault-options.ts`). */
  vault: VaultOptions;
  /**
   * Files and folders of the notes folder never published, as glob patterns relative to it
   * (`templates/**`, `private/`, `*.excalidraw.md`); `draft: true` and `publish: false` in a
   * note's front matter do the same for one note.
   */
  ignore: string[];
}

export const defaultSiteConfig: SiteConfig = {
  title: 'Inquiry Atlas',
  description: 'A library of research notes: inquiring lines that ask a question and follow it through the notes, the concept notes they draw on, and the papers behind them.',
  baseUrl: '',
  pathPrefix: '/',
  language: 'en',
  llmLinks: [...LLM_LINKS],
  today: '',
  twins: true,
  vault: defaultVaultOptions,
  ignore: [],
};

/** `atlas`, `/atlas`, `atlas/` → `/atlas/`; empty → `/`. */
export function normalizePathPrefix(prefix: string): string {
  const parts = prefix.split('/').filter((p) => p !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Drop a trailing `/`, so `baseUrl + pathPrefix` never doubles it. */
export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
