/**
 * `--obsidian-share F`: that share of the Markdown note files written as in an Obsidian vault,
 * so the benchmark measures what vaults use: files named by their title in nested folders,
 * `aliases:` and inline `#tags`, a callout, a table, a block id, wikilinks of every form (title,
 * file name, path, `#Heading`, `#^block`, `|label`, `[[#Heading]]`), embeds of sections and
 * blocks, Markdown links by relative path, and small SVG images embedded with a size (a few
 * written but never used, as vaults have).
 */
import slugify from '@sindresorhus/slugify';
import type { CorpusPlan, NoteFilePlan } from './corpus-plan.ts';
import type { CorpusFile } from './generate-corpus.ts';
import { hashKey, randomFor } from './random.ts';

/** Characters Obsidian does not allow in a file name (or Windows does not). */
const NOT_IN_NAMES = /[\\/:*?"<>|#^[\]]/g;

interface VaultNote {
  plan: NoteFilePlan;
  /** The file's new path, `vault/<collection>/<shelf>/<Title>.md`. */
  path: string;
  stem: string;
  block: string;
}

export function toObsidianVault(plan: CorpusPlan, files: readonly CorpusFile[]): CorpusFile[] {
  const { seed, obsidianShare } = plan.options;
  const chosen: VaultNote[] = [];
  const taken = new Set<string>();
  for (const file of plan.noteFiles) {
    if (file.format !== 'markdown' || !randomFor(seed, 'obsidian', file.path).chance(obsidianShare)) continue;
    const stem = file.note.title.replace(NOT_IN_NAMES, '').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Untitled';
    const shelf = ['reading', 'projects/active', 'projects/archive'][hashKey(seed, 'shelf', file.path) % 3]!;
    let path = `vault/${slugify(file.note.collection) || 'misc'}/${shelf}/${stem}.md`;
    if (taken.has(path.toLowerCase())) path = path.replace(/\.md$/, ` ${chosen.length}.md`);
    taken.add(path.toLowerCase());
    chosen.push({ plan: file, path, stem: path.slice(path.lastIndexOf('/') + 1, -3), block: `kp-${hashKey(seed, 'block', file.path).toString(36).slice(0, 5)}` });
  }
  if (chosen.length === 0) return [...files];
  const byPath = new Map(chosen.map((v) => [v.plan.path, v]));
  const out: CorpusFile[] = [];
  for (const file of files) {
    const index = chosen.findIndex((v) => v.plan.path === file.path);
    const vault = byPath.get(file.path);
    if (!vault) {
      out.push(file);
      continue;
    }
    const r = randomFor(seed, 'obsidian-text', file.path);
    const figure = `vault/attachments/fig-${hashKey(seed, 'fig', file.path).toString(36)}.svg`;
    out.push({ path: figure, text: svg(hashKey(seed, 'colour', file.path)) });
    if (r.chance(0.1)) out.push({ path: `vault/attachments/unused-${hashKey(seed, 'unused', file.path).toString(36)}.svg`, text: svg(0) });
    // Links and embeds go to notes earlier in the list only, so embeds never loop.
    const earlier = chosen.slice(0, index);
    const other = earlier.length > 0 ? earlier[r.int(0, earlier.length - 1)] : undefined;
    const third = earlier.length > 1 ? earlier[r.int(0, earlier.length - 1)] : undefined;
    out.push({ path: vault.path, text: obsidianText(file.text, vault, figure, other, third, r.chance(0.5)) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function obsidianText(text: string, self: VaultNote, figure: string, other: VaultNote | undefined, third: VaultNote | undefined, embed: boolean): string {
  const note = self.plan.note;
  const tag = slugify(note.collection) || 'misc';
  const withAliases = text.replace(/^---\n/, `---\naliases:\n  - ${JSON.stringify(note.originalTitle.slice(0, 60))}\n`);
  const lines: string[] = [
    '',
    `#${tag} #status/seedling`,
    '',
    '## Key points',
    '',
    `> [!note] In one line`,
    `> ${note.deck}`,
    '',
    '| Aspect | Finding |',
    '| --- | --- |',
    `| Collection | ${note.collection.replace(/\|/g, '/')} |`,
    `| Claim | ${note.originalTitle.replace(/\|/g, '/')} |`,
    '',
    `${note.finding} ^${self.block}`,
    '',
    `![[${figure.slice(figure.lastIndexOf('/') + 1)}|160]]`,
    '',
    `Back to [[#Key points|the key points]] or [[#^${self.block}]].`,
  ];
  if (other) {
    const relative = relativePath(self.path, other.path).split('/').map(encodeURIComponent).join('/');
    lines.push(
      '',
      '## See also',
      '',
      `- [[${other.plan.note.title}]]`,
      `- [[${other.stem}|${other.stem.toLowerCase()}]] by its file name`,
      `- [[${other.path.slice('vault/'.length, -3)}]] by its path`,
      `- [[${other.stem}#Key points]] and [[${other.stem}#^${other.block}|its main claim]]`,
      `- [its key points](${relative}#key-points) by relative path`,
    );
    if (embed) lines.push('', `![[${other.stem}#Key points]]`);
  }
  if (third) lines.push('', `![[${third.stem}#^${third.block}]]`);
  return `${withAliases.replace(/\n*$/, '\n')}${lines.join('\n')}\n`;
}

function relativePath(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function svg(colour: number): string {
  const hex = (colour & 0xffffff).toString(16).padStart(6, '0');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9" viewBox="0 0 16 9"><rect width="16" height="9" fill="#${hex}"/><circle cx="8" cy="4.5" r="3" fill="#fff"/></svg>\n`;
}
