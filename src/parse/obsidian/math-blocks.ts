/**
 * Display math as Obsidian writes it, `$$\begin{x}…` on the opening line and `…$$` on the last:
 * micromark's math fences want `$$` alone (what follows an opening `$$` is taken as a fence's
 * info string and dropped), so such a block is split into fence, content and fence lines, each
 * still pointing at its place in the file.
 */
import { sliceLine, type SourceLine } from '../lines.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const OPENS = /^( {0,3})\$\$(?!\$)(.*\S.*)$/;

export function splitMathFences(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((line) => line.text.includes('$$'))) return [...lines];
  const out: SourceLine[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line.text);
    if (fence !== undefined || fenceMatch) {
      if (fence === undefined) fence = fenceMatch![1]!;
      else if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      out.push(line);
      continue;
    }
    const open = OPENS.exec(line.text);
    // `$$x$$` on one line is math in a paragraph already.
    if (!open || /\$\$\s*$/.test(open[2]!)) {
      out.push(line);
      continue;
    }
    const close = lines.findIndex((l, j) => j > i && /\$\$\s*$/.test(l.text));
    if (close === -1 || lines.slice(i + 1, close).some((l) => l.text.trim() === '')) {
      out.push(line);
      continue;
    }
    const indent = open[1]!.length;
    out.push({ ...line, text: `${open[1]}$$` }, sliceLine(line, indent + 2));
    for (let j = i + 1; j < close; j++) out.push(lines[j]!);
    const last = lines[close]!;
    const end = last.text.replace(/\$\$\s*$/, '');
    if (end.trim() !== '') out.push({ ...last, text: end });
    out.push(sliceLine(last, last.text.lastIndexOf('$$')));
    i = close;
  }
  return out;
}
