import { toHant } from '../../../src/i18n/convert.ts';
import { toHans } from '../../../src/i18n/to-hans.ts';

/** Fewer differing characters than this say nothing about the script. */
const MIN_EVIDENCE = 4;

/**
 * The script a text is written in, detected rather than configured: characters that only
 * Traditional writing uses (conversion to Simplified changes them) against characters that
 * only Simplified writing uses (conversion to Traditional changes them). A text with too
 * little evidence either way counts as Simplified, the common case.
 *
 * detectScript('陝西省人民政府辦公廳關於印發') -> 'zh-Hant'
 * detectScript('陕西省人民政府办公厅关于印发') -> 'zh-Hans'
 */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  const han = text.match(/\p{Script=Han}/gu)?.join('') ?? '';
  const sample = han.slice(0, 4000);
  const traditionalOnly = countDifferences(sample, toHans(sample));
  const simplifiedOnly = countDifferences(sample, toHant(sample));
  return traditionalOnly >= MIN_EVIDENCE && traditionalOnly > simplifiedOnly * 3 ? 'zh-Hant' : 'zh-Hans';
}

function countDifferences(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return Math.abs(x.length - y.length);
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}
