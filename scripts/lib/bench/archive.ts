import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateNotice } from './corpus/generate-notice.ts';
import { folderSize } from './report.ts';

/** One build of a generated archive, as `npm run bench -- --archive N` prints it. */
export interface ArchiveRun {
  notices: number;
  seconds: number;
  peakMemoryMB: number;
  pages: number;
  distMB: number;
  indexMB: number;
  /** Milliseconds of build per HTML page. */
  msPerPage: number;
  /** The build's own phase times (content, astro, keep, pagefind, stamp, swap), seconds. */
  phases: Record<string, number>;
  /** What the build said it did: a full build and why, or a rebuild and what it rendered. */
  kind: string;
}

/** Write N generated notices (deterministic from `seed`) into `dir`, replacing what was there. */
export function writeArchive(dir: string, count: number, seed: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) writeFileSync(join(dir, `bench-${String(i).padStart(5, '0')}.txt`), generateNotice(i, seed));
}

/** The resident memory of a process and all its descendants, in kB, read from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function countPages(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}

/**
 * Edit one notice of a generated archive as a person correcting it would: a few words added to
 * the first sentence of its middle notice's text (the first line after its head with a full-width
 * comma). Returns the file changed.
 */
export function editOneNotice(seedsDir: string): string {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const file = join(seedsDir, files[Math.floor(files.length / 2)]!);
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((line, i) => i > 5 && line.includes('，'));
  if (at < 0) throw new Error(`${file}: no line to edit`);
  lines[at] = lines[at]!.replace('，', '，切实');
  writeFileSync(file, lines.join('\n'));
  return file;
}

/**
 * Build the archive in `seedsDir` into `outDir` with the project's own build, timing it and
 * sampling the memory of the whole process tree (build, Astro, Pagefind) every 200 ms. The
 * build's cache is `cacheDir`: empty for a clean build, the previous build's for a rebuild.
 */
export async function buildArchive(root: string, seedsDir: string, outDir: string, notices: number, cacheDir: string): Promise<ArchiveRun> {
  const started = performance.now();
  const child = spawn('npx', ['tsx', 'scripts/build.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SEEDS_DIR: seedsDir, OUT_DIR: outDir, BUILD_CACHE_DIR: cacheDir } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 200);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`archive build failed (exit ${code}):\n${output.slice(-4000)}`);
  const phaseLine = /阶段 phases: (.*)$/m.exec(output)?.[1] ?? '';
  const phases = Object.fromEntries([...phaseLine.matchAll(/([\w+]+) ([\d.]+) s/g)].map((m) => [m[1]!, Number(m[2])]));
  const kind = /(完整构建 full build: .*|重建 rebuild: .*)$/m.exec(output)?.[1] ?? '';
  const pages = countPages(outDir);
  const index = join(outDir, 'pagefind');
  return {
    notices,
    seconds,
    peakMemoryMB: peak / 1024,
    pages,
    distMB: folderSize(outDir).bytes / 1024 / 1024,
    indexMB: statSync(index, { throwIfNoEntry: false }) ? folderSize(index).bytes / 1024 / 1024 : 0,
    msPerPage: (seconds * 1000) / Math.max(1, pages),
    phases,
    kind,
  };
}

/** The archive runs as a table, one row per size (and per rebuild after one notice changed). */
export function archiveTable(runs: (ArchiveRun & { rebuild?: boolean })[]): string {
  const head = '| notices | HTML pages | wall time | peak memory | ms/page | dist | search index | content | astro | keep | pagefind | stamp | swap |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|';
  const rows = runs.map((r) =>
    [
      r.rebuild ? `${r.notices}, rebuilt after one changed` : r.notices,
      r.pages,
      `${r.seconds.toFixed(0)} s`,
      `${(r.peakMemoryMB / 1024).toFixed(2)} GB`,
      r.msPerPage.toFixed(0),
      `${r.distMB.toFixed(0)} MB`,
      `${r.indexMB.toFixed(1)} MB`,
      ...['content', 'astro', 'keep', 'pagefind', 'stamp', 'swap'].map((k) => (r.phases[k] === undefined ? '—' : `${r.phases[k]!.toFixed(0)} s`)),
    ].join(' | '),
  );
  return [head, ...rows.map((r) => `| ${r} |`)].join('\n');
}
