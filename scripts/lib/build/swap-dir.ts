import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Put a finished build in place of the live folder in two renames, so that the live folder
 * is either the old site or the new one, never a mix. The staging folder must sit on the same
 * file system as the target (it does: both are inside the project).
 *
 * swapDir('.build/site-123', 'dist') -> dist/ now holds the new site; the old one is deleted
 */
export function swapDir(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(old)) renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
