import type { Notice } from '../../../scripts/lib/model.ts';
import { departmentsOfMeasure, outlineGroups } from '../../../scripts/lib/model-queries.ts';
import { chapterLabel } from '../notices.ts';
import { chapterFilter } from './filters.ts';
import type { UnitEntry, UnitsMeta } from './units.ts';

/**
 * The units of a notice, in reading order: each chapter's own text (when it has some) before
 * its measures.
 */
export function noticeUnits(notice: Notice, urls: { measure(slug: string, n: number): string; fullText(slug: string): string }): UnitsMeta {
  const departments: string[] = [];
  const indexOf = (uid: string) => {
    const at = departments.indexOf(uid);
    return at === -1 ? departments.push(uid) - 1 : at;
  };
  const units: UnitEntry[] = [];
  const chapters: Record<string, string> = {};
  for (const { chapter, measures } of outlineGroups(notice)) {
    const filter = chapter ? chapterFilter(notice.slug, chapter.id) : null;
    if (chapter && filter) chapters[filter] = `${chapterLabel(chapter)}${chapter.title}`;
    if (chapter && chapter.paragraphs.length > 0) units.push([chapter.id, `${urls.fullText(notice.slug)}#${chapter.id}`, null, filter, []]);
    for (const measure of measures) {
      const uids = departmentsOfMeasure(measure).map((id) => notice.departments.find((d) => d.id === id)!.uid);
      units.push([measure.id, urls.measure(notice.slug, measure.number), measure.number, filter, uids.map(indexOf)]);
    }
  }
  return { departments, chapters, units };
}

/** The Pagefind filters of the page that holds these units: each chapter and department of any of them (the search then filters unit by unit). */
export function unitFilters({ departments, units }: UnitsMeta): string[] {
  const chapters = new Set(units.flatMap(([, , , chapter]) => (chapter ? [chapter] : [])));
  return [...[...chapters].map((c) => `chapter:${c}`), ...departments.map((uid) => `department:${uid}`)];
}
