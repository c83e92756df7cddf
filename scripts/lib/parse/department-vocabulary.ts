import vocabularyFile from '../../data/departments.json' with { type: 'json' };
import type { DepartmentKind } from '../model.ts';

/** One actor that responsibility clauses may name. */
export interface VocabularyEntry {
  id: string;
  name: string;
  kind: DepartmentKind;
  aliases?: string[];
}

/** The reviewed vocabulary of actors, with a longest-match lookup over names and aliases. */
export interface DepartmentVocabulary {
  entries: VocabularyEntry[];
  byId: Map<string, VocabularyEntry>;
  /** The longest name or alias starting at `text[at]`, or null. */
  matchAt(text: string, at: number): { entry: VocabularyEntry; written: string } | null;
  /** The entry spelled exactly `name` (a name or an alias), or null. */
  spelled(name: string): VocabularyEntry | null;
  /** Short forms of a body's name after a level prefix, short -> long (卫健委 -> 卫生健康委). */
  abbreviations: [string, string][];
  /** Whether a level prefix (区, 市, 县, 省) before the name gives a listed body: 发改委 -> 区发展改革委. */
  knowsWithPrefix(name: string): boolean;
}

const LEVEL_CHARACTERS = ['区', '市', '县', '省'];

/**
 * Build a lookup over department names. Longest match first, so that `区委网信办` never
 * stops at a shorter name that happens to be its prefix.
 *
 * createVocabulary(entries).matchAt('区人社局区医保局', 0) -> { entry: { id: 'renshe', … }, written: '区人社局' }
 */
export function createVocabulary(
  entries: VocabularyEntry[] = vocabularyFile.departments as VocabularyEntry[],
  abbreviations: [string, string][] = vocabularyFile.abbreviations as [string, string][],
): DepartmentVocabulary {
  const spellings: { written: string; entry: VocabularyEntry }[] = [];
  const byId = new Map<string, VocabularyEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`departments.json: duplicate id ${entry.id}`);
    byId.set(entry.id, entry);
    for (const written of [entry.name, ...(entry.aliases ?? [])]) spellings.push({ written, entry });
  }
  spellings.sort((a, b) => b.written.length - a.written.length);
  const exact = new Map(spellings.map((s) => [s.written, s.entry]));
  return {
    entries,
    byId,
    abbreviations,
    spelled: (name) => exact.get(name) ?? null,
    knowsWithPrefix(name) {
      const long = abbreviations.find(([short]) => short === name)?.[1];
      return LEVEL_CHARACTERS.some((p) => exact.has(p + name) || (long !== undefined && exact.has(p + long)));
    },
    matchAt(text, at) {
      for (const spelling of spellings) {
        if (text.startsWith(spelling.written, at)) return spelling;
      }
      return null;
    },
  };
}
