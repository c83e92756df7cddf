import words from '../../../data/duty-words.json' with { type: 'json' };
import type { DutyRole } from '../../model.ts';

/** A word at a position of a text, with the role it gives (a verb such as 牵头, or a label such as 责任单位). */
export interface RoleWord {
  word: string;
  role: DutyRole;
}

function byLength(table: Record<DutyRole, string[]>): RoleWord[] {
  return (Object.entries(table) as [DutyRole, string[]][]).flatMap(([role, list]) => list.map((word) => ({ word, role }))).sort((a, b) => b.word.length - a.word.length);
}

const VERBS = byLength(words.verbs as Record<DutyRole, string[]>);
const LABELS = byLength(words.labels as Record<DutyRole, string[]>);
const SUFFIXES = [...words.suffixes].sort((a, b) => b.length - a.length);
const LEVELS = Object.entries(words.levels).sort((a, b) => b[0].length - a[0].length);
const GENERIC = words.genericForms.map((source) => new RegExp(source, 'u'));

export const NAME_SEPARATORS = new Set(words.nameSeparators);
export const GROUP_SEPARATORS = new Set(words.groupSeparators);
export const LEADING_WORDS = words.leadingWords;
export const ABSORBED_AFTER_ETC = [...words.absorbedAfterEtc].sort((a, b) => b.length - a.length);
/** Separators that are also ordinary characters of names (区文化和旅游局): only a separator where both sides are names. */
export const WORD_SEPARATORS = new Set(words.nameSeparators.filter((s) => /\p{Script=Han}/u.test(s)));

/** The verb starting at `text[at]` (longest first), or null. */
export function verbAt(text: string, at: number): RoleWord | null {
  return VERBS.find((v) => text.startsWith(v.word, at)) ?? null;
}

/** The role label starting at `text[at]` (责任单位, 牵头部门…), or null. */
export function labelAt(text: string, at: number): RoleWord | null {
  return LABELS.find((l) => text.startsWith(l.word, at)) ?? null;
}

/** The jurisdiction level a name starts with (`区` in 区教育局), or null; 市场监管局 starts with none. */
export function levelPrefix(name: string): { prefix: string; level: string } | null {
  if (words.notPrefixes.some((w) => name.startsWith(w))) return null;
  const found = LEVELS.find(([prefix]) => name.startsWith(prefix));
  return found ? { prefix: found[0], level: found[1] } : null;
}

/** Whether a name is a collective actor (各街道, 区级相关部门, 各有关单位) rather than one body. */
export function isGenericForm(name: string): boolean {
  return GENERIC.some((re) => re.test(name));
}

/**
 * Whether a run of text has the form of a body's name: Han characters only, not opening like
 * a sentence (对…, 加强…), and ending in a body suffix (局, 委, 分局, 人民政府…) after a stem.
 *
 * hasBodyForm('区政务服务局') -> true; hasBodyForm('经营场所') -> true (a verb or label must still follow); hasBodyForm('推进改革') -> false
 */
export function hasBodyForm(name: string): boolean {
  if (name.length < 2 || name.length > 24 || !/^\p{Script=Han}+$/u.test(name)) return false;
  if (words.stopStarts.some((w) => name.startsWith(w)) || words.notInside.some((w) => name.includes(w))) return false;
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  return suffix !== undefined && name.length > suffix.length;
}

/** A unit named after a label (`责任单位：`): Han characters only, short, and no prose words. */
export function isLabelledUnit(name: string): boolean {
  return name.length >= 2 && name.length <= 20 && /^\p{Script=Han}+$/u.test(name) && !words.notInside.some((w) => name.includes(w));
}
