import { resolve } from 'node:path';

/**
 * Paths are resolved against the working directory: every npm script runs from the project
 * root. (import.meta.dirname would be wrong once Astro bundles this file into dist/.)
 */
export const ROOT = process.cwd();

/** Where notices are read from: `SEEDS_DIR`, or the project's own `seeds/`. */
export function seedsDir(): string {
  return resolve(ROOT, process.env.SEEDS_DIR || 'seeds');
}

export const CONTENT_DIR = resolve(ROOT, 'content');

/** Where the finished site lands: `OUT_DIR`, or `dist/`. */
export function outDir(): string {
  return resolve(ROOT, process.env.OUT_DIR || 'dist');
}
