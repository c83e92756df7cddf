import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentResult } from '../../generate-content.ts';
import { ROOT } from '../paths.ts';

/**
 * Write content/ from the seeds in a process of its own (scripts/generate-content.ts) and return
 * what the build keeps: the notices' count and, with `tables`, the search's conversion tables.
 * Parsing a large archive takes gigabytes that V8 does not hand back while the process lives;
 * in a child they are gone when it exits, before Astro and Pagefind need the memory.
 * A bad notice rejects with the parser's message (file and line).
 */
export async function contentStep(work: string, tables: boolean): Promise<Exclude<ContentResult, { error: string }>> {
  const file = join(work, 'content-result.json');
  const args = [...process.execArgv, join(ROOT, 'scripts/generate-content.ts'), '--result', file, ...(tables ? ['--tables'] : [])];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (!existsSync(file)) throw new Error(`content generation stopped before it finished (exit ${code})`);
  const result = JSON.parse(readFileSync(file, 'utf8')) as ContentResult;
  if ('error' in result) throw new Error(result.error);
  return result;
}
