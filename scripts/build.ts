/**
 * The whole build: seeds -> content/ -> Astro -> Pagefind -> dist/, atomically.
 * The site is built into a staging folder under .build/ and swapped in only when every step
 * succeeded, so a bad notice or a failing step leaves the previous dist/ untouched.
 *
 * Environment: SEEDS_DIR (notices folder), OUT_DIR (default dist/), BASE_PATH, SITE.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateContent } from './generate-content.ts';
import { indexSearch } from './lib/build/index-search.ts';
import { stampSearchPages } from './lib/build/stamp-search-pages.ts';
import { writeSearchData } from './lib/search/search-data.ts';
import { swapDir } from './lib/build/swap-dir.ts';
import { outDir, ROOT } from './lib/paths.ts';

/**
 * The environment of the Astro child: ours, minus variables that Vite/Astro read as their own
 * (an inherited BASE_URL silently overrides the base path; test runners export MODE, DEV…).
 */
function astroEnv(staging: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL']) delete env[key];
  return env;
}

async function main(): Promise<void> {
  const started = performance.now();
  const target = outDir();
  const staging = join(ROOT, '.build', `site-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(ROOT, '.build'), { recursive: true });

  const notices = generateContent();
  const phases: [string, number][] = [['content', performance.now() - started]];
  const phase = (name: string, since: number) => phases.push([name, performance.now() - since]);
  try {
    let since = performance.now();
    const astro = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build', '--silent'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: astroEnv(staging),
    });
    if (astro.status !== 0) throw new Error(`Astro build failed (exit ${astro.status ?? astro.signal})`);
    phase('astro', since);
    since = performance.now();
    const pages = await indexSearch(staging);
    phase('pagefind', since);
    since = performance.now();
    stampSearchPages(staging);
    writeSearchData(staging, notices);
    swapDir(staging, target);
    phase('stamp+swap', since);
    // Where the time went, for `npm run bench -- --archive N`.
    console.log(`  阶段 phases: ${phases.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`构建完成 built: ${notices.length} notice(s), ${pages} pages indexed for search -> ${target} (${seconds} s)`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`构建失败 build failed, ${outDir()} left as it was:\n${error.message}`);
  process.exit(1);
});
