import types from '../../scripts/data/document-types.json' with { type: 'json' };
import { documentTitle, metadataValue } from '../../scripts/lib/model-queries.ts';
import type { Notice } from '../../scripts/lib/model.ts';
import { transliterate } from '../../scripts/lib/parse/duties/jurisdiction.ts';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import { toHant } from '../i18n/convert.ts';
import { toHans } from '../i18n/to-hans.ts';

/** The ways the archive can be browsed, each a page per value: /archive/<facet>/<value>/. */
export const FACETS = ['jurisdiction', 'year', 'type'] as const;
export type Facet = (typeof FACETS)[number];

/** One value of a facet: its URL id, its label and the notices filed under it. */
export interface FacetValue {
  id: string;
  label: string;
  notices: Notice[];
}

const TYPES = [...types.types].sort((a, b) => b.length - a.length);
const BASE = types.base as Record<string, string>;
const PRINTED = /印发(.+?)的通知$/u;
const UNKNOWN = 'unknown';

/** 2023 from the notice's date, or null. */
export function yearOf(notice: Notice): string | null {
  return notice.facts.date.iso?.slice(0, 4) ?? null;
}

/**
 * The kind of document (文种) a title names: 方案, 意见, 措施, 通知…, from the word it ends with
 * (a trailing （2023—2025年） aside). A notice that prints another document is filed under that
 * document's kind, since that is what readers look for.
 *
 * documentType('天津市河东区人民政府办公室关于印发河东区社区便民服务提升行动方案的通知') -> '方案'
 */
export function documentType(title: string): string | null {
  // Read on the Simplified form, so that a Traditional title (…行動計劃) files under the same kind.
  const simplified = toHans(title);
  const printed = PRINTED.exec(simplified)?.[1]?.replace(/[《》〈〉]/gu, '');
  for (const candidate of [printed, simplified]) {
    const bare = candidate?.replace(/[（(][^（）()]*[）)]$/u, '').trim();
    const found = bare && TYPES.find((t) => bare.endsWith(t));
    if (found) return BASE[found] ?? found;
  }
  return null;
}

/** The archive's notices, newest first (by the document's date; undated ones last, then by title). */
export function newestFirst(notices: Notice[]): Notice[] {
  return [...notices].sort((a, b) => (b.facts.date.iso ?? '').localeCompare(a.facts.date.iso ?? '') || documentTitle(a).localeCompare(documentTitle(b)));
}

/** What the archive holds under one facet, values in display order (years newest first, others by count). */
export function facetValues(notices: Notice[], facet: Facet, unknownLabel: string, script: Script): FacetValue[] {
  const values = new Map<string, FacetValue>();
  for (const notice of newestFirst(notices)) {
    const [id, label] = valueOf(notice, facet, script) ?? [UNKNOWN, unknownLabel];
    const value = values.get(id) ?? { id, label, notices: [] };
    value.notices.push(notice);
    values.set(id, value);
  }
  const list = [...values.values()];
  if (facet === 'year') return list.sort((a, b) => (a.id === UNKNOWN ? 1 : b.id === UNKNOWN ? -1 : b.id.localeCompare(a.id)));
  return list.sort((a, b) => (a.id === UNKNOWN ? 1 : b.id === UNKNOWN ? -1 : b.notices.length - a.notices.length || a.label.localeCompare(b.label)));
}

function valueOf(notice: Notice, facet: Facet, script: Script): [string, string] | null {
  if (facet === 'year') {
    const year = yearOf(notice);
    return year ? [year, year] : null;
  }
  if (facet === 'jurisdiction') return notice.jurisdiction ? [notice.jurisdiction.id, notice.jurisdiction.name] : null;
  const type = documentType(documentTitle(notice));
  return type ? [transliterate(type), script === 'zh-Hant' ? toHant(type) : type] : null;
}

/** The validity the metadata states (有效, 失效, 废止), or null. */
export function validityOf(notice: Notice): string | null {
  return metadataValue(notice, 'validity');
}
