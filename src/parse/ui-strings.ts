/**
 * Lines of the export format that are the exporting app's interface, not content. They are the
 * only input lines allowed to vanish from the published site; the "nothing lost" checks read
 * this list.
 */
export const UI_STRINGS: readonly RegExp[] = [
  /^expand ↓$/,
  /^Click a node to walk · click center to open · click Open full network for a force-directed map$/,
];

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

export function isUiString(line: string): boolean {
  const t = line.trim();
  return UI_STRINGS.some((re) => re.test(t));
}
