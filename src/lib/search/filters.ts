/**
 * The value of Pagefind's `chapter` filter on a measure page, and of the search page's chapter
 * choice: the notice's slug and the chapter's id (`jizhou-2022-16-c2`), so that the chapters of
 * different notices in one archive stay apart. Departments are one vocabulary across notices
 * (scripts/data/departments.json), so their filter value is the department id alone.
 */
export function chapterFilter(slug: string, chapterId: string): string {
  return `${slug}-${chapterId}`;
}
