import { toHant } from '../../../src/i18n/convert.ts';
import { toHans } from '../../../src/i18n/to-hans.ts';
import type { Notice } from '../model.ts';
import { fullWidthPunctuation } from '../typography/full-width-punctuation.ts';
import type { Script } from './scripts.ts';

/**
 * Fields never changed for display: identifiers, hashes, codes, and the text exactly as
 * published (`original` of a correction, the `sourceLines` of a measure).
 */
const VERBATIM_KEYS = new Set(['id', 'slug', 'file', 'sha256', 'encoding', 'key', 'kind', 'paragraph', 'clause', 'correction', 'status', 'place', 'original', 'sourceLines', 'uid', 'role', 'form', 'level', 'covers']);

/**
 * The notice with every human-readable string passed through `transform`; identifiers and
 * the as-published text are left alone.
 */
function mapNoticeText(notice: Notice, transform: (text: string) => string): Notice {
  const walk = (value: unknown, key: string | null): unknown => {
    if (key !== null && VERBATIM_KEYS.has(key)) return value;
    if (typeof value === 'string') return transform(value);
    if (Array.isArray(value)) return value.map((item) => walk(item, null));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(notice, null) as Notice;
}

/**
 * The notice as readers of one script see it: Chinese typography (full-width punctuation) for
 * both scripts, then conversion to the other script (Traditional for zh-Hant, Simplified for
 * zh-Hans) unless the notice was published in it. One model, one set of templates:
 * the zh-Hant site is the same pipeline run on the converted model.
 *
 * localiseNotice(notice, 'zh-Hant').plan.measures[0].title -> '強化基本公共服務保障' (id stays 'm01')
 */
export function localiseNotice(notice: Notice, script: Script): Notice {
  // A notice is shown in its own script as published; only the other script is converted.
  if (script === notice.sourceScript) return mapNoticeText(notice, fullWidthPunctuation);
  return mapNoticeText(notice, script === 'zh-Hant' ? (text) => toHant(fullWidthPunctuation(text)) : (text) => toHans(fullWidthPunctuation(text)));
}
