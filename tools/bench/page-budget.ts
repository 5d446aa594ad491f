/**
 * The page budget: every line and note page under `PAGE_BUDGET_BYTES` of HTML + CSS + JS (search
 * assets aside). Weighs every such page of a built site and reports the heaviest of each kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageWeight } from './page-weight.ts';
import { createPageWeigher } from './page-weight.ts';

export const PAGE_BUDGET_BYTES = 40 * 1024;

/** The folders of line and note pages (see `src/resolve/addresses.ts`). */
const RECORD_FOLDERS = { line: 'inquiring-lines', note: 'notes' } as const;

/** What only a line or note page holds: its local graph's inline data (`src/site/data/local-graph-data.ts`). */
const RECORD_PAGE_MARK = 'data-local-graph-data';

export interface PageBudgetReport {
  budget: number;
  pages: number;
  /** Pages whose total is over the budget. */
  over: PageWeight[];
  /** Pages whose total is over the budget even as sent gzipped. */
  overTransferred: PageWeight[];
  /** The largest gzipped total of any page. */
  heaviestTransfer?: PageWeight;
  heaviestLine?: PageWeight;
  heaviestNote?: PageWeight;
}

export function checkPageBudget(outDir: string, pathPrefix = '/', budget = PAGE_BUDGET_BYTES): PageBudgetReport {
  const weigh = createPageWeigher(outDir, pathPrefix);
  const report: PageBudgetReport = { budget, pages: 0, over: [], overTransferred: [] };
  for (const [kind, folder] of Object.entries(RECORD_FOLDERS) as [keyof typeof RECORD_FOLDERS, string][]) {
    let slugs: string[];
    try {
      // A Markdown note in a folder has its page folders deep (`notes/reading/deep-work/`).
      slugs = readdirSync(path.join(outDir, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file === 'index.html' || file.endsWith(`${path.sep}index.html`))
        .map((file) => path.dirname(file).split(path.sep).join('/'))
        .filter((slug) => slug !== '.')
        .sort();
    } catch {
      continue;
    }
    for (const slug of slugs) {
      // Only a record's page carries its local graph's data: the list pages (`/notes/2/`) are not record pages.
      if (!readFileSync(path.join(outDir, folder, slug, 'index.html'), 'utf8').includes(RECORD_PAGE_MARK)) continue;
      const weight = weigh(`/${folder}/${slug}/`);
      report.pages++;
      if (weight.total > budget) report.over.push(weight);
      if (weight.transfer > budget) report.overTransferred.push(weight);
      if (!report.heaviestTransfer || weight.transfer > report.heaviestTransfer.transfer) report.heaviestTransfer = weight;
      const key = kind === 'line' ? 'heaviestLine' : 'heaviestNote';
      if (!report[key] || weight.total > report[key].total) report[key] = weight;
    }
  }
  return report;
}
