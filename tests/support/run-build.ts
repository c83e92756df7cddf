import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The clean notice every bad notice is derived from (tests/fixtures/parse/clean-notice). */
export const CLEAN_NOTICE = readFileSync(join(ROOT, 'tests/fixtures/parse/clean-notice/input.txt'), 'utf8');

export const MARKER = 'previous-build.txt';

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  seedsDir: string;
  outDir: string;
  /** The marker file's text, or null if OUT_DIR no longer holds it. */
  marker(): string | null;
  /** Names in OUT_DIR. */
  outEntries(): string[];
  dispose(): void;
}

/** Variables vitest sets in its workers' environment that must not reach a build. */
const VITEST_ENV = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * The build is a separate program: give it the environment a user's shell would, not vitest's.
 * Vitest also exports Vite's BASE_URL, MODE, DEV, PROD and SSR, and Astro would let an
 * inherited BASE_URL=/ override the configured base in import.meta.env.BASE_URL.
 */
export function withoutVitestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  for (const key of Object.keys(env)) if (VITEST_ENV.has(key) || key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * Run the real build (`npx tsx scripts/build.ts`) on a temporary SEEDS_DIR holding `files`,
 * into a temporary OUT_DIR that already holds a previous build's marker file.
 */
export function runBuild(files: Record<string, string | Uint8Array>, markerText: string): BuildRun {
  const base = mkdtempSync(join(tmpdir(), 'bad-input-'));
  const seedsDir = join(base, 'seeds');
  const outDir = join(base, 'out');
  mkdirSync(seedsDir);
  mkdirSync(outDir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(seedsDir, name), content);
  writeFileSync(join(outDir, MARKER), markerText);

  const env = withoutVitestEnv({ ...process.env, SEEDS_DIR: seedsDir, OUT_DIR: outDir });
  const run = spawnSync('npx', ['tsx', 'scripts/build.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    seedsDir,
    outDir,
    marker: () => {
      try {
        return readFileSync(join(outDir, MARKER), 'utf8');
      } catch {
        return null;
      }
    },
    outEntries: () => readdirSync(outDir).sort(),
    dispose: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** 1-based line of the first line of `text` that starts with `start`. */
export function lineStartingWith(text: string, start: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`no line starts with ${start}`);
  return index + 1;
}

/** Replace exactly one occurrence of `from` (fails loudly if the template changed). */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)} in the template`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
