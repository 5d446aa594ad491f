/**
 * Lines of the export format that are the exporting app's interface, not content. They are the
 * only input lines allowed to vanish from the published site; the "nothing lost" checks read
 * this list.
 */
export const UI_STRINGS: readonly RegExp[] = [/^expand ↓$/, /^Click a node to walk · click center to open · click Open full network for a force-directed map$/];

/** Section headings that structure the export format (consumed, shown as the site's own headings). */
export const SECTION_HEADINGS = {
  inquiringLine: /^INQUIRING LINE$/,
  sources: /^Sources\s+(\d+)\s+notes?$/,
  researchPrompt: /^Research prompt for your LLM(?:\s*expand ↓)?$/,
  nextLines: /^Next inquiring lines$/,
  collection: /^Source:\s*(.+)$/,
  related: /^Related concepts in this collection$/,
  relatedSeparator: /^-$/,
  originalTitle: /^Original note title$/,
} as const;

/**
 * Matches every UI string (and, ignoring case, a little more): rules out most lines with one
 * test at the start of the line. (Should a pattern ever not be anchored by a leading `^` alone,
 * it rules out none.)
 */
const ANY_UI_STRING = UI_STRINGS.every((re) => re.source.startsWith('^') && !re.source.includes('|'))
  ? new RegExp(`^(?:${UI_STRINGS.map((re) => `(?:${re.source.slice(1)})`).join('|')})`, 'i')
  : /(?:)/;

export function isUiString(line: string): boolean {
  const t = line.trim();
  return ANY_UI_STRING.test(t) && UI_STRINGS.some((re) => re.test(t));
}
