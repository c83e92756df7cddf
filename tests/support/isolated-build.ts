import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, withoutVitestEnv } from './run-build.ts';

/** What a build reads from the project; everything it writes (content/, .astro/, caches) stays in the copy. */
const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Caches kept inside node_modules: each copy gets its own (empty) ones, so every build is clean. */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface IsolatedBuild {
  /** The finished site (OUT_DIR). */
  outDir: string;
  /** The build's own output, for failure messages. */
  log: string;
  /** The output of each run, in turn. */
  runLogs: string[];
  seconds: number;
  dispose(): void;
}

export interface IsolatedBuildOptions {
  /** BASE_PATH, e.g. '/zwgk/jzplan/' (default '/'). */
  basePath?: string;
  /** SITE (default: the build's own default). */
  site?: string;
  /** SEEDS_DIR (default: the project's seeds/). */
  seedsDir?: string;
  /** Run the build's wall clock this many milliseconds ahead (see shift-clock.mjs). */
  clockShiftMs?: number;
  /** More environment for the build (TZ, LANG…). */
  env?: Record<string, string>;
  /** The build's arguments, one list per run, run in turn in the same copy (default: one run, no arguments). */
  runs?: string[][];
  /** Called before each run with its index and the site folder (to change a notice between runs). */
  beforeRun?: (run: number, outDir: string) => void;
}

/**
 * Run the real build (`tsx scripts/build.ts`) in a throwaway copy of the project: sources
 * copied, each package of node_modules linked, Astro's caches empty. The copy's own content/
 * and caches are written, never the project's, so this may run beside other builds (the
 * bad-input tier, a developer's `npm run build`) and every run is a clean build.
 *
 *   const site = await buildIsolated({ basePath: '/zwgk/jzplan/' }); … site.dispose();
 */
export async function buildIsolated(options: IsolatedBuildOptions = {}): Promise<IsolatedBuild> {
  const base = mkdtempSync(join(tmpdir(), 'isolated-build-'));
  const project = join(base, 'project');
  const outDir = join(base, 'out');
  const dispose = () => rmSync(base, { recursive: true, force: true });
  try {
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(project, name), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (!NODE_MODULES_CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(project, 'node_modules', name));
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SEEDS_DIR: options.seedsDir ?? join(ROOT, 'seeds'),
      OUT_DIR: outDir,
      BASE_PATH: options.basePath ?? '/',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...options.env,
    };
    if (options.clockShiftMs) {
      env.SHIFT_CLOCK_MS = String(options.clockShiftMs);
      env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${join(ROOT, 'tests/support/shift-clock.mjs')}`.trim();
    }
    if (options.site) env.SITE = options.site;
    else delete env.SITE;
    withoutVitestEnv(env);

    const started = performance.now();
    let log = '';
    const runLogs: string[] = [];
    for (const [i, args] of (options.runs ?? [[]]).entries()) {
      options.beforeRun?.(i, outDir);
      const done = await run(process.execPath, [join(project, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', ...args], project, env);
      log += done.log;
      runLogs.push(done.log);
      if (done.code !== 0) throw new Error(`isolated build (BASE_PATH=${env.BASE_PATH}${args.length ? `, ${args.join(' ')}` : ''}) failed with exit ${done.code}:\n${log}`);
    }
    const seconds = (performance.now() - started) / 1000;
    return { outDir, log, runLogs, seconds, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log }));
  });
}
