/**
 * The seeds' (and real exports') small irregularities, sprinkled at low rates so the parser's
 * tolerance is exercised at scale: trailing spaces, CRLF line ends, a final newline or none.
 * (The repeated deck and the wrong "Sources N" are decided in the plan, as they change content.)
 */
import type { Random } from './random.ts';

export interface FileQuirks {
  /** The deck repeated as the body's first paragraph. */
  deckRepeated: boolean;
  /** Trailing spaces on some prose lines. */
  trailingSpaces: boolean;
  crlf: boolean;
  /** The seeds end without a newline; some files do end with one. */
  finalNewline: boolean;
  /** "Sources N notes" with N not the number of sources listed (inquiring lines only). */
  wrongSourceCount: boolean;
}

/** How often each quirk occurs, per file. */
export const QUIRK_RATES = {
  deckRepeated: 0.03,
  trailingSpaces: 0.03,
  crlf: 0.03,
  finalNewline: 0.3,
  wrongSourceCount: 0.01,
} as const satisfies Record<keyof FileQuirks, number>;

export const NO_QUIRKS: FileQuirks = {
  deckRepeated: false,
  trailingSpaces: false,
  crlf: false,
  finalNewline: false,
  wrongSourceCount: false,
};

export function planQuirks(r: Random): FileQuirks {
  return {
    deckRepeated: r.chance(QUIRK_RATES.deckRepeated),
    trailingSpaces: r.chance(QUIRK_RATES.trailingSpaces),
    crlf: r.chance(QUIRK_RATES.crlf),
    finalNewline: r.chance(QUIRK_RATES.finalNewline),
    wrongSourceCount: r.chance(QUIRK_RATES.wrongSourceCount),
  };
}

/** Apply the layout quirks to finished text (`\n` line ends, no final newline). */
export function applyQuirks(r: Random, text: string, quirks: FileQuirks): string {
  let out = text;
  if (quirks.trailingSpaces) {
    // Only long prose lines: a space after a structural line ("-", headings) would change its meaning.
    out = out
      .split('\n')
      .map((line) => (line.length > 80 && r.chance(0.4) ? line + ' '.repeat(r.int(1, 3)) : line))
      .join('\n');
  }
  if (quirks.finalNewline && !out.endsWith('\n')) out += '\n';
  if (quirks.crlf) out = out.replaceAll('\n', '\r\n');
  return out;
}
