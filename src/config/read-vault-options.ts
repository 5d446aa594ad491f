/**
 * `urls:` and `mentions:` in `atlas.config.yml`. `mentions:` is one mode for every format
 * (`mentions: off`) or one per format (`mentions: { export: long, markdown: off }`).
 */
import { defaultVaultOptions, MENTION_MODES, URL_MODES, type MentionMode, type VaultOptions } from '../resolve/vault-options.ts';

type Problem = (reason: string, key: string) => void;

export function readVaultOptions(data: Record<string, unknown>, problem: Problem): VaultOptions {
  const options: VaultOptions = { urls: defaultVaultOptions.urls, mentions: { ...defaultVaultOptions.mentions } };
  const urls = data.urls;
  if (urls !== undefined && urls !== null) {
    const mode = URL_MODES.find((m) => m === urls);
    if (mode) options.urls = mode;
    else problem(`Unexpected \`urls\` \`${JSON.stringify(urls)}\`, expected one of ${URL_MODES.join(', ')}`, 'urls');
  }
  const mentions = data.mentions;
  if (mentions === undefined || mentions === null) return options;
  const mentionMode = (value: unknown): MentionMode | undefined => {
    // YAML reads a bare `off` as the string it is under the JSON schema; `false` means off too.
    if (value === false) return 'off';
    if (value === true) return 'long';
    const mode = MENTION_MODES.find((m) => m === value);
    if (!mode) problem(`Unexpected \`mentions\` value \`${String(value)}\`, expected one of ${MENTION_MODES.join(', ')}`, 'mentions');
    return mode;
  };
  if (typeof mentions === 'object' && !Array.isArray(mentions)) {
    for (const [format, value] of Object.entries(mentions as Record<string, unknown>)) {
      if (format !== 'export' && format !== 'markdown') {
        problem(`Unexpected \`mentions.${format}\`, expected \`export\` or \`markdown\``, 'mentions');
        continue;
      }
      const mode = mentionMode(value);
      if (mode) options.mentions = { ...options.mentions, [format]: mode };
    }
    return options;
  }
  const mode = mentionMode(mentions);
  if (mode) options.mentions = { export: mode, markdown: mode };
  return options;
}
