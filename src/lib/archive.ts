import types from '../../scripts/data/document-types.json' with { type: 'json' };
import { documentTitle, metadataValue } from '../../scripts/lib/model-queries.ts';
import type { NoticeHead } from '../../scripts/lib/notice-summary.ts';
import { placesOf, transliterate } from '../../scripts/lib/parse/duties/jurisdiction.ts';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import { toHant } from '../i18n/convert.ts';
import { toHans } from '../i18n/to-hans.ts';

/** The ways the archive can be browsed, each a page per value: /archive/<facet>/<value>/. */
export const FACETS = ['jurisdiction', 'issuer', 'year', 'type', 'subject'] as const;
export type Facet = (typeof FACETS)[number];

/** One value of a facet: its URL id, its label and the notices filed under it. */
export interface FacetValue {
  id: string;
  label: string;
  notices: NoticeHead[];
  /** For a government inside another (天津市河东区 in 天津市): the enclosing value's id, and the label without it (河东区). */
  parent?: string;
  short?: string;
}

const TYPES = [...types.types].sort((a, b) => b.length - a.length);
const BASE = types.base as Record<string, string>;
const PRINTED = /印发(.+?)的通知$/u;
const UNKNOWN = 'unknown';
/** Labels in pinyin order, read in Simplified so that both scripts list values alike. */
const PINYIN = new Intl.Collator('zh-u-co-pinyin');
/** Two labels in pinyin order, read in Simplified so that both scripts sort alike. */
export const byLabel = (a: string, b: string) => PINYIN.compare(toHans(a), toHans(b));

/** 2023 from the notice's date, or null. */
export function yearOf(notice: NoticeHead): string | null {
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
export function newestFirst<T extends NoticeHead>(notices: T[]): T[] {
  return [...notices].sort((a, b) => (b.facts.date.iso ?? '').localeCompare(a.facts.date.iso ?? '') || documentTitle(a).localeCompare(documentTitle(b)));
}

/**
 * What the archive holds under one facet, values in display order (years newest first, others by
 * count). Jurisdictions nest: a district's notices are also filed under its city (天津市 holds
 * 天津市河东区), and each value follows its parent.
 */
export function facetValues(notices: NoticeHead[], facet: Facet, unknownLabel: string, script: Script): FacetValue[] {
  const values = new Map<string, FacetValue>();
  for (const notice of newestFirst(notices)) {
    const filed = filedUnder(notice, facet, script);
    for (const { id, label, parent, short } of filed.length > 0 ? filed : [{ id: UNKNOWN, label: unknownLabel }]) {
      const value = values.get(id) ?? { id, label, notices: [], ...(parent ? { parent, short } : {}) };
      value.notices.push(notice);
      values.set(id, value);
    }
  }
  const list = [...values.values()];
  if (facet === 'year') return list.sort((a, b) => (a.id === UNKNOWN ? 1 : b.id === UNKNOWN ? -1 : b.id.localeCompare(a.id)));
  const byCount = (a: FacetValue, b: FacetValue) => (a.id === UNKNOWN ? 1 : b.id === UNKNOWN ? -1 : b.notices.length - a.notices.length || byLabel(a.label, b.label));
  const inTreeOrder = (parent: string | undefined): FacetValue[] => list.filter((v) => v.parent === parent).sort(byCount).flatMap((v) => [v, ...inTreeOrder(v.id)]);
  return inTreeOrder(undefined);
}

/** The values a notice is filed under in one facet (none when unknown): one, or a government and those enclosing it. */
export function filedUnder(notice: NoticeHead, facet: Facet, script: Script): { id: string; label: string; parent?: string; short?: string }[] {
  if (facet === 'jurisdiction') return jurisdictionChain(notice, script);
  const value = valueOf(notice, facet, script);
  return value ? [{ id: value[0], label: value[1] }] : [];
}

/**
 * The governments a notice is filed under, outermost first: its own (天津市河东区) and each one
 * enclosing it (天津市), read from the jurisdiction's name.
 */
export function jurisdictionChain(notice: NoticeHead, script: Script): { id: string; label: string; parent?: string; short?: string }[] {
  const own = notice.jurisdiction;
  if (!own) return [];
  const inScript = (text: string) => (script === 'zh-Hant' ? toHant(text) : text);
  const places = placesOf(toHans(own.name));
  if (places.map((p) => p.slug).join('-') !== own.id) return [{ id: own.id, label: inScript(toHans(own.name)) }];
  return places.map((place, i) => {
    const id = places.slice(0, i + 1).map((p) => p.slug).join('-');
    const label = inScript(places.slice(0, i + 1).map((p) => p.name).join(''));
    return i === 0 ? { id, label } : { id, label, parent: places.slice(0, i).map((p) => p.slug).join('-'), short: inScript(place.name) };
  });
}

function valueOf(notice: NoticeHead, facet: Exclude<Facet, 'jurisdiction'>, script: Script): [string, string] | null {
  if (facet === 'year') {
    const year = yearOf(notice);
    return year ? [year, year] : null;
  }
  const inScript = (text: string) => (script === 'zh-Hant' ? toHant(text) : text);
  if (facet === 'issuer') {
    const issuer = notice.facts.issuer.value && toHans(notice.facts.issuer.value.replace(/\s+/gu, ''));
    return issuer ? [transliterate(issuer), inScript(issuer)] : null;
  }
  if (facet === 'subject') {
    // The portal's classification, by its first level: 商贸、海关、旅游\其他 -> 商贸、海关、旅游.
    const subject = metadataValue(notice, 'subject')?.split(/[\\/／>＞|｜]/u)[0]?.trim();
    return subject ? [transliterate(toHans(subject)), inScript(toHans(subject))] : null;
  }
  const type = documentType(documentTitle(notice));
  return type ? [transliterate(type), inScript(type)] : null;
}

/** The validity the metadata states (有效, 失效, 废止), or null. */
export function validityOf(notice: NoticeHead): string | null {
  return metadataValue(notice, 'validity');
}
