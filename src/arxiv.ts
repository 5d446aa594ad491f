/**
 * arXiv ids, written once for the parser (which finds citations in prompts), the Markdown
 * renderer (which links `arXiv:` ids to paper pages) and the JSON-LD (which lists what a page
 * cites). Imports nothing: any part of the build, or the browser, can use it.
 *
 * Two shapes of id: from 2007, YYMM.NNNN (until 2014) or YYMM.NNNNN (from 2015); before,
 * archive(.subject)/YYMMNNN. Either may end in a version, `v2`, dropped so one paper is one id.
 */

/** A modern id, whole: year, month and number captured, so the parser can check them. */
const NEW_ARXIV_ID = /^(\d{2})(\d{2})\.(\d{4,5})(?:v\d+)?$/;
/** An old-style id, whole: archive, year and month captured. */
const OLD_ARXIV_ID = /^([a-z]+(?:-[a-z]+)*)(?:\.[A-Z]{2})?\/(\d{2})(\d{2})\d{3}(?:v\d+)?$/i;

/** Either shape, unanchored and without its version, for patterns that find ids in text. */
const ID = String.raw`\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}`;

/** `arXiv:2506.13351v2` in prose: the id without its version is group 1. Global: use with `matchAll`. */
export const ARXIV_MENTION = new RegExp(String.raw`\barXiv:\s?(${ID})(?:v\d+)?`, 'gi');

/**
 * In prose, `arXiv:2506.13351` (id in group 1) or an arXiv address written out
 * (`https://arxiv.org/abs/2506.13351`, `/pdf/…`, `.pdf`; id in group 2), versions dropped. Global.
 */
export const ARXIV_REFERENCE = new RegExp(String.raw`\barXiv:\s?(${ID})(?:v\d+)?|\bhttps?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/(${ID})(?:v\d+)?(?:\.pdf)?\b`, 'gi');

/** A link to a paper's abstract or PDF on arxiv.org: the id without its version is group 1. */
export const ARXIV_LINK = new RegExp(String.raw`^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/(${ID})(?:v\d+)?(?:\.pdf)?\/?$`, 'i');

/** The paper's abstract page. */
export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}

/** `token` as a bare id (version dropped, old archives lower-cased), or `undefined` if it is none. */
export function canonicalArxivId(token: string): string | undefined {
  const modern = NEW_ARXIV_ID.exec(token);
  if (modern) {
    const [, year = '', month = '', number = ''] = modern;
    const yymm = Number(year + month);
    const monthOk = Number(month) >= 1 && Number(month) <= 12;
    const digitsOk = number.length === 5 ? yymm >= 1501 : yymm >= 704 && yymm <= 1412;
    return monthOk && digitsOk ? token.replace(/v\d+$/, '') : undefined;
  }
  const old = OLD_ARXIV_ID.exec(token);
  if (old) {
    const [, archive = '', , month = ''] = old;
    if (Number(month) < 1 || Number(month) > 12) return undefined;
    return `${archive.toLowerCase()}/${token.replace(/v\d+$/, '').split('/')[1] ?? ''}`;
  }
  return undefined;
}
