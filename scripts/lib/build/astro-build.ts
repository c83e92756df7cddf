import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Shard } from '../../../src/lib/shard.ts';
import { ROOT } from '../paths.ts';

/**
 * The environment of an Astro child: ours, minus variables that Vite/Astro read as their own
 * (an inherited BASE_URL silently overrides the base path; test runners export MODE, DEV…).
 */
function astroEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL']) delete env[key];
  return env;
}

/** Run `astro` with `args` from the project root; rejects with the exit code on failure. */
function astro(args: string[], env: NodeJS.ProcessEnv, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), ...args], { cwd: ROOT, stdio: 'inherit', env: astroEnv(env) });
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code ?? signal})`))));
  });
}

/**
 * Build the pages of each shard of the archive (src/lib/shard.ts) into its folder of `outDirs`
 * (`extra`: more environment, such as a rebuild's selection). Shards run side
 * by side, each with its own Astro cache folder; the files Astro keeps in .astro/ are written
 * first by a sync, so that they are already in place when the shards start.
 */
export async function buildShards(outDirs: string[], shards: Shard[], extra: NodeJS.ProcessEnv = {}): Promise<void> {
  if (shards.length > 1) await astro(['sync'], {}, 'Astro sync');
  const side = shards.length > 1;
  await Promise.all(
    shards.map((shard, i) => {
      const env = { ...extra, OUT_DIR: outDirs[i]!, BUILD_SHARD: `${shard.index}/${shard.count}`, ...(side ? { ASTRO_CACHE_DIR: join(ROOT, '.build', `astro-cache-${shard.index}`) } : {}) };
      return astro(['build', '--silent'], env, shard.count > 1 ? `Astro build of shard ${shard.index}/${shard.count}` : 'Astro build');
    }),
  );
}
