/** The zh-Hant interface strings are reviewed text: equal to the converter's output except the listed, explained differences. */
import { describe, expect, it } from 'vitest';
import { toHant } from '../../src/i18n/convert.ts';
import zhHans from '../../src/i18n/zh-Hans.ts';
import zhHant, { reviewedDifferences } from '../../src/i18n/zh-Hant.ts';

describe('UI strings', () => {
  it('exist for the same keys in both scripts', () => {
    expect(Object.keys(zhHant).sort()).toEqual(Object.keys(zhHans).sort());
  });

  it('differ from the converter only where a reviewed difference is listed, with its reason', () => {
    const differing = Object.keys(zhHans).filter((key) => toHant(zhHans[key as keyof typeof zhHans]) !== zhHant[key as keyof typeof zhHant]);
    expect(differing.sort()).toEqual(Object.keys(reviewedDifferences).sort());
    for (const reason of Object.values(reviewedDifferences)) expect(reason.length).toBeGreaterThan(10);
  });

  it('are fully Traditional: converting them again changes nothing', () => {
    for (const [key, value] of Object.entries(zhHant)) expect(toHant(value), key).toBe(value);
  });

  it('keep the same {placeholders} in both scripts', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zhHans) as (keyof typeof zhHans)[]) expect(placeholders(zhHant[key]), key).toEqual(placeholders(zhHans[key]));
  });
});
