import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sha256, sha256sums } from './manifest.ts';
import { tarArchive, type TarEntry } from './ustar.ts';

const MANIFEST = 'SHA256SUMS';

export interface PackageOptions {
  /** The built site to package (dist/). */
  siteDir: string;
  /** Where the archive and its checksums are written. */
  outDir: string;
  /** Archive file name without `.tar.gz`. */
  name: string;
  /** The mtime of every entry, in seconds since 1970. */
  mtime: number;
}

export interface Package {
  archive: string;
  sha256: string;
  bytes: number;
  files: number;
  manifest: string;
}

/** Code-point order, the same on every machine and locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every regular file and folder under `dir`, as '/'-separated relative paths (folders end in '/'). */
function listTree(dir: string): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isDirectory()) dirs.push(`${path}/`);
    else if (entry.isFile()) files.push(path);
    else throw new Error(`${join(dir, path)}: only regular files and folders can be packaged (a link or device?)`);
  }
  return { files: files.sort(byCodePoint), dirs: dirs.sort(byCodePoint) };
}

/**
 * Package a built site for copying onto a server that has no network: `<name>.tar.gz` holding
 * the site and a SHA256SUMS manifest of every file at its root, the same SHA256SUMS beside the
 * archive, and `<name>.tar.gz.sha256` with the archive's own checksum. The archive is
 * deterministic: entries sorted by path, one mtime, no owners, fixed modes, gzip without a
 * timestamp; the same site gives the same bytes.
 */
export function packageSite({ siteDir, outDir, name, mtime }: PackageOptions): Package {
  const { files, dirs } = listTree(siteDir);
  if (!files.includes('index.html')) throw new Error(`${siteDir} has no index.html: build the site first (npm run build)`);
  if (files.includes(MANIFEST)) throw new Error(`${siteDir} already holds a ${MANIFEST}: is this an unpacked package?`);
  const contents = files.map((path) => ({ path, data: readFileSync(join(siteDir, path)) }));
  const manifest = sha256sums(contents);

  const entries: TarEntry[] = [
    ...dirs.map((path): TarEntry => ({ path, type: 'dir' })),
    ...contents.map(({ path, data }): TarEntry => ({ path, type: 'file', data })),
    { path: MANIFEST, type: 'file', data: Buffer.from(manifest) } satisfies TarEntry,
  ].sort((a, b) => byCodePoint(a.path, b.path));
  const archive = gzipSync(tarArchive(entries, mtime), { level: 9 });
  // zlib leaves the gzip timestamp at zero; its OS byte depends on the platform zlib was built
  // for: say Unix (3) everywhere, so the bytes do not depend on where the package was made.
  archive[9] = 3;

  mkdirSync(outDir, { recursive: true });
  const archivePath = join(outDir, `${name}.tar.gz`);
  const digest = sha256(archive);
  writeFileSync(archivePath, archive);
  writeFileSync(join(outDir, MANIFEST), manifest);
  writeFileSync(`${archivePath}.sha256`, `${digest}  ${name}.tar.gz\n`);
  return { archive: archivePath, sha256: digest, bytes: archive.length, files: files.length, manifest };
}

/**
 * The base path a site was built for, read from its home page's favicon link
 * (`<link rel="icon" href="/zwgk/jzplan/favicon.svg">` -> '/zwgk/jzplan/'), or null.
 */
export function builtBasePath(siteDir: string): string | null {
  const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const link = html.match(/<link\b[^>]*\brel="icon"[^>]*>/)?.[0];
  return link?.match(/\bhref="([^"]*\/)favicon\.svg"/)?.[1] ?? null;
}
