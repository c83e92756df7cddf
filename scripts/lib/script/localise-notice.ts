import type { Notice } from '../model.ts';

/** Fields that are identifiers, hashes or codes: never converted between scripts. */
const VERBATIM_KEYS = new Set(['id', 'slug', 'file', 'sha256', 'encoding', 'key', 'kind', 'paragraph', 'clause']);

/**
 * The same notice with every human-readable string passed through `convert` (e.g. to
 * Traditional Chinese), and identifiers, hashes and codes left alone. One model, one set of
 * templates: the zh-Hant site is the zh-Hans pipeline run on the converted model.
 *
 * localiseNotice(notice, toHant).plan.measures[0].title -> '強化基本公共服務保障' (id stays 'm01')
 */
export function localiseNotice(notice: Notice, convert: (text: string) => string): Notice {
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return key !== null && VERBATIM_KEYS.has(key) ? value : convert(value);
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(notice, null) as Notice;
}
