import { describe, expect, it } from 'vitest';
import { type BuildRecord, planRebuild } from '../../scripts/lib/build/rebuild-plan.ts';

const notices = { a: { model: 'ma', summary: 'sa' }, b: { model: 'mb', summary: 'sb' }, c: { model: 'mc', summary: 'sc' } };
const before: BuildRecord = { version: 1, code: 'code1', settings: { BASE_PATH: '/', SITE: '', node: 'v20' }, site: 42, notices };
const now = (change: Partial<Omit<BuildRecord, 'site'>>): Omit<BuildRecord, 'site'> => ({ version: 1, code: 'code1', settings: before.settings, notices, ...change });
/** Notice `a` cites `c`: c's pages quote a's text. */
const readers = (changed: string[]) => (changed.includes('a') ? ['c'] : []);

describe('planRebuild: what a build after the last one renders', () => {
  it('builds in full without a record, or when the code, a setting or the notice set changed', () => {
    expect(planRebuild(null, now({}), readers)).toEqual({ kind: 'full', reason: 'no record of a previous build in this folder' });
    expect(planRebuild(before, now({ code: 'code2' }), readers)).toEqual({ kind: 'full', reason: 'the code changed' });
    expect(planRebuild(before, now({ settings: { ...before.settings, BASE_PATH: '/zwgk/' } }), readers)).toEqual({ kind: 'full', reason: 'BASE_PATH changed' });
    const { c: _, ...withoutC } = notices;
    expect(planRebuild(before, now({ notices: withoutC }), readers)).toEqual({ kind: 'full', reason: 'notices were added or removed' });
    expect(planRebuild(before, now({ notices: { ...withoutC, d: notices.c } }), readers).kind).toBe('full');
  });

  it('builds in full when a summary changed, even with models unchanged', () => {
    expect(planRebuild(before, now({ notices: { ...notices, b: { model: 'mb', summary: 'sb2' } } }), readers)).toMatchObject({ kind: 'full', reason: expect.stringContaining('the summary of b changed') });
  });

  it('renders the notices whose models changed and the notices reading them', () => {
    expect(planRebuild(before, now({ notices: { ...notices, a: { model: 'ma2', summary: 'sa' } } }), readers)).toEqual({ kind: 'partial', changed: ['a'], notices: ['a', 'c'] });
    expect(planRebuild(before, now({ notices: { ...notices, b: { model: 'mb2', summary: 'sb' } } }), readers)).toEqual({ kind: 'partial', changed: ['b'], notices: ['b'] });
    expect(planRebuild(before, now({}), readers)).toEqual({ kind: 'partial', changed: [], notices: [] });
  });
});
