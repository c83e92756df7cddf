import { defineConfig } from 'vitest/config';

/**
 * Tests in tiers: tests/unit (pure functions), tests/build (checks over the built dist/),
 * tests/bad-input (the build run on broken notices), tests/browser (Chromium).
 * `npm test` builds dist/ first; the tiers that need it say so clearly when it is missing.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: browser and build tiers are heavy, keep files from starving each other.
    maxWorkers: 2,
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
  },
});
