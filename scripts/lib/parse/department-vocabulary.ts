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
}

/**
 * Build a lookup over department names. Longest match first, so that `区委网信办` never
 * stops at a shorter name that happens to be its prefix.
 *
 * createVocabulary(entries).matchAt('区人社局区医保局', 0) -> { entry: { id: 'renshe', … }, written: '区人社局' }
 */
export function createVocabulary(entries: VocabularyEntry[] = vocabularyFile.departments as VocabularyEntry[]): DepartmentVocabulary {
  const spellings: { written: string; entry: VocabularyEntry }[] = [];
  const byId = new Map<string, VocabularyEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`departments.json: duplicate id ${entry.id}`);
    byId.set(entry.id, entry);
    for (const written of [entry.name, ...(entry.aliases ?? [])]) spellings.push({ written, entry });
  }
  spellings.sort((a, b) => b.written.length - a.written.length);
  return {
    entries,
    byId,
    matchAt(text, at) {
      for (const spelling of spellings) {
        if (text.startsWith(spelling.written, at)) return spelling;
      }
      return null;
    },
  };
}
