/** Every built page is valid HTML by html-validate's recommended and document rules (.htmlvalidate.json). */
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, DIST, requireDist } from '../support/dist.ts';
import { htmlProblems, Site } from '../support/site-checks.ts';

describe('html-validate', () => {
  beforeAll(requireDist);

  it('finds zero errors on every page', async () => {
    const { pages, problems } = await htmlProblems(new Site(DIST, BASE));
    expect(pages).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });
});
