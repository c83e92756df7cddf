import type { DepartmentKind, DepartmentSummary, Jurisdiction, JurisdictionLevel } from '../../model.ts';
import type { DepartmentVocabulary, VocabularyEntry } from '../department-vocabulary.ts';
import { isGenericForm, levelPrefix } from './duty-words.ts';
import { jurisdictionOf, transliterate, type Place } from './jurisdiction.ts';

/** One department as the notice's clauses name it: the spelling read (Simplified) and where. */
export interface NamedDepartment {
  /** The name as read, on the Simplified view of the text. */
  name: string;
  line: number;
  /** The first name of a clause that lost its opening bracket: the damage that ate the bracket may have eaten its 区 too. */
  startOfDamagedClause: boolean;
}

/** What a spelling stands for: the department it names, and whether the name looked damaged. */
export interface Resolution {
  department: Omit<DepartmentSummary, 'duties' | 'spellings'>;
  /** The level prefix the name seems to have lost (`区` of 发改委), or null. */
  prefixLost: string | null;
}

const BRANCH = /(分局|支队|大队)$/u;

/** Levels that share a tier: a 县 notice's 区 prefix and a 区 notice's 县 do not occur, but 区/县 are one tier. */
const SAME_TIER: Partial<Record<JurisdictionLevel, JurisdictionLevel[]>> = { district: ['district', 'county'], county: ['county', 'district'] };

/**
 * Resolve every spelling a notice's clauses use to a department of a government. A listed name
 * (or an abbreviation of one: 区卫健委 = 区卫生健康委) takes the vocabulary's id, name and kind;
 * any other name keeps its spelling as its name and gets an id transliterated from it. A name's
 * level prefix says whose body it is: 区 the issuer's district, 市 its city, none the issuer
 * itself, so that 区民政局 of Jizhou and of Hedong are two departments (`uid`). A name that
 * opens a clause which lost its opening bracket, without the prefix the notice otherwise uses,
 * whose prefixed form the vocabulary knows (`发改委、区教育局…负责` beside 区卫健委), or any name
 * whose prefixed form the notice itself writes elsewhere (发改委 beside 区发改委), is read as
 * that department and reported; otherwise a name without prefix is a body in its own right
 * (税务局, 商务厅).
 *
 * resolveDepartments(['区民政局', '市教委'], places of 天津市蓟州区, vocab).get('市教委')
 *   -> { department: { id: 'shi-jiao-wei', uid: 'tianjin/shi-jiao-wei', name: '市教委', kind: 'municipal', … }, prefixLost: null }
 */
export function resolveDepartments(names: string[], places: Place[], vocabulary: DepartmentVocabulary, mayHaveLostPrefix: ReadonlySet<string> = new Set()): Map<string, Resolution> {
  const own = jurisdictionOf(places);
  const prefixes = names.map((n) => levelPrefix(n)?.prefix).filter((p): p is string => p !== undefined);
  const dominant = mostCommon(prefixes);
  const known = new Set(names.map((n) => canonical(n, vocabulary).name));
  const resolved = new Map<string, Resolution>();
  const idsTaken = new Map<string, string>();

  for (const written of names) {
    if (resolved.has(written)) continue;
    let reading = canonical(written, vocabulary);
    let prefixLost: string | null = null;
    if (dominant && !levelPrefix(written) && !reading.entry && !isGenericForm(written)) {
      const prefixed = canonical(dominant + written, vocabulary);
      // Evidence of a lost 区: the clause lost its bracket too and the prefixed body is known, or the notice itself writes the prefixed form elsewhere.
      if ((mayHaveLostPrefix.has(written) && prefixed.entry) || known.has(prefixed.name)) {
        reading = prefixed;
        prefixLost = dominant;
      }
    }
    const generic = reading.entry?.kind === 'generic' || (!reading.entry && isGenericForm(reading.name));
    const level = levelPrefix(reading.name)?.level as JurisdictionLevel | undefined;
    // 规划河东分局, 公安蓟州分局: a city body's branch in the issuer's district, named after it.
    const branch = !level && BRANCH.test(reading.name) && places.length > 1 && reading.name.includes(places.at(-1)!.stem);
    const kind: DepartmentKind = reading.entry?.kind ?? (generic ? 'generic' : branch ? 'municipal-branch' : (level ?? 'other'));
    const jurisdiction = generic || !level ? own : (jurisdictionAt(places, level) ?? own);
    let id = reading.entry?.id ?? transliterate(reading.name);
    // Two names that transliterate alike (税务局, 水务局) must not share a page.
    while (idsTaken.has(id) && idsTaken.get(id) !== reading.name) id = `${id}-2`;
    idsTaken.set(id, reading.name);
    resolved.set(written, {
      department: { id, uid: `${jurisdiction?.id ?? 'unknown'}/${id}`, name: reading.name, kind, jurisdiction, inVocabulary: reading.entry !== null },
      prefixLost,
    });
  }
  return resolved;
}

/** A spelling's canonical reading: the vocabulary's entry, directly or through an abbreviation after its level prefix. */
function canonical(written: string, vocabulary: DepartmentVocabulary): { name: string; entry: VocabularyEntry | null } {
  const direct = vocabulary.spelled(written);
  if (direct) return { name: direct.name, entry: direct };
  const prefix = levelPrefix(written)?.prefix ?? '';
  const stem = written.slice(prefix.length);
  const long = vocabulary.abbreviations.find(([short]) => short === stem)?.[1];
  if (!long) return { name: written, entry: null };
  const expanded = vocabulary.spelled(prefix + long);
  return expanded ? { name: expanded.name, entry: expanded } : { name: prefix + long, entry: null };
}

/** The jurisdiction of the issuer's chain down to the place of `level` (区 -> 天津市蓟州区, 市 -> 天津市), or null when the chain has none. */
function jurisdictionAt(places: Place[], level: JurisdictionLevel): Jurisdiction | null {
  const tier = SAME_TIER[level] ?? [level];
  const at = places.findLastIndex((p) => tier.includes(p.level));
  return at < 0 ? null : jurisdictionOf(places.slice(0, at + 1));
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
