import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bring into `staging` every file of the previous site `previous` that the partial build did not
 * write, as a hard link (a copy where the file system refuses one): the pages of the unchanged
 * notices, their data files, the archive pages that read none of the changed models. Files the
 * later steps write anew are never brought (`fresh`: the search index, which is rebuilt, and
 * the search data), so that no later write goes through a link into the live site.
 * Returns the number of files kept.
 *
 * Folders the partial build did not write are made and filled without looking into `staging`.
 *
 * keepPrevious('dist', '.build/build-123/site', (p) => p.startsWith('pagefind/')) -> 126890
 */
export function keepPrevious(previous: string, staging: string, fresh: (path: string) => boolean): number {
  return keep(previous, staging, '', fresh, existsSync(staging));
}

/** Keep the folder `path` (site-relative) of `previous`; `checked`: the staging folder exists, so each entry may be there already. */
function keep(previous: string, staging: string, path: string, fresh: (path: string) => boolean, checked: boolean): number {
  let kept = 0;
  if (!checked) mkdirSync(join(staging, path));
  for (const entry of readdirSync(join(previous, path), { withFileTypes: true })) {
    const child = path ? `${path}/${entry.name}` : entry.name;
    if (fresh(child)) continue;
    const [source, target] = [join(previous, child), join(staging, child)];
    const there = checked && existsSync(target);
    if (entry.isDirectory()) kept += keep(previous, staging, child, fresh, there);
    else if (entry.isFile() && !there) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
      kept++;
    }
  }
  return kept;
}
