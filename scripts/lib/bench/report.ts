import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, type PageWeight } from './page-weight.ts';

/** Total bytes and file count of a folder, recursively. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** The page table: one row per page, sizes in KB (gzip -9), n/a for pages not built. */
export function pageTable(rows: { name: string; weight: PageWeight | null }[]): string {
  const header = ['page', 'requests', 'HTML gz', 'CSS gz', 'JS gz', 'other gz', 'total gz'];
  const cells = rows.map(({ name, weight }) =>
    weight
      ? [name, String(weight.requests), ...KINDS.map((kind) => kb(weight.gzipBytes[kind])), kb(weight.totalGzipBytes)]
      : [name, ...header.slice(1).map(() => 'n/a')],
  );
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}
