import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** Folders that make a build "warm": the output, the staging area and Astro's caches. */
const CACHES = ['dist', '.build', '.astro', 'node_modules/.astro'];

/** Delete the output and every build cache, so the next build starts cold. */
export function removeBuildCaches(root: string): void {
  for (const dir of CACHES) rmSync(join(root, dir), { recursive: true, force: true });
}

/**
 * Run `npx tsx scripts/build.ts` and return its wall-clock time in seconds. The build's own
 * output is kept quiet and shown only when it fails (then this throws).
 */
export async function timeBuild(root: string): Promise<number> {
  const started = performance.now();
  const child = spawn('npx', ['tsx', 'scripts/build.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`build failed (exit ${code}):\n${output}`);
  return seconds;
}
