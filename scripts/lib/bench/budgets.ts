import { CATEGORIES, type LighthouseScores } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';

/** The performance budgets of issue #8: read from the bench output by people, never asserted in tests. */
const BUDGETS = {
  measureTotalGzipBytes: 20 * 1024,
  measureJsGzipBytes: 3 * 1024,
  measureRequests: 4,
  lighthouseScore: 100,
  coldBuildSeconds: 25,
};

export interface BudgetLine {
  budget: string;
  actual: string;
  ok: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Each budget against the measurements: one line per page and budget. */
export function checkBudgets(input: {
  coldBuildSeconds: number;
  pages: { name: string; measureBudget: boolean; weight: PageWeight | null }[];
  lighthouse: { name: string; budget: boolean; result: LighthouseScores | null }[];
}): BudgetLine[] {
  const lines: BudgetLine[] = [];
  lines.push({ budget: `full build (cold) <= ${BUDGETS.coldBuildSeconds} s`, actual: `${input.coldBuildSeconds.toFixed(1)} s`, ok: input.coldBuildSeconds <= BUDGETS.coldBuildSeconds });
  for (const { name, measureBudget, weight } of input.pages) {
    if (!measureBudget) continue;
    if (!weight) {
      lines.push({ budget: `${name}: first visit`, actual: 'not built', ok: false });
      continue;
    }
    lines.push({ budget: `${name}: total <= ${kb(BUDGETS.measureTotalGzipBytes)} gz`, actual: kb(weight.totalGzipBytes), ok: weight.totalGzipBytes <= BUDGETS.measureTotalGzipBytes });
    lines.push({ budget: `${name}: JS <= ${kb(BUDGETS.measureJsGzipBytes)} gz`, actual: kb(weight.gzipBytes.js), ok: weight.gzipBytes.js <= BUDGETS.measureJsGzipBytes });
    lines.push({ budget: `${name}: requests <= ${BUDGETS.measureRequests}`, actual: String(weight.requests), ok: weight.requests <= BUDGETS.measureRequests });
  }
  for (const { name, budget, result } of input.lighthouse) {
    if (!budget) continue;
    const scores = result ? CATEGORIES.map((c) => result.scores[c]) : [];
    const ok = scores.length > 0 && scores.every((s) => s === BUDGETS.lighthouseScore);
    lines.push({ budget: `${name}: Lighthouse ${BUDGETS.lighthouseScore} x4`, actual: result ? scores.map((s) => s ?? '-').join('/') : 'not run', ok });
  }
  return lines;
}

/** The budget lines as a table with ok / OVER. */
export function budgetTable(lines: BudgetLine[]): string {
  const width = Math.max(...lines.map((l) => l.budget.length));
  const actual = Math.max(...lines.map((l) => l.actual.length));
  return lines.map((l) => `  ${l.ok ? 'ok  ' : 'OVER'}  ${l.budget.padEnd(width)}  ${l.actual.padStart(actual)}`).join('\n');
}

/** The Lighthouse table: one row per page, the four scores, then what loses points. */
export function lighthouseTable(rows: { name: string; budget: boolean; result: LighthouseScores | null; error?: string }[]): string {
  const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO'];
  const label = (row: { name: string; budget: boolean }) => (row.budget ? row.name : `${row.name} *`);
  const cells = rows.map((row) => [label(row), ...CATEGORIES.map((c) => (row.result?.scores[c] == null ? 'n/a' : String(row.result.scores[c])))]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  const table = [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)];
  if (rows.some((row) => !row.budget)) table.push('  * reported beside the budgets, not one of them');
  for (const { name, result, error } of rows) {
    if (error) table.push(`  ${name}: not run: ${error}`);
    for (const audit of result?.losing ?? []) table.push(`  ${name} loses points: ${audit}`);
  }
  return table.join('\n');
}
