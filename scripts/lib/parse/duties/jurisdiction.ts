import { pinyin } from 'pinyin-pro';
import words from '../../../data/duty-words.json' with { type: 'json' };
import type { Jurisdiction, JurisdictionLevel } from '../../model.ts';

/** One place of a jurisdiction's chain: 天津市, then 蓟州区. */
export interface Place {
  name: string;
  level: JurisdictionLevel;
  /** The name without its level word (`蓟州`). */
  stem: string;
  /** The place's id part: the stem in pinyin (`jizhou`). */
  slug: string;
}

const PLACE_LEVELS: [string, JurisdictionLevel][] = [
  ['自治区', 'provincial'],
  ['自治州', 'municipal'],
  ['自治县', 'county'],
  ['街道', 'township'],
  ['省', 'provincial'],
  ['市', 'municipal'],
  ['区', 'district'],
  ['县', 'county'],
  ['旗', 'county'],
  ['镇', 'township'],
  ['乡', 'township'],
];
/** A place is a short name closed by its level word (天津市, 蓟州区, 新疆维吾尔自治区). */
const PLACE = new RegExp(`^(\\p{Script=Han}{2,8}?)(${PLACE_LEVELS.map(([w]) => w).join('|')})`, 'u');
/** Words that end a place chain although a level word may follow (市场监管局, 区域…). */
const NOT_A_PLACE = /^(人民|政府|办公|市场|区域)/u;

/** Names already transliterated: an archive names the same governments and departments thousands of times. */
const transliterated = new Map<string, string>();

/** Letters of a Chinese name for ids: one word per syllable, joined by `-` (`qu-zheng-wu-fu-wu-ju`). */
export function transliterate(name: string, separator = '-'): string {
  const key = `${separator}\0${name}`;
  let letters = transliterated.get(key);
  if (letters === undefined) {
    letters = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join(separator).toLowerCase();
    transliterated.set(key, letters);
  }
  return letters;
}

/**
 * The places an issuer's name starts with, outermost first.
 *
 * placesOf('天津市蓟州区人民政府办公室') -> [{ name: '天津市', level: 'municipal', slug: 'tianjin' }, { name: '蓟州区', level: 'district', slug: 'jizhou' }]
 */
export function placesOf(issuer: string): Place[] {
  const places: Place[] = [];
  let rest = issuer.replace(/^中共/u, '');
  for (;;) {
    const match = PLACE.exec(rest);
    if (!match || NOT_A_PLACE.test(match[1]!)) break;
    const [whole, stem, word] = match;
    places.push({ name: whole, stem: stem!, level: PLACE_LEVELS.find(([w]) => w === word)![1], slug: (words.placeIds as Record<string, string>)[stem!] ?? transliterate(stem!, '') });
    rest = rest.slice(whole.length);
  }
  return places;
}

/** The jurisdiction of a chain of places (the innermost place's government), or null for none. */
export function jurisdictionOf(places: Place[]): Jurisdiction | null {
  if (places.length === 0) return null;
  return { id: places.map((p) => p.slug).join('-'), name: places.map((p) => p.name).join(''), level: places.at(-1)!.level };
}
