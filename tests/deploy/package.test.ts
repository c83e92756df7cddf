/**
 * npm run package: a deterministic .tar.gz of the built site with a SHA256SUMS manifest,
 * checked the way an operator would: unpack with the system tar, run `sha256sum -c`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageSite } from '../../scripts/lib/package/package-site.ts';
import { splitPath } from '../../scripts/lib/package/ustar.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { ROOT } from '../support/run-build.ts';
import { siteFiles } from '../support/site-checks.ts';

const work = mkdtempSync(join(tmpdir(), 'package-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sh(command: string, args: string[], cwd = work): string {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

/** Unpack an archive with the system tar into a new folder and return it. */
function unpack(archive: string, name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  sh('tar', ['-xzf', archive, '-C', dir]);
  return dir;
}

/** True when two folders hold the same files with the same bytes. */
function sameTree(a: string, b: string): boolean {
  const files = siteFiles(a);
  if (files.join('\n') !== siteFiles(b).join('\n')) return false;
  return files.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

describe('npm run package on the built site', () => {
  const packageDir = join(work, 'release');
  let stdout = '';
  let archive = '';

  beforeAll(() => {
    requireDist();
    const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: DIST, PACKAGE_DIR: packageDir };
    delete env.SOURCE_DATE_EPOCH;
    const run = spawnSync('npx', ['tsx', 'scripts/package.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stdout}${run.stderr}`);
    stdout = run.stdout;
    archive = join(packageDir, 'jizhou-policy-site.tar.gz');
  });

  it('prints the archive path and its SHA-256, and writes the checksum beside it', () => {
    const digest = sh('sha256sum', [archive]).split(' ')[0]!;
    expect(stdout).toContain('jizhou-policy-site.tar.gz');
    expect(stdout).toContain(`SHA-256 ${digest}`);
    expect(sh('sha256sum', ['-c', 'jizhou-policy-site.tar.gz.sha256'], packageDir)).toBe('jizhou-policy-site.tar.gz: OK\n');
  });

  it('unpacks with the system tar into the built site plus SHA256SUMS, and sha256sum -c passes', () => {
    const dir = unpack(archive, 'unpacked');
    const report = sh('sha256sum', ['-c', '--strict', 'SHA256SUMS'], dir);
    const files = siteFiles(DIST);
    expect(report.trim().split('\n')).toHaveLength(files.length);
    expect(report).not.toMatch(/FAILED|WARNING/);
    rmSync(join(dir, 'SHA256SUMS'));
    expect(sameTree(dir, DIST)).toBe(true);
  });

  it('puts the same SHA256SUMS beside the archive', () => {
    const inside = sh('tar', ['-xzOf', archive, 'SHA256SUMS']);
    expect(readFileSync(join(packageDir, 'SHA256SUMS'), 'utf8')).toBe(inside);
  });

  it('lists entries sorted, owned by 0/0 without names, all with the same mtime and fixed modes', () => {
    const names = sh('tar', ['-tzf', archive]).trim().split('\n');
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names).toContain('SHA256SUMS');
    const verbose = sh('tar', ['-tvzf', archive, '--full-time']).trim().split('\n');
    for (const line of verbose) expect(line).toMatch(/^(-rw-r--r--|drwxr-xr-x) 0\/0 +\d+ 1970-01-01 00:00:00 /);
  });
});

describe('the package format', () => {
  const site = join(work, 'site');
  const LONG = `${'deep/'.repeat(24)}a-file-name-that-makes-the-whole-path-longer-than-one-hundred-bytes.html`;
  const FILES: Record<string, string> = {
    'index.html': '<!doctype html><title>x</title>',
    'empty.txt': '',
    'a/b/c.css': 'body{}',
    'zh-hant/繁體.txt': '繁體',
    'exactly-512.bin': 'x'.repeat(512),
    [LONG]: 'long',
  };

  beforeAll(() => {
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), text);
    }
  });

  it('is byte-identical when the same site is packaged twice, whatever the files’ own times', () => {
    const first = packageSite({ siteDir: site, outDir: join(work, 'p1'), name: 'site', mtime: 0 });
    writeFileSync(join(site, 'index.html'), FILES['index.html']!); // a new mtime on disk, same bytes
    const second = packageSite({ siteDir: site, outDir: join(work, 'p2'), name: 'site', mtime: 0 });
    expect(second.sha256).toBe(first.sha256);
    expect(readFileSync(second.archive).equals(readFileSync(first.archive))).toBe(true);
  });

  it('round-trips empty files, 512-byte files, non-ASCII names and paths over 100 bytes', () => {
    expect(LONG.length).toBeGreaterThan(100);
    const made = packageSite({ siteDir: site, outDir: join(work, 'p3'), name: 'site', mtime: 1_700_000_000 });
    const dir = unpack(made.archive, 'formats');
    expect(sh('sha256sum', ['-c', '--strict', 'SHA256SUMS'], dir)).not.toContain('FAILED');
    rmSync(join(dir, 'SHA256SUMS'));
    expect(sameTree(dir, site)).toBe(true);
    expect(sh('tar', ['-tvzf', made.archive, '--full-time', 'index.html'])).toContain('2023-11-14');
  });

  it('splits long paths at a folder boundary and refuses what ustar cannot hold', () => {
    expect(splitPath('a/b.html')).toEqual({ prefix: '', name: 'a/b.html' });
    const { prefix, name } = splitPath(LONG);
    expect(`${prefix}/${name}`).toBe(LONG);
    expect(() => splitPath('x'.repeat(101))).toThrow(/too long/);
  });

  it('refuses a folder that is not a built site', () => {
    const empty = join(work, 'not-a-site');
    mkdirSync(empty);
    expect(() => packageSite({ siteDir: empty, outDir: join(work, 'p4'), name: 'site', mtime: 0 })).toThrow(/index\.html/);
  });
});
