/**
 * html-validate over every HTML page of a built site: one line per problem,
 * `file:line:col rule message`. Titles are the questions themselves, as long as their authors
 * made them, so `long-title` is off.
 */
import { HtmlValidate } from 'html-validate';
import { listFiles, readPageText } from './read-page.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

export async function htmlProblems(outDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of listFiles(outDir).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateString(readPageText(outDir, `/${file}`), file);
    for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return problems;
}
