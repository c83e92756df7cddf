// @ts-check
import { defineConfig } from 'astro/config';

/**
 * SITE: the public origin, used for canonical URLs (default: a placeholder host).
 * BASE_PATH: the sub-path the site is served under, e.g. /zwgk/jzplan/ (default: /).
 * OUT_DIR: where Astro writes the site; scripts/build.ts points it at a staging folder.
 * ASTRO_CACHE_DIR: Astro's cache folder; scripts/build.ts gives each shard of a large archive its own.
 * BUILD_SHARD: which notices' pages to render (src/lib/shard.ts).
 */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE || 'https://policy.example.gov.cn',
  base,
  outDir: process.env.OUT_DIR || './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  // Scripts as files, never inline: cacheable, and a strict Content-Security-Policy needs no inline hashes.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false } },
});
