/**
 * npm run package: the built site as one archive for a government server without network.
 *
 * Writes to PACKAGE_DIR (default release/):
 *   <name>.tar.gz         the site (OUT_DIR, default dist/) and SHA256SUMS, deterministic
 *   SHA256SUMS            the manifest inside the archive, also beside it
 *   <name>.tar.gz.sha256  the archive's own checksum (sha256sum -c <name>.tar.gz.sha256)
 * and prints the archive's path and SHA-256. <name> is the project name, plus the base path
 * the site was built for when it is not '/' (jizhou-policy-site-zwgk-jzplan).
 * Every entry gets the mtime SOURCE_DATE_EPOCH (default 0, 1970-01-01): extract with
 * `tar --touch` so the server's Last-Modified and ETag change with each deployment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtBasePath, packageSite } from './lib/package/package-site.ts';
import { outDir, ROOT } from './lib/paths.ts';

/** A path relative to the working directory when it lies inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function main(): void {
  const siteDir = outDir();
  const packageDir = resolve(ROOT, process.env.PACKAGE_DIR || 'release');
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`${siteDir}/index.html is missing: build the site first (npm run build)`);
  if (`${packageDir}/`.startsWith(`${siteDir}/`)) throw new Error(`PACKAGE_DIR ${packageDir} must not be inside the site ${siteDir}`);

  const epoch = process.env.SOURCE_DATE_EPOCH ?? '0';
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${epoch}`);
  const base = builtBasePath(siteDir);
  if (base === null) throw new Error(`cannot tell which base path ${siteDir} was built for (no favicon link on its home page)`);
  const project = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;
  const suffix = base.split('/').filter(Boolean).join('-');
  const name = suffix ? `${project}-${suffix}` : project;

  const result = packageSite({ siteDir, outDir: packageDir, name, mtime: Number(epoch) });
  console.log(`打包完成 packaged: ${result.files} files of ${shown(siteDir)}, built for base path ${base}`);
  console.log(`${shown(result.archive)}  (${(result.bytes / 1024).toFixed(1)} KB)`);
  console.log(`SHA-256 ${result.sha256}`);
  console.log(`manifest: ${shown(join(packageDir, 'SHA256SUMS'))} (also inside the archive)`);
}

try {
  main();
} catch (error) {
  console.error(`打包失败 packaging failed: ${(error as Error).message}`);
  process.exit(1);
}
