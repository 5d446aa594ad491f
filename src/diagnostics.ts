/**
 * Diagnostics the unified way: every content problem is a message on the input's `VFile`, with a
 * position and a rule id. Rule ids and the source name are stamped here, in one place.
 */
import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import type { Diagnostic } from './model.ts';

export const SOURCE = 'atlas';

/** Every rule the parser and resolver report, with its default severity. */
export const RULES = {
  'empty-file': 'warning',
  /** A file with no title and nothing else (front matter without `title:`, no body): no page. */
  'empty-record': 'warning',
  'binary-file': 'error',
  bom: 'info',
  crlf: 'info',
  'trailing-space': 'info',
  'front-matter': 'error',
  /** A front matter key the atlas does not know, or a field of the wrong type (ignored). */
  'front-matter-field': 'warning',
  'unknown-kind': 'warning',
  'missing-title': 'error',
  'missing-summary': 'warning',
  'missing-section': 'warning',
  /** A section whose absence is normal (no next lines, no related concepts, no original title). */
  'missing-optional-section': 'info',
  'unknown-section': 'warning',
  'unexpected-line': 'warning',
  'sources-count': 'warning',
  'incomplete-entry': 'warning',
  'summary-repeated': 'info',
  'bad-arxiv-id': 'warning',
  'duplicate-title': 'warning',
  'slug-collision': 'warning',
  'unresolved-next': 'warning',
  'unresolved-link': 'warning',
  'self-reference': 'info',
  'ignored-file': 'info',
  'site-config': 'warning',
  'unsafe-url': 'warning',
  /** A Markdown image from another host: shown as a link, so pages never fetch from third parties. */
  'remote-image': 'warning',
  /** A relative Markdown link or image to a path where the notes folder has nothing. */
  'broken-link': 'warning',
  /** An embed or link naming a file (image, PDF…) the notes folder does not have. */
  'missing-attachment': 'warning',
  /** `#Heading` or `#^block` the linked note does not have; the link goes to the page. */
  'unresolved-anchor': 'warning',
  /** A name several files fit; linked to the closest, as Obsidian does. */
  'ambiguous-link': 'info',
  /** A note embedded inside itself: shown as a link. */
  'embed-loop': 'warning',
  /** Embeds nested deeper than the limit: the deepest shown as a link, as Obsidian stops too. */
  'embed-depth': 'info',
  /** A front matter key the atlas does not read (a vault's own: cssclasses, created…). */
  'unknown-front-matter-key': 'info',
  /** No `title:` and no `# ` heading in a Markdown file: the file name is the title, as in Obsidian. */
  'title-from-file-name': 'info',
  /** A `permalink:` that would leave the output folder or is not a path. */
  'bad-permalink': 'warning',
  /** A file left unpublished (`draft: true`, `publish: false` or an `ignore:` pattern). */
  'private-file': 'info',
  /** A link, mention or list entry naming an unpublished note: shown as text. */
  'private-reference': 'info',
  /** An alias no redirect page can take (another page has that address). */
  'alias-taken': 'info',
  /** A `%%` comment with no closing `%%`: hidden to the end of the file, as Obsidian does. */
  'unclosed-comment': 'info',
} as const satisfies Record<string, Diagnostic['severity']>;

export type RuleId = keyof typeof RULES;

/** Report `reason` at `place` in `file` under `rule`, with that rule's severity. */
export function report(file: VFile, reason: string, place: Point | Position | undefined, rule: RuleId): void {
  const message = file.message(reason, { place, ruleId: rule, source: SOURCE });
  const severity = RULES[rule];
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

/** Flatten the messages of `files` into plain diagnostics, sorted by file, line, column. */
export function collectDiagnostics(files: readonly VFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of files) {
    for (const m of file.messages) {
      out.push({
        file: file.path ?? '',
        line: m.line ?? 1,
        column: m.column ?? 1,
        severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
        message: m.reason,
        ruleId: m.ruleId ?? 'unknown',
        source: m.source ?? SOURCE,
      });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
