import type { NoticeHead } from '../../../scripts/lib/notice-summary.ts';
import type { Script } from '../../../scripts/lib/script/scripts.ts';
import { filedUnder } from '../archive.ts';

/**
 * The value of Pagefind's `chapter` filter on a measure page, and of the search page's chapter
 * choice: the notice's slug and the chapter's id (`jizhou-2022-16-c2`), so that the chapters of
 * different notices in one archive stay apart. A department's filter value is its uid
 * (`tianjin-jizhou/minzheng`), unique across the governments of an archive.
 */
export function chapterFilter(slug: string, chapterId: string): string {
  return `${slug}-${chapterId}`;
}

/**
 * The Pagefind filters every indexed page of a notice carries in an archive: the notice, each
 * government it is filed under (天津市 and 天津市河东区), its year and its issuer.
 *
 * noticeFilters(hedongNotice, 'zh-Hans') -> ['notice:hedong-2023-17', 'jurisdiction:tianjin', 'jurisdiction:tianjin-hedong', 'year:2023', 'issuer:tian-jin-shi-…']
 */
export function noticeFilters(notice: NoticeHead, script: Script): string[] {
  return [
    `notice:${notice.slug}`,
    ...(['jurisdiction', 'year', 'issuer'] as const).flatMap((facet) => filedUnder(notice, facet, script).map((v) => `${facet}:${v.id}`)),
  ];
}
