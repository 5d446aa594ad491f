import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseSiteConfig, readSiteConfig } from '../../src/config/read-site-config.ts';
import { defaultSiteConfig, normalizePathPrefix } from '../../src/config/site-config.ts';

const parse = (text: string) => {
  const file = new VFile({ path: 'atlas.config.yml', value: text });
  return { config: parseSiteConfig(file), messages: file.messages.map((m) => [m.line, m.ruleId, m.reason]) };
};

describe('site config', () => {
  it('defaults to "Inquiry Atlas" at the root, in English, with both LLM links', () => {
    expect(defaultSiteConfig).toMatchObject({ title: 'Inquiry Atlas', baseUrl: '', pathPrefix: '/', language: 'en', llmLinks: ['chatgpt', 'claude'] });
  });

  it('uses the defaults when the notes folder has no config file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-config-'));
    expect(await readSiteConfig(dir)).toEqual({ config: defaultSiteConfig });
  });

  it('reads every key and normalises prefix and base url', () => {
    const { config, messages } = parse(
      'title: T\ndescription: D\nbaseUrl: https://x.org/\npathPrefix: atlas\nlanguage: de-CH\nllmLinks: [claude]\ntwins: false\nurls: flat\nmentions: { markdown: off }\nignore: [templates/**, private/]\n',
    );
    expect(messages).toEqual([]);
    expect(config).toEqual({
      title: 'T',
      description: 'D',
      baseUrl: 'https://x.org',
      pathPrefix: '/atlas/',
      language: 'de-CH',
      llmLinks: ['claude'],
      today: '',
      twins: false,
      vault: { urls: 'flat', mentions: { export: 'long', markdown: 'off' } },
      ignore: ['templates/**', 'private/'],
    });
  });

  it('`ignore:` takes one pattern or a list; other values are reported', () => {
    expect(parse('ignore: drafts/\n').config.ignore).toEqual(['drafts/']);
    const { config, messages } = parse('ignore: [ok/, 3, ""]\n');
    expect(config.ignore).toEqual(['ok/']);
    expect(messages).toHaveLength(2);
  });

  it('reports each invalid value where it stands and keeps the default for it', () => {
    const { config, messages } = parse(
      'title: 42\nbaseUrl: ftp://x\npathPrefix: "/a b/"\nlanguage: english!\nllmLinks: [gemini, claude]\ntwins: sometimes\nurls: nested\nmentions: sometimes\ncolour: red\n',
    );
    expect(config).toEqual({ ...defaultSiteConfig, llmLinks: ['claude'] });
    expect(messages.map(([line, rule]) => [line, rule])).toEqual([
      [1, 'site-config'],
      [2, 'site-config'],
      [3, 'site-config'],
      [4, 'site-config'],
      [5, 'site-config'],
      [6, 'site-config'],
      [7, 'site-config'],
      [8, 'site-config'],
      [9, 'site-config'],
    ]);
  });

  it('reports broken YAML and a non-mapping without throwing', () => {
    expect(parse('title: [unclosed\n').messages).toHaveLength(1);
    expect(parse('- a list\n').messages).toHaveLength(1);
    expect(parse('').config).toEqual(defaultSiteConfig);
  });

  it('reports a named config file that does not exist', async () => {
    const result = await readSiteConfig('.', path.join(os.tmpdir(), 'no-such-atlas.config.yml'));
    expect(result.config).toEqual(defaultSiteConfig);
    expect(result.file?.messages.map((m) => m.ruleId)).toEqual(['site-config']);
  });

  it('reads a config file from the notes folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-config-'));
    await writeFile(path.join(dir, 'atlas.config.yml'), 'title: Mine\n');
    expect((await readSiteConfig(dir)).config.title).toBe('Mine');
  });

  it('normalises path prefixes', () => {
    expect(['', '/', 'a', '/a', 'a/', '//a//b//'].map(normalizePathPrefix)).toEqual(['/', '/', '/a/', '/a/', '/a/', '/a/b/']);
  });
});
