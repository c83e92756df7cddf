import type { Notice } from '../model.ts';
import { readPlan } from './read-plan.ts';

/**
 * The targets for the open-data JSON, ready to be added to `openData(notice, urls)` as
 * `targets` and `excludedNumbers` (each target with the URL of its paragraph). Offsets are
 * UTF-16 offsets as in JavaScript: the sentence's in the paragraph's full text, a quantity's
 * or deadline's in the sentence.
 *
 * targetsOpenData(notice, urls).targets[0] -> { id: 't01', measure: 1, paragraph: 'm01-p2', url: 'https://…/measures/1/#m01-p2', action: '新增公办园学位', … }
 */
export function targetsOpenData(notice: Notice, urls: { measure: (number: number) => string }) {
  const { targets, excluded } = readPlan(notice);
  return {
    targets: targets.map((t) => ({ ...t, url: `${urls.measure(t.measure)}#${t.paragraph}` })),
    excludedNumbers: excluded,
  };
}
