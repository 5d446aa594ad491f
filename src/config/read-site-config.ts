/**
 * Read `atlas.config.yml`. A missing file means the defaults; a broken one means the defaults
 * for what is broken and a diagnostic for each problem, never a crash.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import yaml from 'js-yaml';
import { report } from '../diagnostics.ts';
import type { SiteConfig } from './site-config.ts';
import { readVaultOptions } from './read-vault-options.ts';
import { defaultSiteConfig, LLM_LINKS, normalizeBaseUrl, normalizePathPrefix } from './site-config.ts';

export const CONFIG_FILE_NAME = 'atlas.config.yml';

export interface ReadSiteConfigResult {
  config: SiteConfig;
  /** The config file with its diagnostics; `undefined` when there is none. */
  file?: VFile;
}

/**
 * Read `configFile`, or `<notesDir>/atlas.config.yml` when none is named. A named file that
 * does not exist is reported; a missing default file is not (it is optional).
 */
export async function readSiteConfig(notesDir: string, configFile?: string): Promise<ReadSiteConfigResult> {
  const fullPath = configFile ?? path.join(notesDir, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(fullPath, 'utf8');
  } catch {
    if (configFile === undefined) return { config: { ...defaultSiteConfig } };
    const file = new VFile({ path: configFile });
    report(file, 'Unexpected missing config file, expected a readable YAML file; using the defaults', undefined, 'site-config');
    return { config: { ...defaultSiteConfig }, file };
  }
  const file = new VFile({ path: configFile ?? CONFIG_FILE_NAME, value: text });
  return { config: parseSiteConfig(file), file };
}

/** Parse the YAML in `file` into a config; problems become messages on `file`. */
export function parseSiteConfig(file: VFile): SiteConfig {
  let data: unknown;
  try {
    data = yaml.load(String(file.value), { schema: yaml.JSON_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const place = mark ? { line: mark.line + 1, column: mark.column + 1 } : undefined;
    report(file, `Unexpected YAML syntax, expected a mapping of settings (${(error as Error).message.split('\n')[0]})`, place, 'site-config');
    return { ...defaultSiteConfig };
  }
  if (data === undefined || data === null) return { ...defaultSiteConfig };
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(file, 'Unexpected value, expected a mapping of settings (`title: …`)', undefined, 'site-config');
    return { ...defaultSiteConfig };
  }
  return readFields(file, data as Record<string, unknown>);
}

function readFields(file: VFile, data: Record<string, unknown>): SiteConfig {
  const config: SiteConfig = { ...defaultSiteConfig, llmLinks: [...defaultSiteConfig.llmLinks] };
  const text = (key: 'title' | 'description' | 'baseUrl' | 'pathPrefix' | 'language' | 'today'): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.trim();
    report(file, `Unexpected ${typeof value} for \`${key}\`, expected text`, placeOf(file, key), 'site-config');
    return undefined;
  };
  const title = text('title');
  if (title) config.title = title;
  const description = text('description');
  if (description !== undefined) config.description = description;
  const baseUrl = text('baseUrl');
  if (baseUrl !== undefined) {
    if (baseUrl === '' || /^https?:\/\/[^\s/]+(\/\S*)?$/i.test(baseUrl)) config.baseUrl = normalizeBaseUrl(baseUrl);
    else report(file, `Unexpected \`baseUrl\` \`${baseUrl}\`, expected an http(s) address like https://example.org`, placeOf(file, 'baseUrl'), 'site-config');
  }
  const pathPrefix = text('pathPrefix');
  if (pathPrefix !== undefined) {
    if (/^[\w\-./~]*$/.test(pathPrefix)) config.pathPrefix = normalizePathPrefix(pathPrefix);
    else report(file, `Unexpected \`pathPrefix\` \`${pathPrefix}\`, expected a folder path like /atlas/`, placeOf(file, 'pathPrefix'), 'site-config');
  }
  const language = text('language');
  if (language !== undefined) {
    if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language)) config.language = language;
    else report(file, `Unexpected \`language\` \`${language}\`, expected a language tag like en or de-CH`, placeOf(file, 'language'), 'site-config');
  }
  const today = text('today');
  if (today !== undefined) {
    if (today === '' || isReferenceDate(today)) config.today = today;
    else report(file, `Unexpected \`today\` \`${today}\`, expected a date like 2026-05 or 2026-05-31`, placeOf(file, 'today'), 'site-config');
  }
  if (data.llmLinks !== undefined && data.llmLinks !== null) config.llmLinks = readLlmLinks(file, data.llmLinks);
  if (data.twins !== undefined && data.twins !== null) {
    if (typeof data.twins === 'boolean') config.twins = data.twins;
    else report(file, `Unexpected \`twins\` \`${JSON.stringify(data.twins)}\`, expected true or false`, placeOf(file, 'twins'), 'site-config');
  }
  config.vault = readVaultOptions(data, (reason, key) => report(file, reason, placeOf(file, key), 'site-config'));
  if (data.ignore !== undefined && data.ignore !== null) config.ignore = readIgnore(file, data.ignore);
  for (const key of Object.keys(data).sort()) {
    if (!KNOWN_KEYS.has(key)) report(file, `Unexpected setting \`${key}\`, expected one of ${[...KNOWN_KEYS].join(', ')}`, placeOf(file, key), 'site-config');
  }
  return config;
}

const KNOWN_KEYS = new Set(['title', 'description', 'baseUrl', 'pathPrefix', 'language', 'llmLinks', 'today', 'twins', 'urls', 'mentions', 'ignore']);

/** `ignore:` as one pattern or a list of them; anything else is reported and left out. */
function readIgnore(file: VFile, value: unknown): string[] {
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (items === undefined) {
    report(file, 'Unexpected `ignore` value, expected a list of patterns such as [templates/**, private/]', placeOf(file, 'ignore'), 'site-config');
    return [];
  }
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
    else report(file, `Unexpected \`ignore\` entry \`${String(item)}\`, expected a path pattern`, placeOf(file, 'ignore'), 'site-config');
  }
  return out;
}

/** `2026`, `2026-05` or `2026-05-31`. */
export function isReferenceDate(text: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(text);
}

function readLlmLinks(file: VFile, value: unknown): SiteConfig['llmLinks'] {
  if (!Array.isArray(value)) {
    report(file, `Unexpected \`llmLinks\` value, expected a list such as [${LLM_LINKS.join(', ')}]`, placeOf(file, 'llmLinks'), 'site-config');
    return [...defaultSiteConfig.llmLinks];
  }
  const out: SiteConfig['llmLinks'] = [];
  for (const item of value) {
    const name = typeof item === 'string' ? item.trim().toLowerCase() : '';
    const known = LLM_LINKS.find((l) => l === name);
    if (known) {
      if (!out.includes(known)) out.push(known);
    } else {
      report(file, `Unexpected \`llmLinks\` entry \`${String(item)}\`, expected one of ${LLM_LINKS.join(', ')}`, placeOf(file, 'llmLinks'), 'site-config');
    }
  }
  return out;
}

/** Where `key:` stands in the file, for the diagnostic's position. */
function placeOf(file: VFile, key: string): { line: number; column: number } | undefined {
  const lines = String(file.value).split(/\r?\n/);
  const index = lines.findIndex((l) => l.startsWith(`${key}:`));
  return index === -1 ? undefined : { line: index + 1, column: 1 };
}
