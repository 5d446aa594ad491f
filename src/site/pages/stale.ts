/**
 * `/stale/`: the inquiring lines whose newest cited paper is oldest first, so the maintainer knows
 * which research prompts to run again first. Lines whose prompt cites no dated paper follow,
 * ordered the same way by their newest dated claim; lines without a prompt are not listed.
 */
import type { InquiringLine } from '../../model.ts';
import type { ClaimDate } from '../../dates/claim-date.ts';
import { compareClaimDates, formatClaimDate } from '../../dates/claim-date.ts';
import { describeAge, describeSpan } from '../../dates/line-dates.ts';
import { compareText } from '../../resolve/record-order.ts';
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import type { ListPage, StaleEntry } from '../data/list-pages.ts';
import type { SiteData } from '../data/site-data.ts';
import { renderListPage } from './list-page.ts';
import { recordLink } from '../components/record-link.ts';

/** Lines with a prompt, stalest first: by newest cited paper, then newest claim, then title. */
export function staleLines(site: SiteData): { withPapers: InquiringLine[]; withoutPapers: InquiringLine[] } {
  const prompted = site.atlas.lines.filter((line) => line.prompt);
  const newestPaper = (line: InquiringLine) => site.datesOf(line)?.newestPaper;
  const newest = (line: InquiringLine) => site.datesOf(line)?.newest;
  const order = (a: InquiringLine, b: InquiringLine) => compareDates(newestPaper(a), newestPaper(b)) || compareDates(newest(a), newest(b)) || compareText(a.title, b.title) || compareText(a.id, b.id);
  const withPapers = prompted.filter((line) => newestPaper(line)).sort(order);
  const withoutPapers = prompted.filter((line) => !newestPaper(line)).sort(order);
  return { withPapers, withoutPapers };
}

/** Older first; an undated line after every dated one. */
function compareDates(a: ClaimDate | undefined, b: ClaimDate | undefined): number {
  if (a && b) return compareClaimDates(a, b);
  return a ? -1 : b ? 1 : 0;
}

export function renderStalePage(site: SiteData, page: ListPage<StaleEntry> = site.lists.stale[0]!): string {
  const reference = site.referenceDate;
  const withPapers = page.items.filter((e) => e.citesDatedPaper).map((e) => e.line);
  const withoutPapers = page.items.filter((e) => !e.citesDatedPaper).map((e) => e.line);
  // The second group's heading goes where the group starts, on whichever page that is.
  const previous = site.lists.stale[page.number - 2]?.items.at(-1);
  const headingHere = withoutPapers.length > 0 && (withPapers.length > 0 || previous === undefined || previous.citesDatedPaper);
  return renderListPage(site, page, {
    title: 'Lines to re-run first',
    description: 'Inquiring lines ordered by the age of their newest cited paper, oldest first.',
    deck: html`Inquiring lines whose newest cited paper is oldest come first: their research prompts are the likeliest to have newer work to find${reference ? html`. Ages are measured from ${formatClaimDate(reference)}, ${site.config.today ? 'the date the settings give' : 'the newest date in the library'}` : ''}.`,
    empty: 'No inquiring line has a research prompt yet.',
    listId: 'stale-list',
    entries: html`<div id="stale-list">
${
  withPapers.length > 0
    ? html`<ol class="record-list stale-list" start="${page.offset + 1}">
${withPapers.map((line) => item(site, line))}</ol>`
    : ''
}
${
  withoutPapers.length > 0
    ? html`${headingHere ? html`<h2>Prompts that cite no dated paper</h2>\n` : ''}<ul class="record-list stale-list">
${withoutPapers.map((line) => item(site, line))}</ul>`
    : ''
}
</div>`,
  });
}

function item(site: SiteData, line: InquiringLine): RawHtml {
  const dates = site.datesOf(line);
  const facts: string[] = [];
  if (dates?.newestPaper) facts.push(`newest paper ${formatClaimDate(dates.newestPaper)}`);
  if (dates) facts.push(describeSpan(dates), describeAge(dates, site.referenceDate));
  return html`<li>${recordLink(site, line)}<p class="list-summary">${facts.filter(Boolean).join(' · ') || 'no dated claims or papers'}</p></li>\n`;
}
